/**
 * OKVED2 section of a code, from its two-digit class. The class ranges are fixed by the classifier
 * (OK 029-2014), so a small pure table keeps the rules engine free of I/O.
 */
const SECTION_RANGES: readonly [from: number, to: number, section: string][] = [
  [1, 3, 'A'], [5, 9, 'B'], [10, 33, 'C'], [35, 35, 'D'], [36, 39, 'E'], [41, 43, 'F'],
  [45, 47, 'G'], [49, 53, 'H'], [55, 56, 'I'], [58, 63, 'J'], [64, 66, 'K'], [68, 68, 'L'],
  [69, 75, 'M'], [77, 82, 'N'], [84, 84, 'O'], [85, 85, 'P'], [86, 88, 'Q'], [90, 93, 'R'],
  [94, 96, 'S'], [97, 98, 'T'], [99, 99, 'U'],
];

export function okvedSection(code: string): string | null {
  const okvedClass = Number(code.slice(0, 2));
  if (!Number.isInteger(okvedClass)) return null;
  for (const [from, to, section] of SECTION_RANGES) if (okvedClass >= from && okvedClass <= to) return section;
  return null;
}
