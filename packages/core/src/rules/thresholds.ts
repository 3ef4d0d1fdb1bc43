import type { RuleRequirement, RuleSet, ThresholdValue } from './ruleset-schema.ts';

/** A rule set that lacks what the code needs: names the rule set and the JSON path. */
export class RuleSetError extends Error {
  constructor(
    readonly ruleSet: string,
    readonly path: string,
    detail: string,
  ) {
    super(`${ruleSet}: ${path}: ${detail}`);
    this.name = 'RuleSetError';
  }
}

export function findRequirement(set: RuleSet, id: string): { requirement: RuleRequirement; index: number } {
  const index = set.requirements.findIndex((r) => r.id === id);
  if (index < 0) throw new RuleSetError(`${set.id}@${set.version}`, 'requirements', `no requirement with id ${id}`);
  return { requirement: set.requirements[index]!, index };
}

function read(set: RuleSet, id: string, key: string): { value: ThresholdValue | undefined; path: string } {
  const { requirement, index } = findRequirement(set, id);
  return { value: requirement.thresholds[key], path: `requirements[${index}].thresholds.${key}` };
}

export function numberThreshold(set: RuleSet, id: string, key: string): number {
  const { value, path } = read(set, id, key);
  if (typeof value !== 'number') throw new RuleSetError(`${set.id}@${set.version}`, path, 'expected a number');
  return value;
}

/** A number, or null where the rule set says the figure does not exist (e.g. no cap found). */
export function nullableNumberThreshold(set: RuleSet, id: string, key: string): number | null {
  const { value, path } = read(set, id, key);
  if (value !== null && typeof value !== 'number') throw new RuleSetError(`${set.id}@${set.version}`, path, 'expected a number or null');
  return value;
}

export function stringListThreshold(set: RuleSet, id: string, key: string): string[] {
  const { value, path } = read(set, id, key);
  if (!Array.isArray(value)) throw new RuleSetError(`${set.id}@${set.version}`, path, 'expected a list of strings');
  return value;
}

export function booleanThreshold(set: RuleSet, id: string, key: string): boolean {
  const { value, path } = read(set, id, key);
  if (typeof value !== 'boolean') throw new RuleSetError(`${set.id}@${set.version}`, path, 'expected true or false');
  return value;
}

export function stringThreshold(set: RuleSet, id: string, key: string): string {
  const { value, path } = read(set, id, key);
  if (typeof value !== 'string') throw new RuleSetError(`${set.id}@${set.version}`, path, 'expected a string');
  return value;
}

export function numberSetting(set: RuleSet, key: string): number {
  const value = set.settings?.[key];
  if (typeof value !== 'number') throw new RuleSetError(`${set.id}@${set.version}`, `settings.${key}`, 'expected a number');
  return value;
}
