import type { DiscoveryCandidate, DiscoveryResult } from '@klaster/contract';
import { getDiscoveryRun } from '@klaster/db';
import { resolveParams, startDiscoveryRun } from '@klaster/server/discovery/discovery.service.ts';
import type { CliCommand } from '../context.ts';
import { configFrom, DATABASE_FLAGS, openFromConfig, parseArgs } from '../database-options.ts';

const USAGE =
  'Использование: klaster discover [--region КОД…] [--resolution R] [--seed S] [--json] [--db КАТАЛОГ | --database-url URL]\n' +
  'Usage: klaster discover [--region CODE…] [--resolution R] [--seed S] [--json] [--db DIR | --database-url URL]\n';

const TERRITORY_RU = { local: 'локальный', 'inter-municipal': 'межмуниципальный', 'inter-regional': 'межрегиональный' } as const;

export interface DiscoverDatabaseArgs {
  regions: string[];
  resolution?: number;
  seed?: number;
  json: boolean;
  db?: string;
  'database-url'?: string;
}

/** Parses the flags; a Russian message on the first problem. Regions may repeat or be comma-separated. */
export function parseDiscoverDatabaseArgs(args: string[]): DiscoverDatabaseArgs | string {
  let values;
  try {
    ({ values } = parseArgs({
      args, options: { ...DATABASE_FLAGS, region: { type: 'string', multiple: true }, resolution: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } },
    }));
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
  return { regions, resolution, seed, json: values.json ?? false, db: values.db, 'database-url': values['database-url'] };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

function gapLine(gap: DiscoveryCandidate['check']['gaps'][number]): string {
  return `      ${gap.status === 'fail' ? '✗' : '?'} ${gap.message}`;
}

/** A readable table: one line per candidate, its rules gaps beneath it. */
export function formatCandidates(runId: number, result: DiscoveryResult): string {
  const p = result.params;
  const lines = [
    `Расчёт №${runId}: регионы ${p.regions.length ? p.regions.join(', ') : 'все'}; γ=${p.resolution}, зерно ${p.seed}, k=${p.k}, R=${p.radiusKm} км, α=${p.alpha}`,
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
    const params = resolveParams({ regions: parsed.regions, resolution: parsed.resolution, seed: parsed.seed });
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
