import type { ExpertAssignment } from '../../api/expert-types.ts';

/**
 * Where an expert's assignment stands, for the "Мои назначения" table. The API keeps no separate
 * "submitted" flag: a sheet counts in the ranking as soon as every criterion is scored, so a complete
 * sheet is the submitted one (it can still be corrected until the commission decides).
 */
export type AssignmentState = 'not_started' | 'in_progress' | 'submitted' | 'decided';

export function assignmentState(a: Pick<ExpertAssignment, 'scored' | 'complete' | 'decided'>): AssignmentState {
  if (a.decided) return 'decided';
  if (a.complete) return 'submitted';
  return a.scored > 0 ? 'in_progress' : 'not_started';
}

/** Past the session's scoring deadline with the sheet still incomplete and the round undecided. */
export function isOverdue(a: Pick<ExpertAssignment, 'complete' | 'decided'> & { session: { scoresDue: string } }, now: Date): boolean {
  return !a.complete && !a.decided && now.getTime() > Date.parse(a.session.scoresDue);
}

/** Work first: what is overdue, then what waits for the expert by deadline, then what is done; decided last. */
export function sortAssignments<T extends ExpertAssignment>(items: readonly T[], now: Date): T[] {
  const rank = (a: T) => (isOverdue(a, now) ? 0 : { not_started: 1, in_progress: 1, submitted: 2, decided: 3 }[assignmentState(a)]);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.session.scoresDue.localeCompare(b.session.scoresDue) || a.id - b.id);
}
