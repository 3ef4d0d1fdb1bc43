import { useState } from 'react';
import { Button, CloseButton, Group, NativeSelect, Table, TextInput, Textarea } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.tsx';
import { COST_ITEMS, emptyRow, parsePastedRows, type CostRow } from './cost-rows.ts';

const FIELDS: { key: Exclude<keyof CostRow, 'item'>; title: string; width: number }[] = [
  { key: 'date', title: 'sb.date', width: 130 }, { key: 'supplierInn', title: 'sb.supplier', width: 150 },
  { key: 'buyerInn', title: 'sb.buyer', width: 150 }, { key: 'amount', title: 'sb.amount', width: 140 }, { key: 'stage', title: 'sb.stage', width: 160 },
];

/** Editable cost rows plus a box to paste rows copied from a spreadsheet. */
export function CostTable({ rows, onChange }: { rows: CostRow[]; onChange(rows: CostRow[]): void }) {
  const { t, label } = useI18n();
  const [pasted, setPasted] = useState('');
  const set = (i: number, patch: Partial<CostRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const head = (key: string) => t(key as Parameters<typeof t>[0]);
  return (
    <>
      <Table fz="sm" data-testid="cost-table">
        <Table.Thead><Table.Tr>
          <Table.Th>#</Table.Th>{FIELDS.slice(0, 4).map((f) => <Table.Th key={f.key}>{head(f.title)}</Table.Th>)}<Table.Th>{t('sb.item')}</Table.Th><Table.Th>{head('sb.stage')}</Table.Th><Table.Th />
        </Table.Tr></Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={i}>
              <Table.Td>{i + 1}</Table.Td>
              {FIELDS.slice(0, 4).map((f) => <Table.Td key={f.key}><TextInput size="xs" w={f.width} aria-label={`${head(f.title)} ${i + 1}`} value={r[f.key]} onChange={(e) => set(i, { [f.key]: e.currentTarget.value })} /></Table.Td>)}
              <Table.Td><NativeSelect size="xs" aria-label={`${t('sb.item')} ${i + 1}`} value={r.item} onChange={(e) => set(i, { item: e.currentTarget.value })} data={COST_ITEMS.map((c) => ({ value: c, label: label('costItem', c) }))} /></Table.Td>
              <Table.Td><TextInput size="xs" w={160} aria-label={`${head('sb.stage')} ${i + 1}`} value={r.stage} onChange={(e) => set(i, { stage: e.currentTarget.value })} /></Table.Td>
              <Table.Td><CloseButton size="sm" aria-label={t('sb.removeRow')} onClick={() => onChange(rows.filter((_, j) => j !== i))} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="xs" align="flex-end">
        <Button size="xs" variant="default" onClick={() => onChange([...rows, emptyRow()])}>{t('sb.addRow')}</Button>
      </Group>
      <Textarea mt="sm" autosize minRows={2} maxRows={8} label={t('sb.paste')} description={t('sb.pasteHint')} value={pasted} onChange={(e) => setPasted(e.currentTarget.value)} data-testid="cost-paste" />
      <Button mt={6} size="xs" variant="light" disabled={!pasted.trim()} data-testid="cost-paste-apply"
        onClick={() => { const parsed = parsePastedRows(pasted); onChange([...rows.filter((r) => r.amount || r.buyerInn), ...parsed]); setPasted(''); }}>{t('sb.pasteApply')}</Button>
    </>
  );
}
