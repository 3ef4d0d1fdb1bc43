import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { api } from '../../api/client.ts';
import type { ApplicationReview, ExpertRound, ReviewRound } from '../../api/expert-types.ts';
import { expertPaths } from '../../api/expert-types.ts';
import { ErrorDetails } from '../../components/ErrorDetails.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { LoadingState } from '../../components/States.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { DecisionBadge, RoundKindBadge, WHOLE } from './ExpertBadges.tsx';
import { formatPoints } from './expert-format.ts';
import { ExpertLoadError } from './NotFoundState.tsx';
import { RemarksList } from './RemarksPanel.tsx';
import { RoundScores } from './RoundScores.tsx';
import { useAction } from './use-action.ts';

/**
 * An application's review as the signed-in user may see it: for the applicant (the cluster's specialised
 * organisation; participants read along) the rounds with their decisions, the scores per criterion once
 * decided, and the experts' remarks to answer; while the commission works, a plain "under review" state.
 */
export function ApplicationReviewScreen({ id }: { id: number }) {
  const { t } = useI18n();
  const review = useApi<ApplicationReview>(expertPaths.review(id));
  if (review.error) return <ExpertLoadError error={review.error} onRetry={review.reload} title={t('ex.reviewNotFound')} hint={t('ex.reviewNotFoundHint')} back={{ to: '/', label: t('common.back') }} />;
  if (!review.data) return <LoadingState />;
  return <ReviewView review={review.data} reload={review.reload} />;
}

function ReviewView({ review, reload }: { review: ApplicationReview; reload(): void }) {
  const { t, label } = useI18n();
  const { user } = useSession();
  const a = review.application;
  const rounds = [...review.rounds].sort((x, y) => y.round.number - x.round.number);
  const latest = rounds[0] ?? null;
  const awaiting = review.remarkCounts.awaitingApplicant;
  return (
    <>
      <PageHeader
        title={a.clusterName}
        subtitle={t('ex.reviewSubtitle', { id: a.id, kind: label('exKind', a.kind) })}
        badges={<Badge variant="light" {...WHOLE} data-testid="application-status">{label('exAppStatus', a.status)}</Badge>}
        actions={user?.role !== 'expert' ? <Button size="xs" variant="default" onClick={() => navigate(`/applications/${a.id}`)}>{t('ex.toApplication')}</Button> : undefined}
      />
      <StatusBanner review={review} latest={latest} />
      <Stack gap="md" mt="md">
        <Paper withBorder p="md" data-testid="review-remarks">
          <Group justify="space-between" mb="xs">
            <Title order={4}>{t('ex.remarksTitle', { n: review.remarks.length })}</Title>
            {review.viewer === 'applicant' && awaiting > 0 && <Badge color="orange" variant="light" {...WHOLE} data-testid="awaiting-answers">{t('ex.awaitingAnswers', { n: awaiting })}</Badge>}
          </Group>
          {review.viewer === 'applicant' && <Text size="sm" c="dimmed" mb="sm">{review.canAnswer ? t('ex.remarksApplicantHint') : t('ex.remarksReadAlongHint')}</Text>}
          <RemarksList remarks={review.remarks} onChanged={reload} emptyText={t('ex.noRemarks')}
            rights={{ answer: review.canAnswer, resolve: (r) => review.viewer === 'secretary' || (review.viewer === 'expert' && r.mine) }} />
        </Paper>
        {review.canAnswer && latest?.decision?.outcome === 'revise' && <Resubmission review={review} onDone={reload} />}
        {rounds.map((r) => <RoundCard key={r.round.id} round={r} review={review} />)}
      </Stack>
    </>
  );
}

/** Where the review stands, in one sentence: not yet taken up, under review (scores hidden), or decided. */
function StatusBanner({ review, latest }: { review: ApplicationReview; latest: ReviewRound | null }) {
  const { t, label } = useI18n();
  if (!latest) return <Alert color="gray" data-testid="review-state" data-state="not_started" title={t('ex.reviewNotStarted')}><Text size="sm">{t('ex.reviewNotStartedHint')}</Text></Alert>;
  if (!latest.decision) {
    return (
      <Alert color="blue" data-testid="review-state" data-state="in_progress" title={t('ex.reviewInProgress')}>
        <Text size="sm">
          {latest.session
            ? t('ex.reviewInProgressLine', { kind: label('exRound', latest.round.kind), session: latest.session.title, date: formatDate(latest.session.heldOn), due: formatDateTime(latest.session.scoresDue) })
            : t('ex.reviewWaitingSession', { kind: label('exRound', latest.round.kind) })}
        </Text>
        {review.viewer === 'applicant' && <Text size="sm" mt={4}>{t('ex.reviewInProgressApplicant')}</Text>}
      </Alert>
    );
  }
  return (
    <Alert color={latest.decision.outcome === 'approved' ? 'green' : latest.decision.outcome === 'revise' ? 'orange' : 'red'} data-testid="review-state" data-state="decided"
      title={t('ex.reviewDecided', { kind: label('exRound', latest.round.kind), outcome: label('exDecision', latest.decision.outcome) })}>
      <Text size="sm">{latest.decision.reason}</Text>
      <Text size="xs" c="dimmed" mt={4}>{formatDateTime(latest.decision.decidedAt)}</Text>
    </Alert>
  );
}

function RoundCard({ round, review }: { round: ReviewRound; review: ApplicationReview }) {
  const { t, lang } = useI18n();
  const r = round.round;
  return (
    <Paper withBorder p="md" data-testid="review-round" data-round={r.number} data-decided={round.decision !== null}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Stack gap={2}>
          <Group gap="xs"><Title order={5}>{t('ex.roundTitle', { n: r.number })}</Title><RoundKindBadge kind={r.kind} /></Group>
          <Text size="xs" c="dimmed">
            {t('ex.roundVersion', { version: r.version })}
            {round.session ? ` · ${round.session.title}, ${formatDate(round.session.heldOn)}${round.session.place ? `, ${round.session.place}` : ''}` : ` · ${t('ex.noSessionYet')}`}
          </Text>
        </Stack>
        <DecisionBadge outcome={round.decision?.outcome ?? null} />
      </Group>
      {round.decision && (
        <Paper p="xs" mb="sm" bg="var(--mantine-color-gray-0)" data-testid="round-decision">
          <Text size="sm">{round.decision.reason}</Text>
          <Text size="xs" c="dimmed">{t('ex.decisionOn', { at: formatDateTime(round.decision.decidedAt), score: formatPoints(round.decision.weightedScore, lang), remarks: round.decision.unresolvedRemarks })}</Text>
        </Paper>
      )}
      {round.session ? <RoundScores round={round} criteria={review.criteria} /> : <Text size="sm" c="dimmed">{t('ex.waitingForSession')}</Text>}
    </Paper>
  );
}

/** "Work on errors" done: once every remark is answered and a new version submitted, the applicant sends it back. */
function Resubmission({ review, onDone }: { review: ApplicationReview; onDone(): void }) {
  const { t, lang } = useI18n();
  const resubmit = useAction(() => api.post<ExpertRound>(`/api/expert/applications/${review.application.id}/resubmit`, {}));
  const [sent, setSent] = useState(false);
  return (
    <Paper withBorder p="md" data-testid="resubmission">
      <Title order={5} mb={4}>{t('ex.resubmitTitle')}</Title>
      <Text size="sm" c="dimmed" mb="xs">{t('ex.resubmitHint')}</Text>
      {review.resubmission.possible
        ? <Button size="xs" loading={resubmit.busy} disabled={sent} onClick={async () => { if (await resubmit.run()) { setSent(true); onDone(); } }} data-testid="resubmit">{t('ex.resubmit')}</Button>
        : <Text size="sm" c="orange" data-testid="resubmit-blocked">{lang === 'en' ? review.resubmission.messageEn : review.resubmission.message}</Text>}
      {resubmit.error && <ErrorDetails error={resubmit.error} />}
    </Paper>
  );
}
