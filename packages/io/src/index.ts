// Reading import files
export * from './table/table.ts';
export { readTable } from './table/read-table.ts';
export { readCsvTable } from './table/read-csv.ts';
export { readXlsxTable, readXlsxSheets } from './table/read-xlsx.ts';
export { neutraliseFormula, restoreNeutralised, startsWithFormulaTrigger } from './table/formula-quote.ts';
// Column specs
export { normaliseName } from './columns/normalise.ts';
export { mapColumns, unknownHeaders, type ColumnSpec, type FieldSpec, type ImportKind, type ImportFileKind, IMPORT_FILE_KINDS, type ParsedValues, type ColumnMap } from './columns/field-spec.ts';
export { ORGANISATION_COLUMNS } from './columns/organisation-columns.ts';
export { LINK_COLUMNS } from './columns/link-columns.ts';
export { CLUSTER_COLUMNS } from './columns/cluster-columns.ts';
export { AGREEMENT_COLUMNS, AGREEMENT_KIND_LABELS_RU } from './columns/agreement-columns.ts';
export { PREFERENCE_COLUMNS } from './columns/preference-columns.ts';
export { CLUSTER_SECTIONS, CLUSTER_WIDE_COLUMNS, type ClusterSection } from './columns/cluster-sections.ts';
export { NEED_COLUMNS } from './columns/need-columns.ts';
export { CAPABILITY_COLUMNS } from './columns/capability-columns.ts';
export { PURCHASE_COLUMNS } from './columns/purchase-columns.ts';
export { REFERENCE_TOTAL_COLUMNS, NATIONAL_TERRITORY, parseTerritory, parseReferenceIndustry } from './columns/reference-total-columns.ts';
export type { ParseOutcome } from './columns/outcome.ts';
// Validation
export { loadReferenceIndex, type ReferenceIndex } from './validate/reference-index.ts';
export { sortErrors, type RowError, type ValidRecord, type ValidationResult } from './validate/row-error.ts';
export { startOrganisationValidation, validateOrganisations, type OrganisationValidation } from './validate/validate-organisations.ts';
export { validateLinks, type LinkValidationOptions } from './validate/validate-links.ts';
export { validateClusters, validateClusterTables, type ClusterTable, type ClusterValidationOptions } from './validate/validate-clusters.ts';
export { readClusterFile, validateClusterSource, type ClusterSource } from './cluster-file/read-cluster-file.ts';
export { validateNeeds, type MatchmakingValidationOptions } from './validate/validate-needs.ts';
export { validateCapabilities } from './validate/validate-capabilities.ts';
export { validatePurchases, type PurchaseRecord, type PurchaseValidationOptions } from './validate/validate-purchases.ts';
export { validateReferenceTotals } from './validate/validate-reference-totals.ts';
// Reports
export { formatErrorReport, errorReportCsv, type ReportLanguage } from './report/error-report.ts';
// Exports
export { COLUMNS_BY_KIND, exportHeaders, type ExportCell, type RecordsByKind } from './export/record-rows.ts';
export { exportCsv } from './export/export-csv.ts';
export { exportXlsx, writeXlsxExport } from './export/export-xlsx.ts';
export { exportSheets, type ExportSheet } from './export/export-sheets.ts';
export { exportJson, readJsonExport, type JsonExport } from './export/export-json.ts';
// Templates
export { templateCsv, templateHeaders, templateExampleRow, templateExampleRows } from './templates/template-csv.ts';
export { templateXlsx } from './templates/template-xlsx.ts';
export { TEMPLATE_COLUMNS } from './templates/template-columns.ts';
export * from './dossier/index.ts';
