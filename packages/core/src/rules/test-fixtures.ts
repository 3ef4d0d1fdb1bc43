import { readFileSync } from 'node:fs';
import { completeInn10, completeOgrn } from '../identifiers/checksums.ts';
import type { Dossier, DossierParticipant } from '../dossier/dossier-schema.ts';
import { ruleSetSchema, type RuleSet } from './ruleset-schema.ts';

/** Shared by the rules tests: the shipped pp779 rule set and a hand-made compliant cluster. */
export function shippedRuleSet(file: string): RuleSet {
  const url = new URL(`../../../../data/rules/${file}`, import.meta.url);
  return ruleSetSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

/** A valid 10-digit INN numbered n (n < 1000). */
export function innOf(n: number): string {
  return completeInn10(`2204${String(n).padStart(5, '0')}`);
}

export const SPECIALIZED_ORG = { inn: innOf(999), ogrn: completeOgrn('102220000001'), name: 'АНО «Центр кластерного развития»', inLiquidation: false };

export function participant(n: number, extra: Partial<DossierParticipant> = {}): DossierParticipant {
  return { inn: innOf(n), name: `Предприятие ${n}`, okved: '25.11', region: '22', specialTerritory: false, joinedOn: '2020-01-01', ...extra };
}

/**
 * Ten industrial participants in region 22, a ring of supply contracts (i → i+1) of `supply` roubles
 * each in 2024, and purchases of 100 mln (20 mln imported) each: dependence = 10·supply / 1 bn.
 */
export function compliantDossier(supply = 25_000_000): Dossier {
  const participants = Array.from({ length: 10 }, (_, i) => participant(i));
  return {
    asOf: '2025-06-01',
    cluster: { name: 'Алтайский машиностроительный кластер', regions: ['22'], specializedOrganization: { ...SPECIALIZED_ORG }, developmentProgramme: { from: '2024-01-01', to: '2030-12-31' } },
    participants,
    contracts: participants.map((p, i) => ({ supplier: p.inn, buyer: participants[(i + 1) % 10]!.inn, kind: 'supply' as const, year: 2024, amount: supply })),
    purchases: participants.map((p) => ({ buyer: p.inn, year: 2024, intermediateTotal: 100_000_000, imported: 20_000_000 })),
  };
}
