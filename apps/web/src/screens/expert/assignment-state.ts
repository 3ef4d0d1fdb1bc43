import type { ExpertAssignment } from '../../api/expert-types.ts';

/**
 * Where an expert's assignment stands, for the "Мои назначения" table and the sheet's header. A sheet is the
 * expert's draft until they submit it; only a submitted sheet counts in the ranking (and only it is frozen:
 * the expert may reopen it until the commission decides).
 */
export type AssignmentState = 'not_started' | 'draft' | 'submitted' | 'decided';

export function assignmentState(a: Pick<ExpertAssignment, 'scored' | 'submittedAt' | 'decided'>): AssignmentState {
  if (a.decided) return 'decided';
  if (a.submittedAt !== null) return 'submitted';
  return a.scored > 0 ? 'draft' : 'not_started';
}

/** Past the session's scoring deadline with the sheet not submitted (a complete draft included) and the round undecided. */
export function isOverdue(a: Pick<ExpertAssignment, 'submittedAt' | 'decided'> & { session: { scoresDue: string } }, now: Date): boolean {
  return a.submittedAt === null && !a.decided && now.getTime() > Date.parse(a.session.scoresDue);
}

/** Work first: what is overdue, then what waits for the expert by deadline, then what is submitted; decided last. */
export function sortAssignments<T extends ExpertAssignment>(items: readonly T[], now: Date): T[] {
  const rank = (a: T) => (isOverdue(a, now) ? 0 : { not_started: 1, draft: 1, submitted: 2, decided: 3 }[assignmentState(a)]);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.session.scoresDue.localeCompare(b.session.scoresDue) || a.id - b.id);
}
