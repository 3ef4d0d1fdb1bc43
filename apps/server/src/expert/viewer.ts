import type { ReviewedApplication, SessionUser } from '@klaster/contract';
import type { Viewer } from '@klaster/core/expert/index.ts';
import { getReviewedApplication, isAssignedToApplication, isClusterParticipant, type Sql } from '@klaster/db';
import { missing } from './expert-errors.ts';

/**
 * How a signed-in user stands to an application under review (visibility.ts in core says what each sees):
 * the administrator is the commission's secretary; an expert counts only with an assignment on one of its
 * rounds; the cluster's specialised organisation is the applicant (it answers and resubmits); a
 * representative of a participant reads along. Anyone else gets a 404: the application does not exist
 * for them.
 */
export async function viewerOf(db: Sql, user: SessionUser, application: ReviewedApplication): Promise<Viewer | null> {
  switch (user.role) {
    case 'admin':
      return { kind: 'secretary' };
    case 'expert':
      return (await isAssignedToApplication(db, user.id, application.id)) ? { kind: 'expert', userId: user.id } : null;
    case 'specialised_org':
      return user.clusterId === application.clusterId ? { kind: 'applicant', canAnswer: true } : null;
    case 'enterprise':
      return user.organisationId && (await isClusterParticipant(db, application.clusterId, user.organisationId)) ? { kind: 'applicant', canAnswer: false } : null;
    default:
      return null;
  }
}

/** The application and the user's standing, or a 404 when the user may not know it. */
export async function applicationFor(db: Sql, user: SessionUser, applicationId: number): Promise<{ application: ReviewedApplication; viewer: Viewer }> {
  const application = await getReviewedApplication(db, applicationId);
  const viewer = application ? await viewerOf(db, user, application) : null;
  if (!application || !viewer) throw missing.application(applicationId);
  return { application, viewer };
}
