import type { Dossier } from '../dossier/dossier-schema.ts';
import type { Pp779CheckResult, Pp779RequirementId, RequirementOutcome, RequirementResult } from './check-result.ts';
import { PP779_REQUIREMENT_IDS } from './check-result.ts';
import { ruleSetRef, type RuleSet } from './ruleset-schema.ts';
import { findRequirement, RuleSetError } from './thresholds.ts';
import { buildPp779Context } from './pp779/context.ts';
import { checkIndustrialParticipants } from './pp779/industrial-participants.ts';
import { checkNewcomers, splitNewcomers } from './pp779/newcomers.ts';
import { checkCooperationContracts } from './pp779/cooperation-contracts.ts';
import { yearPurchases } from './pp779/year-purchases.ts';
import { checkFunctionalDependence } from './pp779/functional-dependence.ts';
import { checkImportShare } from './pp779/import-share.ts';
import { checkSpecializedOrganization } from './pp779/specialized-organization.ts';
import { checkDevelopmentProgramme } from './pp779/development-programme.ts';
import { checkTerritory } from './pp779/territory.ts';
import { validityWarnings } from './pp779/validity.ts';

/**
 * Checks a dossier against a `pp779` rule set on `asOf` (defaults to the dossier's own asOf).
 * The cluster complies only when every requirement passes: an unknown is not a pass.
 */
export function checkPp779(dossier: Dossier, set: RuleSet, asOf?: string): Pp779CheckResult {
  if (set.id !== 'pp779') throw new RuleSetError(ruleSetRef(set), 'id', `expected a pp779 rule set, got ${set.id}`);
  const date = asOf ?? dossier.asOf;
  if (!date) throw new RuleSetError(ruleSetRef(set), 'asOf', 'no as-of date: give one or put asOf in the dossier');
  const ctx = buildPp779Context(dossier, set, date);
  const split = splitNewcomers(ctx);
  const purchases = yearPurchases(ctx);
  const outcomes: Record<Pp779RequirementId, RequirementOutcome> = {
    'industrial-participants': checkIndustrialParticipants(ctx),
    'cooperation-contracts': checkCooperationContracts(ctx, split),
    newcomers: checkNewcomers(ctx, split),
    'functional-dependence': checkFunctionalDependence(ctx, purchases),
    'import-share': checkImportShare(ctx, purchases),
    'specialized-organization': checkSpecializedOrganization(ctx),
    'development-programme': checkDevelopmentProgramme(ctx),
    territory: checkTerritory(ctx),
  };
  const requirements: RequirementResult[] = PP779_REQUIREMENT_IDS.map((id) => {
    const { requirement } = findRequirement(set, id);
    return { id, ...outcomes[id], confidence: requirement.confidence, legalBasis: requirement.legalBasis };
  });
  return {
    ruleset: ruleSetRef(set),
    asOf: date,
    compliant: requirements.every((r) => r.status === 'pass'),
    checkYear: ctx.checkYear,
    requirements,
    warnings: validityWarnings(ctx),
  };
}
