import { existsSync } from 'node:fs';
import { listRuleSetVersions, ruleSetRef, selectRuleSet, type RuleSet } from '@klaster/core';
import { loadRuleSets, RULES_DIR } from '@klaster/data';
import { AppError } from '../services/app-error.ts';

/**
 * The rule sets this server knows: the shipped ones (data/rules) and an operator's own files from
 * KLASTER_RULES_DIR, so a newer version can be dropped in without a code change. An operator's file
 * with the same id@version as a shipped one replaces it. Loaded once, when the routes are built.
 */
export class RuleSetRegistry {
  private constructor(readonly sets: readonly RuleSet[]) {}

  static load(extraDir: string | undefined = process.env.KLASTER_RULES_DIR): RuleSetRegistry {
    const byRef = new Map(loadRuleSets(RULES_DIR).map((s) => [ruleSetRef(s), s]));
    if (extraDir) {
      if (!existsSync(extraDir)) throw new Error(`KLASTER_RULES_DIR: каталог не найден: ${extraDir}`);
      for (const set of loadRuleSets(extraDir)) byRef.set(ruleSetRef(set), set);
    }
    return new RuleSetRegistry([...byRef.values()]);
  }

  versions() {
    return listRuleSetVersions(this.sets);
  }

  /** The exact version, e.g. pp41 + 2023. */
  get(id: string, version: string): RuleSet {
    const set = this.sets.find((s) => s.id === id && s.version === version);
    if (!set) throw new AppError('not_found', `Набор правил не найден: ${id}@${version}`, `Rule set not found: ${id}@${version}`);
    return set;
  }

  /** `pp41@2023` → that version. */
  byRef(ref: string): RuleSet {
    const at = ref.indexOf('@');
    if (at < 0) throw new AppError('validation_failed', `Ожидается набор правил вида id@версия, а не «${ref}»`, `Expected a rule set as id@version, not "${ref}"`, [{ path: 'ruleset', value: ref, message: 'нет @' }]);
    return this.get(ref.slice(0, at), ref.slice(at + 1));
  }

  /** The version of `id` in force on `asOf`. */
  inForce(id: string, asOf: string): RuleSet {
    const set = selectRuleSet(this.sets, id, asOf);
    if (set) return set;
    const known = this.sets.filter((s) => s.id === id);
    if (known.length === 0) throw new AppError('not_found', `Нет набора правил ${id}`, `No rule set ${id}`);
    const list = known.map((s) => `${ruleSetRef(s)} (с ${s.effectiveFrom})`).join(', ');
    throw new AppError('validation_failed', `Набор правил ${id} на ${asOf} ещё не действовал; есть: ${list}`, `Rule set ${id} was not yet in force on ${asOf}; known: ${list}`, [{ path: 'query.asOf', value: asOf, message: 'раньше первой версии' }]);
  }
}
