import { applicationScore, applicationStatusAfter, countRemarks, findConflicts } from '@klaster/core/expert/index.ts';
import {
  activeDeclarations, addCommissionMember, answerRemark, applicantOrganisations, createApplication, createCommission, createExpertSession, createUser,
  declareConflict, findUserForSignIn, insertApplicationVersion, insertAssignment, insertDecision, insertRemark, insertRound, listApplications, loadApplication, updateApplicationDraft,
  listCriteria, listSheets, recordSheetStep, remarkStatuses, replaceCriteria, resolveRemark, setApplicationStatus, upsertScores, type Sql,
} from '@klaster/db';
import { hashPassword } from '../access/passwords.ts';
import { DEMO_PASSWORD } from '../access/demo-accounts.ts';
import { assemblePackage } from '../applications/assemble-package.ts';
import { RuleSetRegistry } from '../rules/ruleset-registry.ts';
import { counted } from './round-evaluation.ts';
import {
  DEMO_APPLICATIONS, DEMO_COMMISSION, DEMO_CRITERIA, DEMO_DOCUMENTS, DEMO_EXPERTS, DEMO_KOMI_SO, DEMO_SESSIONS, KOMI_RESUBMISSION, type DemoApplication,
} from './demo-expert-story.ts';

const KOMI = 'komi-woodworking';

/**
 * Writes the Komi story of the expert commission (demo-expert-story.ts) inside the demo loader's transaction,
 * after the registry and the demo accounts: the commission with four experts and five weighted criteria, a
 * conflict declaration, a pre-defence of three applications with submitted score sheets, remarks and decisions, the Komi
 * woodworking cluster's answers and its resubmission (round 2, waiting to be put on the defence), and the
 * defence session with the approved Altai application on its agenda, its experts still to score.
 * The rules the API enforces hold for this data: no conflicted assignment, every remark answered before the
 * resubmission, decisions with the score and open remarks they were taken on.
 */
export async function loadDemoExpert(tx: Sql, actor: string): Promise<void> {
  const clusters = await clusterIds(tx, DEMO_APPLICATIONS.map((a) => a.clusterCode));
  if (!clusters.has(KOMI)) return; // a demo generated without the Komi story
  const experts = await demoExperts(tx);
  await demoApplicant(tx, clusters.get(KOMI)!);
  const commissionId = await createCommission(tx, { ...DEMO_COMMISSION, isDemo: true, actor });
  for (const e of DEMO_EXPERTS) await addCommissionMember(tx, { commissionId, userId: experts.get(e.login)!, position: e.position, actor });
  const criteria = await replaceCriteria(tx, commissionId, DEMO_CRITERIA);
  const pre = await createExpertSession(tx, { commissionId, ...DEMO_SESSIONS.preDefence, isDemo: true, actor });
  const defence = await createExpertSession(tx, { commissionId, ...DEMO_SESSIONS.defence, isDemo: true, actor });
  await declareConflict(tx, { expertId: experts.get('expert3')!, organisationId: await komiAnchor(tx, clusters.get(KOMI)!), reason: 'банк — кредитор предприятия', actor: 'expert3' });
  const admin = await findUserForSignIn(tx, 'admin');
  const rules = RuleSetRegistry.load();

  for (const spec of DEMO_APPLICATIONS) {
    const clusterId = clusters.get(spec.clusterCode);
    if (clusterId === undefined) continue;
    const { id: applicationId, version } = await submittedApplication(tx, rules, clusterId, spec, actor);
    const round = await insertRound(tx, { applicationId, number: 1, kind: 'pre_defence', version, sessionId: pre.id, openedBy: 'agenda', actor });
    await setApplicationStatus(tx, applicationId, 'under_review', actor);
    const remarkIds: number[] = [];
    for (const [login, scores] of Object.entries(spec.scores)) {
      const assignmentId = await assign(tx, round.id, applicationId, experts.get(login)!, actor);
      await upsertScores(tx, assignmentId, scores.map((score, i) => ({ criterionId: criteria[i]!.id, score, comment: null })), login);
      // every pre-defence sheet was submitted before the decision: the ranking and the decision count them
      await recordSheetStep(tx, assignmentId, 'submit', login);
      for (const r of spec.remarks.filter((x) => x.by === login))
        remarkIds[spec.remarks.indexOf(r)] = await insertRemark(tx, { assignmentId, applicationId, expertId: experts.get(login)!, text: r.text, actor: login });
    }
    const score = applicationScore(await listCriteria(tx, commissionId), counted((await listSheets(tx, [round.id])).get(round.id)!));
    await insertDecision(tx, {
      roundId: round.id, applicationId, sessionId: pre.id, outcome: spec.decision.outcome, reason: spec.decision.reason, weightedScore: score.weightedScore,
      unresolvedRemarks: countRemarks((await remarkStatuses(tx, [applicationId])).get(applicationId)!).unresolved,
      decidedBy: admin?.role === 'admin' ? admin.id : null, decidedByLogin: 'admin',
    });
    const status = applicationStatusAfter('pre_defence', spec.decision.outcome);
    if (status !== 'under_review') await setApplicationStatus(tx, applicationId, status, 'admin');
    for (const [i, r] of spec.remarks.entries()) {
      if (r.answer) await answerRemark(tx, remarkIds[i]!, r.answer, DEMO_KOMI_SO.login);
      if (r.verdict) await resolveRemark(tx, remarkIds[i]!, r.verdict, 'Ответ принят', r.by);
    }
    if (spec.clusterCode === KOMI) {
      // work on errors: a corrected version 2, sent back to the commission as round 2 of the defence
      await updateApplicationDraft(tx, applicationId, { coverLetter: KOMI_RESUBMISSION.coverLetter, documents: KOMI_RESUBMISSION.documents }, DEMO_KOMI_SO.login);
      const next = await freeze(tx, rules, applicationId, KOMI_RESUBMISSION.asOf, DEMO_KOMI_SO.login);
      await insertRound(tx, { applicationId, number: 2, kind: 'defence', version: next.version, sessionId: null, openedBy: 'resubmission', actor: DEMO_KOMI_SO.login });
    }
    if (spec.decision.outcome === 'approved') {
      const next = await insertRound(tx, { applicationId, number: 2, kind: 'defence', version, sessionId: defence.id, openedBy: 'agenda', actor });
      for (const login of Object.keys(spec.scores).slice(0, 2)) await assign(tx, next.id, applicationId, experts.get(login)!, actor);
    }
  }
}

async function clusterIds(tx: Sql, codes: readonly string[]): Promise<Map<string, number>> {
  const rows = await tx.query<{ code: string; id: number }>(`SELECT code, id FROM clusters WHERE code = ANY($1::text[]) AND deleted_at IS NULL`, [[...codes]]);
  return new Map(rows.map((r) => [r.code, Number(r.id)]));
}

// The demo accounts share the published demo password (README); one hash per process, as in the accounts module.
let demoHash: Promise<string> | null = null;

async function ensureUser(tx: Sql, login: string, user: Omit<Parameters<typeof createUser>[1], 'login' | 'passwordHash' | 'isDemo'>): Promise<number> {
  const existing = await findUserForSignIn(tx, login);
  if (existing) return existing.id;
  return (await createUser(tx, { ...user, login, passwordHash: await (demoHash ??= hashPassword(DEMO_PASSWORD)), isDemo: true })).id;
}

async function demoExperts(tx: Sql): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const e of DEMO_EXPERTS) ids.set(e.login, await ensureUser(tx, e.login, { displayName: e.displayName, role: 'expert' }));
  return ids;
}

async function demoApplicant(tx: Sql, clusterId: number): Promise<void> {
  await ensureUser(tx, DEMO_KOMI_SO.login, { displayName: DEMO_KOMI_SO.displayName, role: 'specialised_org', clusterId });
}

/** The pulp-and-paper anchor of the Komi cluster (the bank's borrower in the story), or its first anchor. */
async function komiAnchor(tx: Sql, clusterId: number): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `SELECT p.organisation_id AS id FROM cluster_participants p JOIN organisations o ON o.id = p.organisation_id
     WHERE p.cluster_id = $1 AND p.role <> 'specialized_org' ORDER BY (p.role = 'anchor') DESC, (o.okved_main LIKE '17%') DESC, p.organisation_id LIMIT 1`,
    [clusterId],
  );
  return Number(row!.id);
}

/**
 * The cluster's registry-entry application with a submitted version (one the applications demo made is reused).
 * Versions are frozen by the applications module's own assembler, so the commission reads a real package.
 */
async function submittedApplication(tx: Sql, rules: RuleSetRegistry, clusterId: number, spec: DemoApplication, actor: string): Promise<{ id: number; version: number }> {
  const existing = (await listApplications(tx, { clusterId })).find((a) => a.kind === 'registry_entry');
  const application = existing ?? (await createApplication(tx, { clusterId, kind: 'registry_entry', projectId: null, draft: { coverLetter: spec.coverLetter, documents: DEMO_DOCUMENTS }, actor, isDemo: true }));
  if (application.currentVersion !== null) return { id: application.id, version: application.currentVersion };
  return { id: application.id, version: (await freeze(tx, rules, application.id, spec.submittedOn, actor)).version };
}

async function freeze(tx: Sql, rules: RuleSetRegistry, applicationId: number, asOf: string, actor: string): Promise<{ version: number }> {
  const application = (await loadApplication(tx, applicationId))!;
  return insertApplicationVersion(tx, applicationId, await assemblePackage(tx, rules, application, asOf), actor);
}

/** An assignment, checked against the expert's declarations as the API checks it. */
async function assign(tx: Sql, roundId: number, applicationId: number, expertId: number, actor: string): Promise<number> {
  const conflicts = findConflicts((await activeDeclarations(tx, [expertId])).get(expertId)!, await applicantOrganisations(tx, applicationId));
  if (conflicts.length) throw new Error(`demo expert data: expert ${expertId} declared a conflict with application ${applicationId}`);
  return (await insertAssignment(tx, roundId, expertId, actor))!;
}
