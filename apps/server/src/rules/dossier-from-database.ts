import type { CandidateAddition, Dossier, DossierContract, DossierParticipant, DossierPurchase, SpecializedOrganization } from '@klaster/core';
import { purchasesOfOrganisations, type Sql } from '@klaster/db';
import { notFound } from '../services/app-error.ts';

/** A participant as the dossier needs it, with the registry id to fetch its links and purchases. */
interface ParticipantRow {
  id: number;
  participant: DossierParticipant;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

async function loadClusterRow(db: Sql, clusterId: number) {
  const [c] = await db.query(
    `SELECT c.name, c.regions, c.registry_decision_date, c.programme_from, c.programme_to,
            so.inn AS so_inn, so.ogrn AS so_ogrn, so.name AS so_name, so.deleted_at IS NOT NULL AS so_deleted
     FROM clusters c LEFT JOIN organisations so ON so.id = c.specialized_org_id
     WHERE c.id = $1 AND c.deleted_at IS NULL`,
    [clusterId],
  );
  if (!c) throw notFound('Кластер', 'Cluster', clusterId);
  return c;
}

/**
 * The registry keeps operating organisations; one removed from it (soft-deleted) is treated as being
 * liquidated. Without an OGRN the organisation cannot be named as the law asks, so it is left unknown.
 */
function specializedOrganization(c: Record<string, unknown>): SpecializedOrganization | null | undefined {
  if (c.so_inn == null) return null;
  if (c.so_ogrn == null) return undefined;
  return { inn: c.so_inn as string, ogrn: c.so_ogrn as string, name: c.so_name as string, inLiquidation: Boolean(c.so_deleted) };
}

function developmentProgramme(c: Record<string, unknown>): { from: string; to: string } | null {
  const from = c.programme_from as string | null;
  const to = c.programme_to as string | null;
  return from && to && from <= to ? { from, to } : null;
}

/** Participants on `asOf`: joined by then (or date unknown) and not left. */
async function loadParticipants(db: Sql, clusterId: number, asOf: string): Promise<ParticipantRow[]> {
  const rows = await db.query(
    `SELECT o.id, o.inn, o.name, o.okved_main, o.region_code, cp.joined_on, cp.special_territory
     FROM cluster_participants cp JOIN organisations o ON o.id = cp.organisation_id
     WHERE cp.cluster_id = $1 AND o.deleted_at IS NULL
       AND (cp.joined_on IS NULL OR cp.joined_on <= $2::date) AND (cp.left_on IS NULL OR cp.left_on > $2::date)
     ORDER BY o.inn`,
    [clusterId, asOf],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    participant: {
      inn: r.inn as string, name: r.name as string, okved: r.okved_main as string, region: r.region_code as string,
      specialTerritory: Boolean(r.special_territory), joinedOn: (r.joined_on as string) ?? null,
    },
  }));
}

/**
 * Supplies between the given organisations (by id) up to `lastYear`, one contract per supplier, buyer and
 * year (links of several products in a year add up). Links are supplies, so each becomes kind 'supply'.
 */
export async function suppliesBetween(db: Sql, ids: readonly number[], lastYear: number, touching?: readonly number[]): Promise<DossierContract[]> {
  const rows = await db.query(
    `SELECT s.inn AS supplier, b.inn AS buyer, l.year, sum(l.volume) AS amount
     FROM links l JOIN organisations s ON s.id = l.supplier_id JOIN organisations b ON b.id = l.buyer_id
     WHERE l.deleted_at IS NULL AND l.supplier_id <> l.buyer_id AND l.year <= $2
       AND l.supplier_id = ANY($1::bigint[]) AND l.buyer_id = ANY($1::bigint[])
       AND ($3::bigint[] IS NULL OR l.supplier_id = ANY($3::bigint[]) OR l.buyer_id = ANY($3::bigint[]))
     GROUP BY s.inn, b.inn, l.year ORDER BY s.inn, b.inn, l.year`,
    [ids, lastYear, touching ?? null],
  );
  return rows.map((r) => ({ supplier: r.supplier as string, buyer: r.buyer as string, kind: 'supply' as const, year: Number(r.year), amount: Number(r.amount) }));
}

async function purchasesOf(db: Sql, ids: readonly number[], lastYear: number): Promise<DossierPurchase[]> {
  const rows = await purchasesOfOrganisations(db, ids);
  return rows.filter((p) => p.year <= lastYear).map((p) => ({ buyer: p.inn, year: p.year, intermediateTotal: p.intermediateTotal, imported: p.imported }));
}

/** The dossier of a cluster in the database on `asOf`: what `klaster check` reads, built from the registry. */
export async function buildDossierFromDatabase(db: Sql, clusterId: number, asOf: string): Promise<Dossier> {
  const c = await loadClusterRow(db, clusterId);
  const participants = await loadParticipants(db, clusterId, asOf);
  const ids = participants.map((p) => p.id);
  return {
    asOf,
    cluster: {
      name: c.name as string,
      regions: c.regions as string[],
      specializedOrganization: specializedOrganization(c),
      developmentProgramme: developmentProgramme(c),
      registryDecisionDate: (c.registry_decision_date as string) ?? null,
    },
    participants: participants.map((p) => p.participant),
    contracts: await suppliesBetween(db, ids, yearOf(asOf)),
    purchases: await purchasesOf(db, ids, yearOf(asOf)),
  };
}

export interface RegistryOrganisation {
  id: number;
  inn: string;
  name: string;
  okved: string;
  region: string;
}

/** Live organisations by INN, in the order asked; the INNs not found are returned separately. */
export async function organisationsByInn(db: Sql, inns: readonly string[]): Promise<{ found: RegistryOrganisation[]; unknown: string[] }> {
  const rows = await db.query(
    `SELECT id, inn, name, okved_main, region_code FROM organisations WHERE inn = ANY($1::text[]) AND deleted_at IS NULL`,
    [inns],
  );
  const byInn = new Map(rows.map((r) => [r.inn as string, { id: Number(r.id), inn: r.inn as string, name: r.name as string, okved: r.okved_main as string, region: r.region_code as string }]));
  return { found: inns.flatMap((inn) => byInn.get(inn) ?? []), unknown: inns.filter((inn) => !byInn.has(inn)) };
}

/**
 * Candidates as the what-if check needs them: each joins on `asOf` and brings its supplies with the
 * participants and with the other candidates, and its own purchases. A supply between two candidates is
 * given to the first of them only, so adding both does not count it twice.
 */
export async function candidatesFromDatabase(db: Sql, clusterId: number, candidates: readonly RegistryOrganisation[], asOf: string): Promise<CandidateAddition[]> {
  const participants = await loadParticipants(db, clusterId, asOf);
  const candidateIds = candidates.map((c) => c.id);
  const everyone = [...participants.map((p) => p.id), ...candidateIds];
  const contracts = await suppliesBetween(db, everyone, yearOf(asOf), candidateIds);
  const purchases = await purchasesOf(db, candidateIds, yearOf(asOf));
  const claimed = new Set<DossierContract>();
  return candidates.map((c) => {
    const own = contracts.filter((k) => !claimed.has(k) && (k.supplier === c.inn || k.buyer === c.inn));
    own.forEach((k) => claimed.add(k));
    return {
      participant: { inn: c.inn, name: c.name, okved: c.okved, region: c.region, specialTerritory: false, joinedOn: asOf },
      contracts: own,
      purchases: purchases.filter((p) => p.buyer === c.inn),
    };
  });
}

/** Registry ids of the participants on `asOf`, for the services that look further (suggestions, measures). */
export async function participantIds(db: Sql, clusterId: number, asOf: string): Promise<number[]> {
  return (await loadParticipants(db, clusterId, asOf)).map((p) => p.id);
}
