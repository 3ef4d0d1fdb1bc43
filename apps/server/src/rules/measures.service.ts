import { isSme, matchMeasures, ORGANISATION_KINDS, type MeasureMatch, type MeasureSubject, type OrganisationKind, type SmeCategory, type SupportMeasure } from '@klaster/core';
import type { Sql } from '@klaster/db';
import { notFound } from '../services/app-error.ts';
import { checkCluster } from './check.service.ts';
import type { RuleSetRegistry } from './ruleset-registry.ts';

interface SubjectRow {
  id: number;
  inn: string;
  name: string;
  subject: Omit<MeasureSubject, 'clusterParticipant' | 'clusterCompliant'>;
}

const SME_CATEGORIES: readonly SmeCategory[] = ['micro', 'small', 'medium', 'large'];

function toSubjectRow(r: Record<string, unknown>): SubjectRow {
  const kind = ORGANISATION_KINDS.find((k) => k === r.kind) ?? 'other';
  const sme = SME_CATEGORIES.find((c) => c === r.sme_category) ?? null;
  return {
    id: Number(r.id), inn: r.inn as string, name: r.name as string,
    // The registry does not record special investment contracts, so that condition stays undetermined.
    subject: { inn: r.inn as string, kind: kind as OrganisationKind, smeCategory: sme, region: r.region_code as string, oktmo: (r.oktmo as string) ?? null, okved: r.okved_main as string, spicParty: null },
  };
}

const SUBJECT_COLUMNS = 'o.id, o.inn, o.name, o.kind, o.sme_category, o.region_code, o.oktmo, o.okved_main';

export interface ClusterMembership {
  id: number;
  name: string;
  compliant: boolean;
  ruleset: string;
}

/** The clusters an organisation takes part in on `asOf`, each with the outcome of its pp779 check. */
async function membershipsOf(db: Sql, registry: RuleSetRegistry, organisationId: number, asOf: string): Promise<ClusterMembership[]> {
  const rows = await db.query(
    `SELECT c.id, c.name FROM cluster_participants cp JOIN clusters c ON c.id = cp.cluster_id
     WHERE cp.organisation_id = $1 AND c.deleted_at IS NULL AND (cp.joined_on IS NULL OR cp.joined_on <= $2::date)
       AND (cp.left_on IS NULL OR cp.left_on > $2::date) ORDER BY c.id`,
    [organisationId, asOf],
  );
  const out: ClusterMembership[] = [];
  for (const r of rows) {
    const check = await checkCluster(db, registry, Number(r.id), asOf);
    out.push({ id: Number(r.id), name: r.name as string, compliant: check.compliant, ruleset: check.ruleset });
  }
  return out;
}

export interface OrganisationMeasures extends MeasureMatch {
  organisation: { id: number; inn: string; name: string; smeCategory: SmeCategory | null; sme: boolean | null };
  clusters: ClusterMembership[];
  asOf: string;
}

/** Which measures of the catalogue fit an organisation: membership counts if any of its clusters complies. */
export async function measuresForOrganisation(db: Sql, registry: RuleSetRegistry, catalogue: readonly SupportMeasure[], organisationId: number, asOf: string): Promise<OrganisationMeasures> {
  const [row] = await db.query(`SELECT ${SUBJECT_COLUMNS} FROM organisations o WHERE o.id = $1 AND o.deleted_at IS NULL`, [organisationId]);
  if (!row) throw notFound('Организация', 'Organisation', organisationId);
  const org = toSubjectRow(row);
  const clusters = await membershipsOf(db, registry, organisationId, asOf);
  const subject: MeasureSubject = { ...org.subject, clusterParticipant: clusters.length > 0, clusterCompliant: clusters.some((c) => c.compliant) };
  const sme = org.subject.smeCategory === null ? null : isSme(org.subject.smeCategory);
  return { organisation: { id: org.id, inn: org.inn, name: org.name, smeCategory: org.subject.smeCategory, sme }, clusters, asOf, ...matchMeasures(subject, catalogue, asOf) };
}

export interface ParticipantOutcome {
  inn: string;
  name: string;
  conditions: { condition: string; met: boolean | null; ru: string; en: string }[];
}

export interface ClusterMeasure {
  measure: SupportMeasure;
  fits: ParticipantOutcome[];
  nonFits: ParticipantOutcome[];
  undetermined: ParticipantOutcome[];
}

export interface ClusterMeasures {
  cluster: { id: number; name: string; compliant: boolean; ruleset: string };
  asOf: string;
  measures: ClusterMeasure[];
}

/** For each measure of the catalogue, which participants of the cluster it fits (with reasons) and which not (with the missing conditions). */
export async function measuresForCluster(db: Sql, registry: RuleSetRegistry, catalogue: readonly SupportMeasure[], clusterId: number, asOf: string): Promise<ClusterMeasures> {
  const check = await checkCluster(db, registry, clusterId, asOf);
  const [c] = await db.query('SELECT name FROM clusters WHERE id = $1', [clusterId]);
  const rows = await db.query(
    `SELECT ${SUBJECT_COLUMNS} FROM cluster_participants cp JOIN organisations o ON o.id = cp.organisation_id
     WHERE cp.cluster_id = $1 AND o.deleted_at IS NULL AND (cp.joined_on IS NULL OR cp.joined_on <= $2::date)
       AND (cp.left_on IS NULL OR cp.left_on > $2::date) ORDER BY o.inn`,
    [clusterId, asOf],
  );
  const measures: ClusterMeasure[] = catalogue.map((measure) => ({ measure, fits: [], nonFits: [], undetermined: [] }));
  for (const org of rows.map(toSubjectRow)) {
    const match = matchMeasures({ ...org.subject, clusterParticipant: true, clusterCompliant: check.compliant }, catalogue, asOf);
    const who = { inn: org.inn, name: org.name };
    const slot = (m: SupportMeasure) => measures.find((x) => x.measure.id === m.id)!;
    for (const f of match.fits) slot(f.measure).fits.push({ ...who, conditions: f.reasons });
    for (const n of match.nonFits) slot(n.measure).nonFits.push({ ...who, conditions: n.missing });
    for (const u of match.undetermined) slot(u.measure).undetermined.push({ ...who, conditions: u.unknown });
  }
  return { cluster: { id: clusterId, name: c!.name as string, compliant: check.compliant, ruleset: check.ruleset }, asOf, measures };
}
