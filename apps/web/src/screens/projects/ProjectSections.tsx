import { ScrollArea, Table, Text } from '@mantine/core';
import type { Project } from '../../api/projects-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatInt } from '../../lib/format.ts';
import { RouterLink } from '../../lib/router.tsx';
import { budgetMatrix } from './budget-matrix.ts';
import { formatRoubles } from './money.ts';

const num = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/** Participants with links to their cards, the lead first, and the share of the budget each bears. */
export function ParticipantsSection({ project }: { project: Project }) {
  const { t } = useI18n();
  const bears = new Map(project.budgetSummary.byParticipant.map((x) => [x.inn, x.amount]));
  const rows = [...project.participants].sort((a, b) => (a.role === 'lead' ? -1 : b.role === 'lead' ? 1 : a.name.localeCompare(b.name, 'ru')));
  return (
    <Table fz="sm" data-testid="project-participants">
      <Table.Thead><Table.Tr><Table.Th>{t('common.name')}</Table.Th><Table.Th>{t('common.inn')}</Table.Th><Table.Th>{t('pj.role')}</Table.Th><Table.Th style={num}>{t('pj.bears')}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {rows.map((p) => (
          <Table.Tr key={p.inn} data-testid="project-participant">
            <Table.Td><RouterLink className="klaster-link" to={`/organisations/${p.organisationId}`}>{p.name}</RouterLink></Table.Td>
            <Table.Td>{p.inn}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.role === 'lead' ? <Text span size="sm" fw={600} c="klaster.7" data-testid="project-lead">★ {t('pj.lead')}</Text> : t('pj.member')}</Table.Td>
            <Table.Td style={num}>{formatRoubles(bears.get(p.inn) ?? 0)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Life-cycle stages with their dates and what the budget spends in each. */
export function StagesSection({ project }: { project: Project }) {
  const { t, label } = useI18n();
  const spent = new Map(project.budgetSummary.byStage.map((x) => [x.stage, x.amount]));
  return (
    <Table fz="sm" data-testid="project-stages">
      <Table.Thead><Table.Tr><Table.Th>{t('pj.stage')}</Table.Th><Table.Th>{t('pj.period')}</Table.Th><Table.Th>{t('pj.stageDescription')}</Table.Th><Table.Th style={num}>{t('pj.budget')}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {project.stages.map((s) => (
          <Table.Tr key={s.stage} data-testid="project-stage">
            <Table.Td>{label('pjStage', s.stage)}</Table.Td>
            <Table.Td>{formatDate(s.startsOn)} — {formatDate(s.endsOn)}</Table.Td>
            <Table.Td>{s.description || '—'}</Table.Td>
            <Table.Td style={num}>{formatRoubles(spent.get(s.stage) ?? 0)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The budget by cost item × year with row, column and grand totals. */
export function BudgetMatrixTable({ project }: { project: Project }) {
  const { t, label } = useI18n();
  const m = budgetMatrix(project.budgetSummary);
  return (
    <ScrollArea type="auto">
      <Table fz="sm" withTableBorder withColumnBorders data-testid="budget-matrix">
        <Table.Thead>
          <Table.Tr><Table.Th>{t('pj.costItem')}</Table.Th>{m.years.map((y) => <Table.Th key={y} style={num}>{y}</Table.Th>)}<Table.Th style={num}>{t('pj.total')}</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {m.rows.map((r) => (
            <Table.Tr key={r.costItem} data-cost-item={r.costItem}>
              <Table.Td>{label('costItem', r.costItem)}</Table.Td>
              {r.cells.map((c, i) => <Table.Td key={m.years[i]} style={num}>{c == null ? '' : formatRoubles(c)}</Table.Td>)}
              <Table.Td style={num} fw={600}>{formatRoubles(r.total)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Td>{t('pj.total')}</Table.Td>
            {m.yearTotals.map((v, i) => <Table.Td key={m.years[i]} style={num}>{formatRoubles(v)}</Table.Td>)}
            <Table.Td style={num} data-testid="budget-total">{formatRoubles(m.total)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </ScrollArea>
  );
}

/** Every budget line as entered: who bears it, paid to whom, stage, item, year, day. */
export function BudgetLinesTable({ project }: { project: Project }) {
  const { t, label } = useI18n();
  const names = new Map(project.participants.map((p) => [p.inn, p.name]));
  return (
    <ScrollArea type="auto">
      <Table fz="xs" striped data-testid="budget-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th><Table.Th>{t('pj.bearer')}</Table.Th><Table.Th>{t('pj.supplierInn')}</Table.Th><Table.Th>{t('pj.stage')}</Table.Th>
            <Table.Th>{t('pj.costItem')}</Table.Th><Table.Th>{t('pj.year')}</Table.Th><Table.Th>{t('pj.spentOn')}</Table.Th><Table.Th style={num}>{t('pj.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {project.budget.map((l, i) => (
            <Table.Tr key={i}>
              <Table.Td>{i + 1}</Table.Td><Table.Td>{names.get(l.inn) ?? l.inn}</Table.Td><Table.Td>{l.supplierInn ?? '—'}</Table.Td><Table.Td>{label('pjStage', l.stage)}</Table.Td>
              <Table.Td>{label('costItem', l.costItem)}</Table.Td><Table.Td>{l.year}</Table.Td><Table.Td>{formatDate(l.spentOn)}</Table.Td><Table.Td style={num}>{formatRoubles(l.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

/** Expected results by year: output, import substitution, jobs, and their sums. */
export function ResultsSection({ project }: { project: Project }) {
  const { t } = useI18n();
  const s = project.resultsSummary;
  if (project.results.length === 0) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <Table fz="sm" data-testid="project-results">
      <Table.Thead><Table.Tr><Table.Th>{t('pj.year')}</Table.Th><Table.Th style={num}>{t('pj.output')}</Table.Th><Table.Th style={num}>{t('pj.importSubstitution')}</Table.Th><Table.Th style={num}>{t('pj.jobs')}</Table.Th></Table.Tr></Table.Thead>
      <Table.Tbody>
        {[...project.results].sort((a, b) => a.year - b.year).map((r) => (
          <Table.Tr key={r.year}><Table.Td>{r.year}</Table.Td><Table.Td style={num}>{formatRoubles(r.output)}</Table.Td><Table.Td style={num}>{formatRoubles(r.importSubstitution)}</Table.Td><Table.Td style={num}>{formatInt(r.jobs)}</Table.Td></Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={700}><Table.Td>{t('pj.total')}</Table.Td><Table.Td style={num}>{formatRoubles(s.output)}</Table.Td><Table.Td style={num}>{formatRoubles(s.importSubstitution)}</Table.Td><Table.Td style={num}>{formatInt(s.jobs)}</Table.Td></Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
