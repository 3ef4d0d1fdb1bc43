import type { ClusterParticipantInput, ParticipantRole } from '@klaster/core';
import type { DemoBuilder } from './builder.ts';
import type { LinkWeaver } from './links.ts';

/** An ISO date between 1 January of `fromYear` and 28 December of `toYear`. */
export function isoDate(builder: DemoBuilder, fromYear: number, toYear: number): string {
  const { rng } = builder;
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  return `${rng.int(fromYear, toYear)}-${month}-${day}`;
}

export function participant(builder: DemoBuilder, inn: string, role: ParticipantRole, joinedFrom: number, joinedTo: number): ClusterParticipantInput {
  return { inn, role, joinedOn: isoDate(builder, joinedFrom, joinedTo), leftOn: null, specialTerritory: false };
}

/** The role of an enterprise in a cluster: large ones are anchors. */
export function enterpriseRole(builder: DemoBuilder, inn: string): ParticipantRole {
  const years = builder.get(inn).years ?? [];
  const latest = years[years.length - 1];
  return latest && (latest.headcount ?? 0) > 250 ? 'anchor' : 'participant';
}

/** The distinct OKTMO codes of the participants, sorted: the cluster's territory. */
export function municipalitiesOf(builder: DemoBuilder, inns: string[]): string[] {
  const codes = new Set<string>();
  for (const inn of inns) {
    const oktmo = builder.get(inn).oktmo;
    if (oktmo) codes.add(oktmo);
  }
  return [...codes].sort();
}

/**
 * Makes sure every participant trades with at least one other participant (Decree 779 requires a
 * contract per participant): a recorded cluster that passed the registry should not fail on it.
 */
export function ensureCooperation(builder: DemoBuilder, weaver: LinkWeaver, inns: string[]): void {
  const members = new Set(inns);
  const cooperating = new Set<string>();
  for (const link of builder.links) {
    if (members.has(link.supplierInn) && members.has(link.buyerInn)) {
      cooperating.add(link.supplierInn);
      cooperating.add(link.buyerInn);
    }
  }
  for (const inn of inns) {
    if (cooperating.has(inn)) continue;
    const partner = builder.rng.pick(inns.filter((other) => other !== inn && builder.get(other).kind === 'industrial'));
    const [supplier, buyer] = headcountOf(builder, inn) < headcountOf(builder, partner) ? [inn, partner] : [partner, inn];
    weaver.relationship(supplier, buyer);
    cooperating.add(inn);
    cooperating.add(partner);
  }
}

function headcountOf(builder: DemoBuilder, inn: string): number {
  const years = builder.get(inn).years ?? [];
  return years[years.length - 1]?.headcount ?? 0;
}
