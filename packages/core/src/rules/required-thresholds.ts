import type { RuleSet } from './ruleset-schema.ts';
import { RuleSetError, booleanThreshold, findRequirement, nullableNumberThreshold, numberSetting, numberThreshold, stringListThreshold, stringThreshold } from './thresholds.ts';

type Kind = 'number' | 'number|null' | 'strings' | 'boolean' | 'string';
type Shape = { settings?: Record<string, 'number'>; requirements: Record<string, Record<string, Kind>> };

/**
 * What the code reads from each known rule set: checked when a file is loaded, so an operator who
 * drops in a new version learns at once which field is missing, not in the middle of a check.
 */
export const REQUIRED_THRESHOLDS: Record<string, Shape> = {
  pp779: {
    settings: { validityYears: 'number', expiryWarningMonths: 'number' },
    requirements: {
      'industrial-participants': { min: 'number', okvedSections: 'strings' },
      'cooperation-contracts': { contractKinds: 'strings' },
      newcomers: { max: 'number', contractWithinYears: 'number' },
      'functional-dependence': { minPercent: 'number', reducedMinPercent: 'number', specialTerritoryPercent: 'number', contractKinds: 'strings' },
      'import-share': { maxPercent: 'number' },
      'specialized-organization': { innLength: 'number' },
      'development-programme': { minYears: 'number' },
      territory: {},
    },
  },
  pp41: {
    requirements: {
      'cost-items': { eligible: 'strings' },
      'costs-from': { date: 'string' },
      'buyer-participant': { required: 'boolean' },
      'supplier-participant': { required: 'boolean' },
      'cluster-compliant': { required: 'boolean' },
      share: { maxPercent: 'number' },
      cap: { rub: 'number|null', per: 'string' },
    },
  },
};

const readers: Record<Kind, (set: RuleSet, id: string, key: string) => unknown> = {
  number: numberThreshold,
  'number|null': nullableNumberThreshold,
  strings: stringListThreshold,
  boolean: booleanThreshold,
  string: stringThreshold,
};

/** Every missing or mistyped field of a known rule set; empty for unknown ids (nothing to check). */
export function checkRequiredThresholds(set: RuleSet): RuleSetError[] {
  const shape = REQUIRED_THRESHOLDS[set.id];
  if (!shape) return [];
  const errors: RuleSetError[] = [];
  const attempt = (read: () => unknown) => {
    try {
      read();
    } catch (error) {
      if (error instanceof RuleSetError) errors.push(error);
      else throw error;
    }
  };
  for (const key of Object.keys(shape.settings ?? {})) attempt(() => numberSetting(set, key));
  for (const [id, fields] of Object.entries(shape.requirements)) {
    if (!set.requirements.some((r) => r.id === id)) {
      attempt(() => findRequirement(set, id));
      continue;
    }
    for (const [key, kind] of Object.entries(fields)) attempt(() => readers[kind](set, id, key));
  }
  return errors;
}
