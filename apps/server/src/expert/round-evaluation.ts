import type { AgendaItem, ExpertCriterion, ExpertRound } from '@klaster/contract';
import { applicationScore, countRemarks, findConflicts, sheetTotal, type CountedSheet } from '@klaster/core/expert/index.ts';
import {
  activeDeclarations, applicantOrganisations, getReviewedApplications, listCriteria, listDecisions, listSheets, remarkStatuses,
  type RoundRecord, type SheetScores, type Sql,
} from '@klaster/db';

/** The round as the API shows it (the repository's record carries the decision and commission too). */
export function roundOut(r: RoundRecord): ExpertRound {
  return { id: r.id, applicationId: r.applicationId, number: r.number, kind: r.kind, version: r.version, sessionId: r.sessionId, openedBy: r.openedBy, openedAt: r.openedAt };
}

/** Sheets as the scoring counts them: submitted ones count, drafts do not (core/expert/scoring.ts). */
export function counted(sheets: readonly SheetScores[]): CountedSheet[] {
  return sheets.map((s) => ({ ...s, submitted: s.submittedAt !== null }));
}

/** Criteria of commissions, read once per commission. */
export async function criteriaOf(db: Sql, commissionIds: readonly (number | null)[]): Promise<Map<number, ExpertCriterion[]>> {
  const out = new Map<number, ExpertCriterion[]>();
  for (const id of new Set(commissionIds)) if (id !== null) out.set(id, await listCriteria(db, id));
  return out;
}

/**
 * Everything the secretary's agenda shows of rounds: the application, each expert's progress, submission and
 * total (and whether they have since declared a conflict with the cluster), the weighted score of the
 * submitted sheets, the remarks of the application by status, and the decision. A draft's total stays with
 * its expert: it is neither shown nor counted until submitted.
 */
export async function evaluateRounds(db: Sql, rounds: readonly RoundRecord[]): Promise<AgendaItem[]> {
  const ids = rounds.map((r) => r.id);
  const [sheets, decisions, applications, statuses, criteria] = await Promise.all([
    listSheets(db, ids), listDecisions(db, ids), getReviewedApplications(db, rounds.map((r) => r.applicationId)),
    remarkStatuses(db, rounds.map((r) => r.applicationId)), criteriaOf(db, rounds.map((r) => r.commissionId)),
  ]);
  const expertIds = [...sheets.values()].flat().map((s) => s.expertId);
  const declarations = await activeDeclarations(db, expertIds);
  const items: AgendaItem[] = [];
  for (const r of rounds) {
    const roundCriteria = r.commissionId === null ? [] : criteria.get(r.commissionId)!;
    const roundSheets = sheets.get(r.id)!;
    const score = applicationScore(roundCriteria, counted(roundSheets));
    const organisations = roundSheets.some((s) => declarations.get(s.expertId)!.length > 0) ? await applicantOrganisations(db, r.applicationId) : [];
    items.push({
      round: roundOut(r),
      application: applications.get(r.applicationId)!,
      assignments: roundSheets.map((s) => ({
        id: s.assignmentId, expertId: s.expertId, expertName: s.expertName, scored: s.scores.length,
        complete: roundCriteria.length > 0 && s.scores.length === roundCriteria.length,
        submittedAt: s.submittedAt,
        conflict: findConflicts(declarations.get(s.expertId)!, organisations).length > 0,
        total: s.submittedAt === null ? null : sheetTotal(roundCriteria, s),
      })),
      weightedScore: score.weightedScore,
      submittedSheets: score.submittedSheets,
      remarks: countRemarks(statuses.get(r.applicationId)!),
      decision: decisions.get(r.id) ?? null,
    });
  }
  return items;
}
