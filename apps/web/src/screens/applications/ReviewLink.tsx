import { Button } from '@mantine/core';
import type { ApplicationReviewHead } from '../../api/projects-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { useApi } from '../../lib/use-api.ts';
import { mayAskForReview } from '../projects/project-permissions.ts';

/**
 * «Замечания экспертов»: a link to the review screen (/applications/:id/review, the expert module's), shown
 * only when GET /api/expert/applications/:id/review answers 200 with something to read (a round or a remark).
 * Roles its route does not admit are not sent to ask.
 */
export function ReviewLink({ applicationId }: { applicationId: number }) {
  const { t } = useI18n();
  const { user } = useSession();
  const review = useApi<ApplicationReviewHead>(mayAskForReview(user?.role) ? `/api/expert/applications/${applicationId}/review` : null);
  if (!review.data || (review.data.rounds.length === 0 && review.data.remarks.length === 0)) return null;
  const path = `/applications/${applicationId}/review`;
  return <Button component="a" href={path} size="xs" variant="light" color="violet" onClick={(e: React.MouseEvent) => { e.preventDefault(); navigate(path); }} data-testid="review-link">{t('ap.reviewLink')}</Button>;
}
