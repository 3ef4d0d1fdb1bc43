import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { checkPp779, type Pp779CheckResult, type RequirementResult } from '@klaster/core/rules/index.ts';
import { loadRuleSet } from '@klaster/data/rules-loader.ts';
import type { CliCommand, CliContext } from '../context.ts';
import { readDossierPath } from './check-dossier.ts';

type Lang = 'ru' | 'en';
const USAGE = 'Usage: klaster check DOSSIER [--rules pp779] [--as-of YYYY-MM-DD] [--json] [--lang ru|en]\n';

/**
 * `klaster check DOSSIER`: one line per requirement (id, status, found, required, sentence).
 * Exit 0 when the cluster complies, 1 when it does not (an unknown is not compliance),
 * 2 when the dossier is unreadable or invalid, or the arguments are wrong.
 */
export const check: CliCommand = async (args, ctx) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { rules: { type: 'string', default: 'pp779' }, 'as-of': { type: 'string' }, json: { type: 'boolean', default: false }, lang: { type: 'string', default: 'ru' } },
  });
  const lang = values.lang;
  if (positionals.length !== 1 || (lang !== 'ru' && lang !== 'en')) return usageError(ctx);
  if (values.rules !== 'pp779') {
    ctx.stderr(`Проверка досье поддерживает только набор правил pp779, а не ${values.rules}\n`);
    return 2;
  }
  const asOfArg = values['as-of'];
  if (asOfArg !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOfArg)) {
    ctx.stderr(`--as-of: ожидается дата ГГГГ-ММ-ДД, а не "${asOfArg}"\n`);
    return 2;
  }
  const path = resolve(ctx.cwd, positionals[0]!);
  const read = await readDossierPath(path);
  if (!read.ok) {
    ctx.stderr(`${lang === 'ru' ? 'Досье не прочитано' : 'Invalid dossier'}: ${path}\n${read.details.map((d) => `  ${d.path}: ${lang === 'ru' ? d.message : d.messageEn}\n`).join('')}`);
    return 2;
  }
  const asOf = asOfArg ?? read.dossier.asOf ?? new Date().toISOString().slice(0, 10);
  let result: Pp779CheckResult;
  try {
    result = checkPp779(read.dossier, loadRuleSet(values.rules, asOf), asOf);
  } catch (error) {
    ctx.stderr(`${(error as Error).message}\n`);
    return 2;
  }
  ctx.stdout(values.json ? `${JSON.stringify(toJson(result, lang), null, 2)}\n` : formatText(result, lang));
  return result.compliant ? 0 : 1;
};

function usageError(ctx: CliContext): number {
  ctx.stderr(USAGE);
  return 2;
}

/** The `--json` shape of RULES.md, in the chosen language. */
export function toJson(result: Pp779CheckResult, lang: Lang) {
  return {
    ruleset: result.ruleset,
    asOf: result.asOf,
    compliant: result.compliant,
    requirements: result.requirements.map((r) => ({ id: r.id, status: r.status, found: r.found, required: r.required, message: lang === 'ru' ? r.message : r.messageEn, confidence: r.confidence })),
  };
}

export function formatFigure(value: number | null, r: RequirementResult, lang: Lang): string {
  if (value === null) return '—';
  if (r.unit === 'share') return `${(Math.round(value * 1000) / 10).toString().replace('.', lang === 'ru' ? ',' : '.')}%`;
  if (r.unit === 'flag') return value >= 1 ? (lang === 'ru' ? 'да' : 'yes') : lang === 'ru' ? 'нет' : 'no';
  return lang === 'ru' ? String(value).replace('.', ',') : String(value);
}

export function formatText(result: Pp779CheckResult, lang: Lang): string {
  const rows = result.requirements.map((r) => [r.id, r.status, formatFigure(r.found, r, lang), r.unit === 'flag' ? formatFigure(r.required, r, lang) : `${r.comparator === '>=' ? '≥' : '≤'} ${formatFigure(r.required, r, lang)}`, (lang === 'ru' ? r.message : r.messageEn) + (r.confidence === 'assumed' ? (lang === 'ru' ? ' [порог предположительный]' : ' [assumed threshold]') : '')]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
  const verdict = lang === 'ru' ? (result.compliant ? 'соответствует' : 'не соответствует') : result.compliant ? 'compliant' : 'not compliant';
  const head = lang === 'ru' ? `Проверка по ${result.ruleset} на ${result.asOf}: ${verdict}` : `Check against ${result.ruleset} as of ${result.asOf}: ${verdict}`;
  const lines = rows.map((row) => row.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]!) : cell)).join('  '));
  const warnings = result.warnings.map((w) => `${lang === 'ru' ? 'Внимание' : 'Warning'}: ${lang === 'ru' ? w.message : w.messageEn}`);
  return [head, ...lines, ...warnings].join('\n') + '\n';
}
