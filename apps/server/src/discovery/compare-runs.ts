import type { DiscoveryCandidate, DiscoveryComparison, DiscoveryResult } from '@klaster/contract';

/** Candidates whose member sets have a Jaccard similarity at least this are the same candidate seen twice. */
export const MATCH_JACCARD = 0.5;

function jaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** JSON with sorted keys: stored params come back from jsonb in its own key order. */
const canonical = (value: Record<string, unknown>) => JSON.stringify(Object.keys(value).sort().map((k) => [k, value[k]]));

const memberSet = (c: DiscoveryCandidate) => new Set(c.members.map((m) => m.inn));

/**
 * Compares two runs: pairs of candidates matched greedily by the highest Jaccard of members (each used once,
 * at least MATCH_JACCARD), with who joined and who left; unmatched ones are lost (left run) or new (right run).
 */
export function compareRuns(leftId: number, left: DiscoveryResult, rightId: number, right: DiscoveryResult): DiscoveryComparison {
  const pairs: { l: DiscoveryCandidate; r: DiscoveryCandidate; j: number }[] = [];
  for (const l of left.candidates) {
    for (const r of right.candidates) {
      const j = jaccard(memberSet(l), memberSet(r));
      if (j >= MATCH_JACCARD) pairs.push({ l, r, j });
    }
  }
  pairs.sort((a, b) => b.j - a.j || a.l.rank - b.l.rank || a.r.rank - b.r.rank);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const matched: DiscoveryComparison['matched'] = [];
  for (const { l, r, j } of pairs) {
    if (usedLeft.has(l.rank) || usedRight.has(r.rank)) continue;
    usedLeft.add(l.rank);
    usedRight.add(r.rank);
    const ls = memberSet(l);
    const rs = memberSet(r);
    matched.push({ left: l.rank, right: r.rank, jaccard: j, added: [...rs].filter((x) => !ls.has(x)).sort(), removed: [...ls].filter((x) => !rs.has(x)).sort() });
  }
  matched.sort((a, b) => a.left - b.left);
  return {
    runs: [leftId, rightId],
    sameData: left.snapshot.hash === right.snapshot.hash,
    sameParams: canonical(left.params) === canonical(right.params),
    matched,
    lost: left.candidates.filter((c) => !usedLeft.has(c.rank)).map((c) => c.rank),
    new: right.candidates.filter((c) => !usedRight.has(c.rank)).map((c) => c.rank),
  };
}
