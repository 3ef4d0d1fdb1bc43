// Benchmark of the pp779 check: a cluster of 500 participants and 5 000 contracts, median over 50 runs.
// Run: node --import tsx bench/rules-check.bench.ts   (goal: median < 20 ms)
import { performance } from 'node:perf_hooks';
import { checkPp779 } from '@klaster/core/rules/index.ts';
import { completeInn10, completeOgrn } from '@klaster/core/identifiers/checksums.ts';
import type { Dossier } from '@klaster/core/dossier/index.ts';
import { loadRuleSet } from '@klaster/data/rules-loader.ts';

const PARTICIPANTS = 500;
const CONTRACTS = 5_000;
const RUNS = 50;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same cluster. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticDossier(): Dossier {
  const next = random(779);
  const participants = Array.from({ length: PARTICIPANTS }, (_, i) => ({
    inn: completeInn10(`54${String(i).padStart(7, '0')}`),
    name: `Участник ${i}`,
    okved: i % 5 === 0 ? '72.19' : `${10 + (i % 24)}.11`,
    region: i % 3 === 0 ? '22' : '54',
    specialTerritory: i % 4 === 0,
    joinedOn: '2019-01-01',
  }));
  const contracts = Array.from({ length: CONTRACTS }, (_, i) => ({
    supplier: participants[i % PARTICIPANTS]!.inn,
    buyer: participants[Math.floor(next() * PARTICIPANTS)]!.inn,
    kind: (['supply', 'supply', 'supply', 'works', 'joint-project'] as const)[i % 5]!,
    year: 2023 + (i % 2),
    amount: Math.round(next() * 50_000_000),
  }));
  const purchases = participants.flatMap((p) => [2023, 2024].map((year) => ({ buyer: p.inn, year, intermediateTotal: 400_000_000, imported: Math.round(next() * 200_000_000) })));
  return {
    asOf: '2025-06-01',
    cluster: { name: 'Синтетический кластер', regions: ['22', '54'], specializedOrganization: { inn: completeInn10('540000999'), ogrn: completeOgrn('102540000001'), name: 'СО', inLiquidation: false }, developmentProgramme: { from: '2024-01-01', to: '2030-12-31' }, registryDecisionDate: '2021-03-01' },
    participants,
    contracts,
    purchases,
  };
}

const dossier = syntheticDossier();
const ruleSet = loadRuleSet('pp779', dossier.asOf!);
for (let i = 0; i < 5; i++) checkPp779(dossier, ruleSet); // warm-up: JIT and caches
const times: number[] = [];
let last = checkPp779(dossier, ruleSet);
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  last = checkPp779(dossier, ruleSet);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2;
console.log(`rules-check: ${PARTICIPANTS} participants, ${CONTRACTS} contracts, ${RUNS} runs`);
console.log(`median ${median.toFixed(2)} ms, min ${times[0]!.toFixed(2)} ms, max ${times[RUNS - 1]!.toFixed(2)} ms (goal < 20 ms)`);
console.log(`result: ${last.requirements.map((r) => `${r.id}=${r.status}`).join(', ')}`);

// criticalParticipants re-runs the check once per participant: reported for scale, no goal set.
const { criticalParticipants } = await import('@klaster/core/rules/index.ts');
const compliant = { ...dossier, contracts: dossier.contracts.map((c) => ({ ...c, kind: 'supply' as const })) };
const criticalStart = performance.now();
const critical = criticalParticipants(compliant, ruleSet);
console.log(`criticalParticipants over ${PARTICIPANTS} removals: ${(performance.now() - criticalStart).toFixed(0)} ms, ${critical.length} critical`);
