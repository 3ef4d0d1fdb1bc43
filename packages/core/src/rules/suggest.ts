import type { Dossier } from '../dossier/dossier-schema.ts';
import { checkPp779 } from './check-pp779.ts';
import type { Pp779CheckResult, Pp779RequirementId, RequirementResult } from './check-result.ts';
import type { RuleSet } from './ruleset-schema.ts';
import { applyChange, diffStatuses, type CandidateAddition, type StatusChange } from './what-if.ts';

const GAP_IDS: Pp779RequirementId[] = ['industrial-participants', 'functional-dependence'];

export interface CandidateEffect {
  inn: string;
  name: string;
  /** Change of the industrial count and of the dependence share (0…1) if this candidate alone joined. */
  industrialDelta: number;
  dependenceDelta: number | null;
  changes: StatusChange[];
}

export interface AdditionSuggestion {
  /** Each candidate's own effect, most helpful first. */
  effects: CandidateEffect[];
  /** A greedy selection, in the order taken, that closes both gaps if the candidates can; empty when there is no gap. */
  selection: string[];
  closesGaps: boolean;
  after: Pp779CheckResult;
}

function gapOpen(result: Pp779CheckResult): boolean {
  return result.requirements.some((r) => GAP_IDS.includes(r.id) && r.status !== 'pass');
}

function figure(result: Pp779CheckResult, id: Pp779RequirementId): RequirementResult {
  return result.requirements.find((r) => r.id === id)!;
}

function effectOf(dossier: Dossier, set: RuleSet, base: Pp779CheckResult, candidate: CandidateAddition): CandidateEffect {
  const after = checkPp779(applyChange(dossier, { add: [candidate] }), set, base.asOf);
  const depBefore = figure(base, 'functional-dependence').found;
  const depAfter = figure(after, 'functional-dependence').found;
  return {
    inn: candidate.participant.inn,
    name: candidate.participant.name,
    industrialDelta: figure(after, 'industrial-participants').found! - figure(base, 'industrial-participants').found!,
    dependenceDelta: depBefore === null || depAfter === null ? null : depAfter - depBefore,
    changes: diffStatuses(base, after),
  };
}

/** Ranks by what closes a gap: industrial count first, then the dependence share. */
function byHelpfulness(a: CandidateEffect, b: CandidateEffect): number {
  return b.industrialDelta - a.industrialDelta || (b.dependenceDelta ?? -Infinity) - (a.dependenceDelta ?? -Infinity) || a.inn.localeCompare(b.inn);
}

/**
 * Which candidate enterprises would close the industrial-participants / functional-dependence gap:
 * each candidate's effect alone, then a greedy pick (best effect first, re-evaluated after each) until
 * both requirements pass or no candidate helps any more.
 */
export function suggestAdditions(dossier: Dossier, set: RuleSet, candidates: readonly CandidateAddition[], asOf?: string): AdditionSuggestion {
  const base = checkPp779(dossier, set, asOf);
  const effects = candidates.map((c) => effectOf(dossier, set, base, c)).sort(byHelpfulness);
  let current = dossier;
  let result = base;
  const selection: string[] = [];
  let pool = [...candidates];
  while (gapOpen(result) && pool.length > 0) {
    const ranked = pool.map((c) => ({ c, e: effectOf(current, set, result, c) })).sort((x, y) => byHelpfulness(x.e, y.e));
    const best = ranked[0]!;
    if (best.e.industrialDelta <= 0 && (best.e.dependenceDelta ?? 0) <= 0) break;
    current = applyChange(current, { add: [best.c] });
    result = checkPp779(current, set, base.asOf);
    selection.push(best.c.participant.inn);
    pool = pool.filter((c) => c !== best.c);
  }
  return { effects, selection, closesGaps: !gapOpen(result), after: result };
}

export interface CriticalParticipant {
  inn: string;
  name: string;
  /** Requirements that stop passing if this participant leaves. */
  breaks: StatusChange[];
}

/** Participants whose removal alone would make a compliant cluster non-compliant (none if it does not comply now). */
export function criticalParticipants(dossier: Dossier, set: RuleSet, asOf?: string): CriticalParticipant[] {
  const base = checkPp779(dossier, set, asOf);
  if (!base.compliant) return [];
  return dossier.participants.flatMap((p) => {
    const after = checkPp779(applyChange(dossier, { remove: [p.inn] }), set, base.asOf);
    return after.compliant ? [] : [{ inn: p.inn, name: p.name, breaks: diffStatuses(base, after).filter((c) => c.from === 'pass') }];
  });
}
