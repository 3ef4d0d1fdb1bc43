import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRequiredThresholds } from '@klaster/core/rules/required-thresholds.ts';
import { ruleSetSchema, type RuleSet } from '@klaster/core/rules/ruleset-schema.ts';
import { selectRuleSet } from '@klaster/core/rules/ruleset-select.ts';
import { measureCatalogueSchema, type SupportMeasure } from '@klaster/core/support/measure-schema.ts';

/** Rule sets (data/rules) and support measures (data/measures) shipped with Klaster, as data files. */
export const RULES_DIR = fileURLToPath(new URL('../rules/', import.meta.url));
export const MEASURES_DIR = fileURLToPath(new URL('../measures/', import.meta.url));

/** A data file that cannot be used: names the file and the JSON path inside it. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: { path: string; message: string }[],
  ) {
    super(`${file}:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'DataFileError';
  }
}

function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(root)';
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DataFileError(file, [{ path: '(root)', message: (error as Error).message }]);
  }
}

/** Parses and validates one rule-set file: schema, the thresholds the code reads, and that the name matches `id@version.json`. */
export function loadRuleSetFile(file: string): RuleSet {
  const parsed = ruleSetSchema.safeParse(readJson(file));
  if (!parsed.success) throw new DataFileError(file, parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })));
  const missing = checkRequiredThresholds(parsed.data);
  if (missing.length > 0) throw new DataFileError(file, missing.map((e) => ({ path: e.path, message: e.message })));
  const expected = `${parsed.data.id}@${parsed.data.version}.json`;
  if (!file.endsWith(expected)) throw new DataFileError(file, [{ path: '(file name)', message: `expected the file to be named ${expected}` }]);
  return parsed.data;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => join(dir, name));
}

/** Every rule set in the directory (all versions). */
export function loadRuleSets(dir: string = RULES_DIR): RuleSet[] {
  return jsonFiles(dir).map(loadRuleSetFile);
}

/** The version of `id` in force on `asOf`; throws when none is. */
export function loadRuleSet(id: string, asOf: string, dir: string = RULES_DIR): RuleSet {
  const sets = loadRuleSets(dir);
  const set = selectRuleSet(sets, id, asOf);
  if (set) return set;
  const known = sets.filter((s) => s.id === id).map((s) => `${s.id}@${s.version} (с ${s.effectiveFrom})`);
  throw new Error(known.length === 0 ? `Нет набора правил ${id} в ${dir}` : `Набор правил ${id} на ${asOf} ещё не действовал; есть: ${known.join(', ')}`);
}

/** All support measures of every catalogue file in the directory. */
export function loadMeasureCatalogue(dir: string = MEASURES_DIR): SupportMeasure[] {
  return jsonFiles(dir).flatMap((file) => {
    const parsed = measureCatalogueSchema.safeParse(readJson(file));
    if (!parsed.success) throw new DataFileError(file, parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })));
    return parsed.data.measures;
  });
}
