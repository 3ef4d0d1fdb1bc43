import type { Dossier, DossierContract, DossierParticipant, DossierPurchase } from '../dossier/dossier-schema.ts';
import { checkPp779 } from './check-pp779.ts';
import type { Pp779CheckResult, Pp779RequirementId, RequirementStatus } from './check-result.ts';
import type { RuleSet } from './ruleset-schema.ts';

/** An enterprise that could join, with the contracts and purchases it would bring. */
export interface CandidateAddition {
  participant: DossierParticipant;
  contracts?: DossierContract[];
  purchases?: DossierPurchase[];
}

export interface WhatIfChange {
  add?: CandidateAddition[];
  /** INNs of participants to remove, with their contracts and purchases. */
  remove?: string[];
}

export interface StatusChange {
  id: Pp779RequirementId;
  from: RequirementStatus;
  to: RequirementStatus;
}

export interface WhatIfResult {
  before: Pp779CheckResult;
  after: Pp779CheckResult;
  /** Requirements whose status changed, in rule-set order. */
  changes: StatusChange[];
}

/** The dossier as it would be after the change; the input is not modified. */
export function applyChange(dossier: Dossier, change: WhatIfChange): Dossier {
  const removed = new Set(change.remove ?? []);
  const keep = <T>(rows: T[], touches: (row: T) => boolean) => rows.filter((row) => !touches(row));
  const added = change.add ?? [];
  return {
    ...dossier,
    participants: [...keep(dossier.participants, (p) => removed.has(p.inn)), ...added.map((a) => a.participant)],
    contracts: [...keep(dossier.contracts, (c) => removed.has(c.supplier) || removed.has(c.buyer)), ...added.flatMap((a) => a.contracts ?? [])],
    purchases: [...keep(dossier.purchases, (p) => removed.has(p.buyer)), ...added.flatMap((a) => a.purchases ?? [])],
  };
}

export function diffStatuses(before: Pp779CheckResult, after: Pp779CheckResult): StatusChange[] {
  return before.requirements.flatMap((b) => {
    const a = after.requirements.find((r) => r.id === b.id)!;
    return a.status === b.status ? [] : [{ id: b.id, from: b.status, to: a.status }];
  });
}

/** Re-runs the check on the changed dossier and reports which requirement statuses moved. */
export function whatIf(dossier: Dossier, set: RuleSet, change: WhatIfChange, asOf?: string): WhatIfResult {
  const before = checkPp779(dossier, set, asOf);
  const after = checkPp779(applyChange(dossier, change), set, before.asOf);
  return { before, after, changes: diffStatuses(before, after) };
}
