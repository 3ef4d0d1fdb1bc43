import { DiscoveryRunRequest, type DiscoveryCandidate, type DiscoveryResult } from '@klaster/contract';
import { getDiscoveryRun } from '@klaster/db';
import { resolveParams, startDiscoveryRun } from '@klaster/server/discovery/discovery.service.ts';
import type { CliCommand } from '../context.ts';
import { configFrom, DATABASE_FLAGS, openFromConfig, parseArgs } from '../database-options.ts';

const USAGE =
  'Использование: klaster discover [--region КОД…] [--resolution R] [--seed S] [--objective modularity|cpm] [--k K] [--radius КМ] [--alpha A]\n' +
  '                [--as-of ГГГГ-ММ-ДД] [--rules-as-of ГГГГ-ММ-ДД] [--json] [--db КАТАЛОГ | --database-url URL]\n' +
  'Usage: klaster discover [--region CODE…] [--resolution R] [--seed S] [--objective modularity|cpm] [--k K] [--radius KM] [--alpha A]\n' +
  '                [--as-of YYYY-MM-DD] [--rules-as-of YYYY-MM-DD] [--json] [--db DIR | --database-url URL]\n' +
  '  --k, --radius, --alpha: missing links to the k nearest related organisations within R km, weighted by α (0…1)\n' +
  '  --as-of: the data as they stood at the end of that day (from the history); the rules are checked as of it too\n';

const TERRITORY_RU = { local: 'локальный', 'inter-municipal': 'межмуниципальный', 'inter-regional': 'межрегиональный' } as const;

export interface DiscoverDatabaseArgs {
  regions: string[];
  resolution?: number;
  seed?: number;
  quality?: 'modularity' | 'cpm';
  k?: number;
  radiusKm?: number;
  alpha?: number;
  /** Data snapshot date. */
  dataAsOf?: string;
  /** Date the rules are checked as of (default: dataAsOf, else today). */
  asOf?: string;
  json: boolean;
  db?: string;
  'database-url'?: string;
}

const OPTIONS = {
  ...DATABASE_FLAGS, region: { type: 'string', multiple: true }, resolution: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' },
  objective: { type: 'string' }, k: { type: 'string' }, radius: { type: 'string' }, alpha: { type: 'string' }, 'as-of': { type: 'string' },
  'rules-as-of': { type: 'string' },
} as const;

/** A number flag within [min, max] (exclusive of min when `above` is set), or a Russian message naming flag, value and range. */
function numberFlag(name: string, raw: string | undefined, range: { min: number; max: number; above?: boolean; integer?: boolean }): number | undefined | string {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  const kind = range.integer ? 'целое число' : 'число';
  const bounds = `${range.above ? 'больше' : 'от'} ${range.min}${range.above ? ' и не больше' : ' до'} ${range.max}`;
  if (raw.trim() === '' || !Number.isFinite(value) || (range.integer && !Number.isInteger(value)) || (range.above ? value <= range.min : value < range.min) || value > range.max) {
    return `--${name}: нужно ${kind} ${bounds}, получено «${raw}»`;
  }
  return value;
}

/** A calendar date YYYY-MM-DD, not after today (a snapshot of the future is the data now). */
function dateFlag(name: string, raw: string | undefined, today: string): string | undefined | { error: string } {
  if (raw === undefined) return undefined;
  const time = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? Date.parse(raw + 'T00:00:00Z') : NaN;
  const exists = !Number.isNaN(time) && new Date(time).toISOString().startsWith(raw);
  if (!exists) return { error: `--${name}: нужна дата ГГГГ-ММ-ДД, получено «${raw}»` };
  if (name === 'as-of' && raw > today) return { error: `--as-of: дата ${raw} ещё не наступила (сегодня ${today})` };
  return raw;
}

/** Parses the flags; a Russian message on the first problem. Regions may repeat or be comma-separated. */
export function parseDiscoverDatabaseArgs(args: string[], today = new Date().toISOString().slice(0, 10)): DiscoverDatabaseArgs | string {
  let values;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS }));
  } catch (error) {
    return `неверные параметры (${(error as Error).message})`;
  }
  const regions = (values.region ?? []).flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean);
  const badRegion = regions.find((r) => !/^\d{2}$/.test(r));
  if (badRegion) return `--region: код региона — две цифры, получено «${badRegion}»`;
  const resolution = values.resolution === undefined ? undefined : Number(values.resolution);
  if (resolution !== undefined && !(Number.isFinite(resolution) && resolution > 0)) return '--resolution должно быть положительным числом';
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0)) return '--seed должно быть неотрицательным целым числом';
  const objective = values.objective;
  if (objective !== undefined && objective !== 'modularity' && objective !== 'cpm') return `--objective: modularity или cpm, получено «${objective}»`;
  // The same limits as the API's DiscoveryRunRequest, so the CLI refuses what the API would.
  const k = numberFlag('k', values.k, { min: 0, max: 100, integer: true });
  const radiusKm = numberFlag('radius', values.radius, { min: 0, max: 2000, above: true });
  const alpha = numberFlag('alpha', values.alpha, { min: 0, max: 1 });
  for (const v of [k, radiusKm, alpha]) if (typeof v === 'string') return v;
  const dataAsOf = dateFlag('as-of', values['as-of'], today);
  const asOf = dateFlag('rules-as-of', values['rules-as-of'], today);
  for (const v of [dataAsOf, asOf]) if (typeof v === 'object') return v.error;
  return {
    regions, resolution, seed, quality: objective, k: k as number | undefined, radiusKm: radiusKm as number | undefined, alpha: alpha as number | undefined,
    dataAsOf: dataAsOf as string | undefined, asOf: asOf as string | undefined,
    json: values.json ?? false, db: values.db, 'database-url': values['database-url'],
  };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

function gapLine(gap: DiscoveryCandidate['check']['gaps'][number]): string {
  return `      ${gap.status === 'fail' ? '✗' : '?'} ${gap.message}`;
}

/** A readable table: one line per candidate, its rules gaps beneath it. */
export function formatCandidates(runId: number, result: DiscoveryResult): string {
  const p = result.params;
  const lines = [
    `Расчёт №${runId}: регионы ${p.regions.length ? p.regions.join(', ') : 'все'}; γ=${p.resolution}${p.quality === 'cpm' ? ' (CPM)' : ''}, зерно ${p.seed}, k=${p.k}, R=${p.radiusKm} км, α=${p.alpha}` +
      (p.dataAsOf ? `; данные на ${p.dataAsOf}, требования на ${p.asOf}` : ''),
    `Данные: организаций ${result.snapshot.organisations}, связей ${result.snapshot.links}; сообществ ${result.graph.communities}, кандидатов ${result.candidates.length}`,
    '',
    ' №  Участн. Пром.  Территория         Балл   Кооп.  Отрасли (ОКВЭД2, LQ)',
  ];
  for (const c of result.candidates) {
    const industries = c.dominantIndustries.map((d) => `${d.industry} (${d.lq.toFixed(1)})`).join(', ');
    lines.push(
      `${String(c.rank).padStart(2)}  ${String(c.members.length).padStart(7)} ${String(c.industrialCount).padStart(5)}  ${TERRITORY_RU[c.territory].padEnd(17)} ${c.score.toFixed(1).padStart(5)}  ${pct(c.internalCooperationShare).padStart(5)}  ${industries}`,
    );
    if (c.overlap) lines.push(`      ≈ ${c.overlap.name} (${c.overlap.code}), сходство ${c.overlap.jaccard.toFixed(2)}`);
    if (c.overlapCheck && !c.overlapCheck.compliant) {
      lines.push(`      реестровый кластер: замечаний ${c.overlapCheck.gaps.length}; промышленных предприятий, которые можно включить: ${c.overlapCheck.industrialToAdd.length}`);
    }
    lines.push(...(c.check.gaps.length ? c.check.gaps.map(gapLine) : ['      ✓ требования ПП 779 выполнены']));
  }
  return lines.join('\n') + '\n';
}

/** `klaster discover` over the database: the same stored run as POST /api/discovery/runs. */
export const discoverDatabase: CliCommand = async (args, ctx) => {
  const parsed = parseDiscoverDatabaseArgs(args);
  if (typeof parsed === 'string') {
    ctx.stderr(`Ошибка: ${parsed}\n${USAGE}`);
    return 2;
  }
  const db = await openFromConfig(configFrom(parsed, ctx));
  try {
    const { regions, resolution, seed, quality, k, radiusKm, alpha, asOf, dataAsOf } = parsed;
    const request = { regions, resolution, seed, quality, k, radiusKm, alpha, asOf, dataAsOf };
    // The API's own schema has the last word, so a limit can never differ between the two.
    const checked = DiscoveryRunRequest.safeParse(request);
    if (!checked.success) {
      ctx.stderr(`Ошибка: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n${USAGE}`);
      return 2;
    }
    const params = resolveParams(checked.data);
    const { id, finished } = await startDiscoveryRun(db, params, 'cli');
    await finished;
    const run = await getDiscoveryRun(db, id);
    if (!run || run.status !== 'done' || !run.result) {
      ctx.stderr(`Расчёт №${id} не выполнен: ${run?.error ?? 'нет результата'}\n`);
      return 1;
    }
    const result = run.result as unknown as DiscoveryResult;
    ctx.stdout(parsed.json ? JSON.stringify({ id, ...result }, null, 2) + '\n' : formatCandidates(id, result));
    return 0;
  } finally {
    await db.close();
  }
};
