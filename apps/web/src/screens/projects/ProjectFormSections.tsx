import { ActionIcon, Button, Group, MultiSelect, NumberInput, ScrollArea, Select, SimpleGrid, Table, Text, Textarea, TextInput } from '@mantine/core';
import { COST_ITEMS, PROJECT_STAGES, type CostItem, type ProjectStage } from '../../api/projects-types.ts';
import { DateField } from '../../components/DateField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formBudgetTotal, emptyBudgetRow, emptyResult, emptyStage, withParticipants, type BudgetRow, type ProjectForm, type ResultRow, type StageRow } from './project-form.ts';
import { formatRoubles } from './money.ts';

/** Each section edits the whole form through `set`; `err` gives the message to show under a field key. */
export interface SectionProps {
  form: ProjectForm;
  set(next: ProjectForm): void;
  err(key: string): string | undefined;
}

/** Error text under a field, with a test id so a test can read what the person reads next to the field. */
const errorProps = (key: string) => ({ 'data-testid': `error-${key}` });
const money = { thousandSeparator: ' ', decimalScale: 2, hideControls: true, min: 0 } as const;

/** A list-level problem ("at least one stage") shown above the rows. */
function ListError({ message, name }: { message: string | undefined; name: string }) {
  return message ? <Text size="sm" c="red" mb="xs" role="alert" data-testid={`error-${name}`}>{message}</Text> : null;
}

function replaceAt<T>(list: T[], i: number, row: T): T[] {
  return list.map((x, j) => (j === i ? row : x));
}

export function MainFields({ form, set, err, rulesets }: SectionProps & { rulesets: { value: string; label: string }[] }) {
  const { t } = useI18n();
  return (
    <>
      <TextInput label={t('pj.name')} required value={form.title} onChange={(e) => set({ ...form, title: e.currentTarget.value })} error={err('title')} errorProps={errorProps('title')} data-testid="pf-title" maxLength={500} />
      <Textarea label={t('pj.description')} mt="sm" autosize minRows={2} value={form.description} onChange={(e) => set({ ...form, description: e.currentTarget.value })} error={err('description')} data-testid="pf-description" />
      <SimpleGrid cols={{ base: 1, md: 3 }} mt="sm">
        <TextInput label={t('pj.okpd2')} required placeholder="21.20.10" value={form.okpd2} onChange={(e) => set({ ...form, okpd2: e.currentTarget.value })} error={err('product.okpd2')} errorProps={errorProps('product.okpd2')} data-testid="pf-okpd2" />
        <TextInput label={t('pj.productName')} required value={form.productName} onChange={(e) => set({ ...form, productName: e.currentTarget.value })} error={err('product.name')} errorProps={errorProps('product.name')} data-testid="pf-product" />
        <Select label={t('pj.ruleset')} required allowDeselect={false} data={rulesets} value={form.subsidyRuleset} onChange={(v) => v && set({ ...form, subsidyRuleset: v })} error={err('subsidyRuleset')} data-testid="pf-ruleset" />
      </SimpleGrid>
    </>
  );
}

export function ParticipantsFields({ form, set, err, options }: SectionProps & { options: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const chosen = options.filter((o) => form.participants.includes(o.value));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <MultiSelect label={t('pj.participantsPick')} description={t('pj.participantsHint')} searchable data={options} value={form.participants}
        onChange={(v) => set(withParticipants(form, v))} error={err('participants')} errorProps={errorProps('participants')} data-testid="pf-participants" />
      <Select label={t('pj.leadPick')} description={t('pj.leadHint')} data={chosen} value={form.lead} allowDeselect={false}
        onChange={(v) => set({ ...form, lead: v })} data-testid="pf-lead" />
    </SimpleGrid>
  );
}

export function StagesEditor({ form, set, err }: SectionProps) {
  const { t, label } = useI18n();
  const setRow = (i: number, row: StageRow) => set({ ...form, stages: replaceAt(form.stages, i, row) });
  const used = new Set(form.stages.map((s) => s.stage));
  return (
    <>
      <ListError message={err('stages')} name="stages" />
      <Table fz="sm" verticalSpacing={6} data-testid="pf-stages">
        <Table.Thead><Table.Tr><Table.Th>{t('pj.stage')}</Table.Th><Table.Th>{t('pj.startsOn')}</Table.Th><Table.Th>{t('pj.endsOn')}</Table.Th><Table.Th>{t('pj.stageDescription')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {form.stages.map((s, i) => (
            <Table.Tr key={s.key} data-testid="pf-stage-row" style={{ verticalAlign: 'top' }}>
              <Table.Td miw={240}>
                <Select aria-label={t('pj.stage')} data={PROJECT_STAGES.map((x) => ({ value: x, label: label('pjStage', x), disabled: used.has(x) && x !== s.stage }))} value={s.stage}
                  onChange={(v) => setRow(i, { ...s, stage: v as ProjectStage | null })} error={err(`stages.${i}.stage`)} errorProps={errorProps(`stages.${i}.stage`)} data-testid={`pf-stage-${i}-stage`} />
              </Table.Td>
              <Table.Td><DateField value={s.startsOn} onChange={(v) => setRow(i, { ...s, startsOn: v })} error={err(`stages.${i}.startsOn`)} w={150} data-testid={`pf-stage-${i}-start`} /></Table.Td>
              <Table.Td><DateField value={s.endsOn} onChange={(v) => setRow(i, { ...s, endsOn: v })} error={err(`stages.${i}.endsOn`)} w={150} data-testid={`pf-stage-${i}-end`} /></Table.Td>
              <Table.Td><TextInput aria-label={t('pj.stageDescription')} value={s.description} onChange={(e) => setRow(i, { ...s, description: e.currentTarget.value })} /></Table.Td>
              <Table.Td><ActionIcon variant="subtle" color="gray" aria-label={t('pj.removeRow')} onClick={() => set({ ...form, stages: form.stages.filter((_x, j) => j !== i) })}>✕</ActionIcon></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button size="xs" variant="light" mt="xs" disabled={form.stages.length >= PROJECT_STAGES.length} onClick={() => set({ ...form, stages: [...form.stages, emptyStage()] })} data-testid="pf-add-stage">{t('pj.addStage')}</Button>
    </>
  );
}

export function BudgetEditor({ form, set, err, names }: SectionProps & { names: Map<string, string> }) {
  const { t, label } = useI18n();
  const setRow = (i: number, row: BudgetRow) => set({ ...form, budget: replaceAt(form.budget, i, row) });
  const bearers = form.participants.map((inn) => ({ value: inn, label: names.get(inn) ?? inn }));
  const stages = form.stages.filter((s) => s.stage).map((s) => ({ value: s.stage!, label: label('pjStage', s.stage!) }));
  const stageStartYear = (stage: ProjectStage | null) => { const s = form.stages.find((x) => x.stage === stage); return s?.startsOn ? Number(s.startsOn.slice(0, 4)) : null; };
  return (
    <>
      <ListError message={err('budget')} name="budget" />
      <ScrollArea type="auto" offsetScrollbars>
        <Table fz="sm" verticalSpacing={6} miw={1020} data-testid="pf-budget">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pj.bearer')}</Table.Th><Table.Th>{t('pj.stage')}</Table.Th><Table.Th>{t('pj.costItem')}</Table.Th><Table.Th>{t('pj.year')}</Table.Th>
              <Table.Th>{t('pj.spentOn')}</Table.Th><Table.Th>{t('pj.supplierInn')}</Table.Th><Table.Th>{t('pj.amountRub')}</Table.Th><Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.budget.map((l, i) => (
              <Table.Tr key={l.key} data-testid="pf-budget-row" style={{ verticalAlign: 'top' }}>
                <Table.Td miw={200}><Select aria-label={t('pj.bearer')} data={bearers} value={l.inn} onChange={(v) => setRow(i, { ...l, inn: v })} error={err(`budget.${i}.inn`)} errorProps={errorProps(`budget.${i}.inn`)} data-testid={`pf-budget-${i}-inn`} /></Table.Td>
                <Table.Td miw={170}>
                  <Select aria-label={t('pj.stage')} data={stages} value={l.stage} error={err(`budget.${i}.stage`)} errorProps={errorProps(`budget.${i}.stage`)} data-testid={`pf-budget-${i}-stage`}
                    onChange={(v) => { const stage = v as ProjectStage | null; setRow(i, { ...l, stage, year: l.year === '' ? stageStartYear(stage) ?? '' : l.year }); }} />
                </Table.Td>
                <Table.Td miw={170}>
                  <Select aria-label={t('pj.costItem')} data={COST_ITEMS.map((c) => ({ value: c, label: label('costItem', c) }))} value={l.costItem}
                    onChange={(v) => setRow(i, { ...l, costItem: v as CostItem | null })} error={err(`budget.${i}.costItem`)} errorProps={errorProps(`budget.${i}.costItem`)} data-testid={`pf-budget-${i}-item`} />
                </Table.Td>
                <Table.Td miw={90}><NumberInput aria-label={t('pj.year')} hideControls min={2000} max={2100} allowDecimal={false} value={l.year} onChange={(v) => setRow(i, { ...l, year: typeof v === 'number' ? v : '' })} error={err(`budget.${i}.year`)} errorProps={errorProps(`budget.${i}.year`)} data-testid={`pf-budget-${i}-year`} /></Table.Td>
                <Table.Td><DateField value={l.spentOn} onChange={(v) => setRow(i, { ...l, spentOn: v })} error={err(`budget.${i}.spentOn`)} w={135} data-testid={`pf-budget-${i}-date`} /></Table.Td>
                <Table.Td miw={130}><TextInput aria-label={t('pj.supplierInn')} value={l.supplierInn} onChange={(e) => setRow(i, { ...l, supplierInn: e.currentTarget.value })} error={err(`budget.${i}.supplierInn`)} maxLength={12} /></Table.Td>
                <Table.Td miw={150}><NumberInput aria-label={t('pj.amountRub')} {...money} value={l.amount} onChange={(v) => setRow(i, { ...l, amount: typeof v === 'number' ? v : '' })} error={err(`budget.${i}.amount`)} errorProps={errorProps(`budget.${i}.amount`)} data-testid={`pf-budget-${i}-amount`} /></Table.Td>
                <Table.Td><ActionIcon variant="subtle" color="gray" aria-label={t('pj.removeRow')} onClick={() => set({ ...form, budget: form.budget.filter((_x, j) => j !== i) })}>✕</ActionIcon></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group justify="space-between" mt="xs">
        <Button size="xs" variant="light" onClick={() => set({ ...form, budget: [...form.budget, emptyBudgetRow()] })} data-testid="pf-add-budget">{t('pj.addBudgetRow')}</Button>
        <Text size="sm" fw={600} data-testid="pf-budget-total">{t('pj.formTotal', { amount: formatRoubles(formBudgetTotal(form)) })}</Text>
      </Group>
    </>
  );
}

export function ResultsEditor({ form, set, err }: SectionProps) {
  const { t } = useI18n();
  const setRow = (i: number, row: ResultRow) => set({ ...form, results: replaceAt(form.results, i, row) });
  const number = (i: number, r: ResultRow, field: 'year' | 'output' | 'importSubstitution' | 'jobs', props: object) => (
    <NumberInput aria-label={t(`pj.${field}`)} hideControls min={0} {...props} value={r[field]} onChange={(v) => setRow(i, { ...r, [field]: typeof v === 'number' ? v : '' })}
      error={err(`results.${i}.${field}`)} errorProps={errorProps(`results.${i}.${field}`)} data-testid={`pf-result-${i}-${field}`} />
  );
  return (
    <>
      <ListError message={err('results')} name="results" />
      <Table fz="sm" verticalSpacing={6} data-testid="pf-results">
        <Table.Thead><Table.Tr><Table.Th>{t('pj.year')}</Table.Th><Table.Th>{t('pj.outputRub')}</Table.Th><Table.Th>{t('pj.importSubstitutionRub')}</Table.Th><Table.Th>{t('pj.jobs')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {form.results.map((r, i) => (
            <Table.Tr key={r.key} data-testid="pf-result-row" style={{ verticalAlign: 'top' }}>
              <Table.Td w={110}>{number(i, r, 'year', { allowDecimal: false, max: 2100 })}</Table.Td>
              <Table.Td>{number(i, r, 'output', money)}</Table.Td>
              <Table.Td>{number(i, r, 'importSubstitution', money)}</Table.Td>
              <Table.Td w={130}>{number(i, r, 'jobs', { allowDecimal: false })}</Table.Td>
              <Table.Td><ActionIcon variant="subtle" color="gray" aria-label={t('pj.removeRow')} onClick={() => set({ ...form, results: form.results.filter((_x, j) => j !== i) })}>✕</ActionIcon></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button size="xs" variant="light" mt="xs" onClick={() => set({ ...form, results: [...form.results, emptyResult()] })} data-testid="pf-add-result">{t('pj.addResult')}</Button>
    </>
  );
}
