/**
 * Ranking the applications of a session. Two orders, both deterministic:
 * - 'score': highest weighted score first; among equal scores, fewer unresolved remarks first;
 * - 'remarks': fewest unresolved remarks first (the Komi pre-defence singled out the projects with "the
 *   fewest questions"); among equal counts, the higher score first.
 * Applications without a submitted score sheet (no score yet) come after those with one. Entries equal on both keys share
 * a rank (1, 2, 2, 4) and are listed by application id, so the order never depends on the database.
 */
export type RankingOrder = 'score' | 'remarks';

export interface RankingEntry {
  applicationId: number;
  weightedScore: number | null;
  unresolvedRemarks: number;
}

export type Ranked<T extends RankingEntry> = T & { rank: number };

export function rankApplications<T extends RankingEntry>(entries: readonly T[], order: RankingOrder = 'score'): Ranked<T>[] {
  const compareKeys = order === 'score' ? [byScore, byRemarks] : [byRemarks, byScore];
  const sorted = [...entries].sort((a, b) => compareKeys[0]!(a, b) || compareKeys[1]!(a, b) || a.applicationId - b.applicationId);
  const ranked: Ranked<T>[] = [];
  sorted.forEach((entry, i) => {
    const prev = ranked[i - 1];
    const tied = prev !== undefined && byScore(prev, entry) === 0 && byRemarks(prev, entry) === 0;
    ranked.push({ ...entry, rank: tied ? prev.rank : i + 1 });
  });
  return ranked;
}

/** Higher score first; no score last. */
function byScore(a: RankingEntry, b: RankingEntry): number {
  if (a.weightedScore === b.weightedScore) return 0;
  if (a.weightedScore === null) return 1;
  if (b.weightedScore === null) return -1;
  return b.weightedScore - a.weightedScore;
}

function byRemarks(a: RankingEntry, b: RankingEntry): number {
  return a.unresolvedRemarks - b.unresolvedRemarks;
}
