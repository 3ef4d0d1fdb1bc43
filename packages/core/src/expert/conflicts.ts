/**
 * Conflict of interest: an expert declares the organisations they are tied to (employer, shareholding,
 * family, consulting). They may not review an application of a cluster any of those organisations takes
 * part in — as a participant or as its specialised organisation — because the cluster's success is theirs.
 */
export interface ConflictDeclaration {
  organisationId: number;
  reason: string;
}

export interface ApplicantOrganisation {
  id: number;
  name: string;
  /** 'participant' or 'specialised_org': how the organisation stands in the application's cluster. */
  role: string;
}

export interface Conflict {
  organisationId: number;
  organisationName: string;
  role: string;
  reason: string;
}

/** Every declared organisation found among the application's organisations, in the order of the latter. */
export function findConflicts(declarations: readonly ConflictDeclaration[], organisations: readonly ApplicantOrganisation[]): Conflict[] {
  const declared = new Map(declarations.map((d) => [d.organisationId, d.reason]));
  const seen = new Set<number>();
  const conflicts: Conflict[] = [];
  for (const o of organisations) {
    const reason = declared.get(o.id);
    if (reason === undefined || seen.has(o.id)) continue;
    seen.add(o.id);
    conflicts.push({ organisationId: o.id, organisationName: o.name, role: o.role, reason });
  }
  return conflicts;
}

/** The sentence a refusal shows: the organisations by name, with the reason the expert gave. */
export function describeConflicts(conflicts: readonly Conflict[]): { ru: string; en: string } {
  const ru = conflicts.map((c) => `${c.organisationName} (${c.reason})`).join(', ');
  const en = conflicts.map((c) => `${c.organisationName} (${c.reason})`).join(', ');
  return {
    ru: `Эксперт заявил конфликт интересов с организацией кластера: ${ru}`,
    en: `The expert declared a conflict of interest with an organisation of the cluster: ${en}`,
  };
}
