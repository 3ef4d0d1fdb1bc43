import type { RuleSet } from './ruleset-schema.ts';

/**
 * The version of a rule set in force on `asOf`: the latest whose effectiveFrom ≤ asOf
 * (ISO dates compare as strings). Undefined when none had taken effect yet.
 */
export function selectRuleSet(sets: readonly RuleSet[], id: string, asOf: string): RuleSet | undefined {
  let best: RuleSet | undefined;
  for (const set of sets) {
    if (set.id !== id || set.effectiveFrom > asOf) continue;
    if (!best || set.effectiveFrom > best.effectiveFrom) best = set;
  }
  return best;
}

/** The versions of each rule-set id, oldest first. */
export function listRuleSetVersions(sets: readonly RuleSet[]): { id: string; versions: { version: string; effectiveFrom: string }[] }[] {
  const byId = new Map<string, { version: string; effectiveFrom: string }[]>();
  for (const set of sets) {
    const list = byId.get(set.id) ?? [];
    list.push({ version: set.version, effectiveFrom: set.effectiveFrom });
    byId.set(set.id, list);
  }
  return [...byId.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, versions]) => ({ id, versions: versions.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)) }));
}
