import { useState } from 'react';
import { Alert, Button, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import type { ExpertApplicationVersion, ExpertAssignmentSheet, ExpertRemark } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AsyncView, LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { assignmentState, isOverdue } from './assignment-state.ts';
import { ConflictModal } from './ConflictModal.tsx';
import { AssignmentStateBadge, RoundKindBadge } from './ExpertBadges.tsx';
import { FrozenVersionView } from './FrozenVersionView.tsx';
import { ExpertLoadError } from './NotFoundState.tsx';
import { NewRemarkForm, RemarksList } from './RemarksPanel.tsx';
import { ReturnSheetModal } from './ReturnSheetModal.tsx';
import { ScoringForm } from './ScoringForm.tsx';
import { SheetStatus } from './SheetStatus.tsx';

/**
 * One assignment: the application version under review (read-only, with its file), the score sheet with its
 * state (a draft, or submitted and when) and the expert's remarks. An assignment of another expert does not
 * exist for this one (the API answers 404). The secretary reads it, and may return a submitted sheet.
 */
export function AssignmentScreen({ id }: { id: number }) {
  const { t } = useI18n();
  const sheet = useApi<ExpertAssignmentSheet>(expertPaths.assignment(id));
  // after a save the screen shows what the server answered, without a second request
  const [latest, setLatest] = useState<ExpertAssignmentSheet | null>(null);
  const current = latest ?? sheet.data;
  if (sheet.error) {
    return <ExpertLoadError error={sheet.error} onRetry={sheet.reload} title={t('ex.assignmentNotFound')} hint={t('ex.assignmentNotFoundHint')} back={{ to: '/expert', label: t('ex.backToAssignments') }} />;
  }
  if (!current) return <LoadingState />;
  return <AssignmentView sheet={current} onSheet={setLatest} reload={() => { setLatest(null); sheet.reload(); }} />;
}

function AssignmentView({ sheet, onSheet, reload }: { sheet: ExpertAssignmentSheet; onSheet(s: ExpertAssignmentSheet): void; reload(): void }) {
  const { t } = useI18n();
  const a = sheet.assignment;
  const version = useApi<ExpertApplicationVersion>(expertPaths.assignmentVersion(a.id));
  const [conflictOpen, setConflictOpen] = useState(false);
  const [returning, setReturning] = useState(false);
  // answers come after the decision ("work on errors"): the author settles them even when the sheet is closed
  const secretary = useSession().user?.role === 'admin';
  const [now] = useState(() => new Date());
  const updateRemark = (r: ExpertRemark) => onSheet({ ...sheet, remarks: sheet.remarks.map((x) => (x.id === r.id ? r : x)) });
  return (
    <>
      <PageHeader
        title={a.application.clusterName}
        subtitle={t('ex.assignmentSubtitle', { id: a.application.id, version: a.round.version, round: a.round.number, session: a.session.title })}
        badges={<><RoundKindBadge kind={a.round.kind} /><AssignmentStateBadge state={assignmentState(a)} scored={a.scored} criteria={a.criteria} /></>}
        actions={
          <>
            <Button component="a" size="xs" variant="light" href={expertPaths.assignmentPackage(a.id, 'pdf')} download data-testid="package-pdf">{t('ex.downloadPdf')}</Button>
            <Button component="a" size="xs" variant="default" href={expertPaths.assignmentPackage(a.id, 'xlsx')} download data-testid="package-xlsx">{t('ex.downloadXlsx')}</Button>
            <Button size="xs" variant="default" onClick={() => navigate('/expert')}>{t('ex.backToAssignments')}</Button>
          </>
        }
      />
      <Paper withBorder p="sm" mb="md" data-testid="assignment-facts">
        <Group gap="xs" style={{ columnGap: 'var(--mantine-spacing-xl)' }} wrap="wrap">
          <Text size="sm"><Text span c="dimmed">{t('ex.session')}: </Text>{a.session.title}{a.session.place ? `, ${a.session.place}` : ''} · {formatDate(a.session.heldOn)}</Text>
          <Text size="sm" c={isOverdue(a, now) ? 'red' : undefined} fw={isOverdue(a, now) ? 600 : undefined} data-testid="assignment-deadline">
            <Text span c="dimmed">{t('ex.scoresDue')}: </Text>{formatDateTime(a.session.scoresDue)}{isOverdue(a, now) ? ` · ${t('ex.overdue')}` : ''}
          </Text>
          {a.session.answersDue && <Text size="sm"><Text span c="dimmed">{t('ex.answersDue')}: </Text>{formatDateTime(a.session.answersDue)}</Text>}
        </Group>
      </Paper>
      {sheet.lockedReason && <Alert color={a.decided ? 'violet' : 'orange'} mb="md" data-testid="sheet-locked"><Text size="sm">{sheet.lockedReason}</Text></Alert>}
      {secretary && <Alert color="gray" mb="md" data-testid="sheet-readonly"><Text size="sm">{t('ex.secretaryReadOnly')}</Text></Alert>}
      <SheetStatus sheet={sheet} />
      <Tabs defaultValue="score" keepMounted>
        <Tabs.List mb="md">
          <Tabs.Tab value="score" data-testid="tab-score">{t('ex.tabScore')}</Tabs.Tab>
          <Tabs.Tab value="application" data-testid="tab-application">{t('ex.tabApplication', { version: a.round.version })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="score">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              {secretary && !sheet.submittedAt ? (
                // a draft's scores are its expert's own until submitted: the secretary sees how far it is filled in
                <Paper withBorder p="md" data-testid="draft-hidden"><Text size="sm">{t('ex.secretaryDraft', { scored: a.scored, n: a.criteria })}</Text></Paper>
              ) : <ScoringForm key={String(sheet.editable)} sheet={sheet} onSaved={onSheet} onReturn={() => setReturning(true)} />}
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="md">
                <Paper withBorder p="md" data-testid="my-remarks">
                  <Title order={5} mb="xs">{t('ex.myRemarksTitle', { n: sheet.remarks.length })}</Title>
                  <RemarksList remarks={sheet.remarks} onChanged={updateRemark} emptyText={t('ex.noRemarksYet')}
                    rights={{ answer: false, resolve: (r) => r.mine || secretary }} />
                  {sheet.canRemark && <Stack mt="md"><NewRemarkForm<ExpertAssignmentSheet> assignmentId={a.id} onAdded={onSheet} /></Stack>}
                </Paper>
                {sheet.canRemark && (
                  <Paper withBorder p="md">
                    <Text size="sm" fw={600} mb={4}>{t('ex.conflictTitle')}</Text>
                    <Text size="xs" c="dimmed" mb="xs">{t('ex.conflictHint')}</Text>
                    <Button size="xs" variant="outline" color="orange" onClick={() => setConflictOpen(true)} data-testid="declare-conflict">{t('ex.declareConflict')}</Button>
                  </Paper>
                )}
              </Stack>
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="application">
          <AsyncView state={version}>{(v) => <FrozenVersionView version={v} />}</AsyncView>
        </Tabs.Panel>
      </Tabs>
      <ReturnSheetModal assignmentId={returning ? a.id : null} expertName={sheet.submittedBy ?? ''} onClose={() => setReturning(false)}
        onReturned={(next) => { setReturning(false); onSheet(next); }} />
      <ConflictModal opened={conflictOpen} clusterId={a.application.clusterId} clusterName={a.application.clusterName}
        onClose={() => setConflictOpen(false)} onDeclared={() => { setConflictOpen(false); reload(); }} />
    </>
  );
}
