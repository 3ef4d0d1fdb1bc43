import type { Dossier } from '../../dossier/dossier-schema.ts';
import type { RuleSet } from '../ruleset-schema.ts';
import { stringListThreshold } from '../thresholds.ts';

/** Figures several requirements share, computed once per check (the bench runs 5 000 contracts). */
export interface Pp779Context {
  dossier: Dossier;
  set: RuleSet;
  asOf: string;
  participantInns: Set<string>;
  /** Participants with at least one cooperation contract with another participant. */
  cooperating: Set<string>;
  /** The latest year in purchases, or null when there are none. */
  checkYear: number | null;
}

export function latestPurchaseYear(dossier: Dossier): number | null {
  let latest: number | null = null;
  for (const p of dossier.purchases) if (latest === null || p.year > latest) latest = p.year;
  return latest;
}

export function buildPp779Context(dossier: Dossier, set: RuleSet, asOf: string): Pp779Context {
  const participantInns = new Set(dossier.participants.map((p) => p.inn));
  const kinds = new Set(stringListThreshold(set, 'cooperation-contracts', 'contractKinds'));
  const cooperating = new Set<string>();
  for (const c of dossier.contracts) {
    if (!kinds.has(c.kind) || c.supplier === c.buyer) continue;
    if (!participantInns.has(c.supplier) || !participantInns.has(c.buyer)) continue;
    cooperating.add(c.supplier);
    cooperating.add(c.buyer);
  }
  return { dossier, set, asOf, participantInns, cooperating, checkYear: latestPurchaseYear(dossier) };
}
