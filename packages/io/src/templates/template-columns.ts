import type { ColumnSpec, ImportFileKind } from '../columns/field-spec.ts';
import { CAPABILITY_COLUMNS } from '../columns/capability-columns.ts';
import { NEED_COLUMNS } from '../columns/need-columns.ts';
import { PURCHASE_COLUMNS } from '../columns/purchase-columns.ts';
import { REFERENCE_TOTAL_COLUMNS } from '../columns/reference-total-columns.ts';
import { COLUMNS_BY_KIND } from '../export/record-rows.ts';

/** The columns of every kind a template is offered for: the registry kinds (as exported) and the imported-only kinds. */
export const TEMPLATE_COLUMNS: Record<ImportFileKind, ColumnSpec> = {
  ...COLUMNS_BY_KIND,
  needs: NEED_COLUMNS,
  capabilities: CAPABILITY_COLUMNS,
  purchases: PURCHASE_COLUMNS,
  'reference-totals': REFERENCE_TOTAL_COLUMNS,
};
