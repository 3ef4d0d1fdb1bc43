import type { Membership } from './partition.ts';

/**
 * Normalised mutual information of two partitions of the same items,
 * NMI = 2 I(A;B) / (H(A) + H(B)) (the arithmetic normalisation used by scikit-learn and most LFR
 * studies). Two single-community partitions are identical: NMI = 1.
 */
export function nmi(a: Membership, b: Membership): number {
  if (a.length !== b.length) throw new RangeError('partitions must cover the same items');
  const n = a.length;
  if (n === 0) return 1;
  const countA = countLabels(a);
  const countB = countLabels(b);
  const joint = new Map<number, number>();
  const width = 2 ** 26;
  for (let i = 0; i < n; i++) {
    const key = a[i] * width + b[i];
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  let mutual = 0;
  for (const [key, count] of joint) {
    const ca = countA.get(Math.floor(key / width)) ?? 0;
    const cb = countB.get(key % width) ?? 0;
    mutual += (count / n) * Math.log((count * n) / (ca * cb));
  }
  const ha = entropy(countA, n);
  const hb = entropy(countB, n);
  if (ha + hb === 0) return 1;
  return (2 * mutual) / (ha + hb);
}

function countLabels(labels: Membership): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] < 0 || labels[i] >= 2 ** 26) throw new RangeError('labels must be in 0..2^26');
    counts.set(labels[i], (counts.get(labels[i]) ?? 0) + 1);
  }
  return counts;
}

function entropy(counts: Map<number, number>, n: number): number {
  let h = 0;
  for (const count of counts.values()) h -= (count / n) * Math.log(count / n);
  return h;
}
