import { ApplicationPackage } from '@klaster/contract';
import { attachedDocuments, documentCodes } from '@klaster/core/lifecycle/index.ts';
import {
  createApplication, insertApplicationVersion, listApplications, loadApplication, loadApplicationVersion, loadProject, setApplicationStatus,
  setProjectDecision, updateApplicationDraft, type ApplicationRecord, type Database, type Sql,
} from '@klaster/db';
import { AppError, notFound } from '../services/app-error.ts';
import type { RuleSetRegistry } from '../rules/ruleset-registry.ts';
import { today } from '../rules/check.service.ts';
import { assemblePackage, normaliseDraft, type ApplicationDraftData, type ApplicationPackageData } from './assemble-package.ts';

/** Once decided or withdrawn an application is closed; under review its versions are being read and it takes no new one. */
const CLOSED = new Set(['approved', 'rejected', 'withdrawn']);
const NO_SUBMISSION = new Set([...CLOSED, 'under_review']);

export async function getApplication(db: Sql, id: number): Promise<ApplicationRecord> {
  const application = await loadApplication(db, id);
  if (!application) throw notFound('Заявка', 'Application', id);
  return application;
}

export function applicationView(a: ApplicationRecord) {
  return { ...a, status: a.status as 'draft', draft: normaliseDraft(a.draft) };
}

/** Only the documents of the package may be attached, each once. */
function assertDocuments(kind: ApplicationRecord['kind'], draft: ApplicationDraftData, prefix: string): void {
  const known = documentCodes(kind);
  const problems = draft.documents.flatMap((d, i) => {
    if (!known.includes(d.code)) return [{ path: `${prefix}.documents[${i}].code`, value: d.code, message: `нет такого документа в пакете; допустимо: ${attachedDocuments(kind).map((x) => x.code).join(', ')}`, messageEn: `not a document of this package` }];
    if (draft.documents.findIndex((x) => x.code === d.code) !== i) return [{ path: `${prefix}.documents[${i}].code`, value: d.code, message: 'документ указан дважды', messageEn: 'the document is listed twice' }];
    return [];
  });
  if (problems.length) throw new AppError('validation_failed', `Неверные документы заявки: ${problems.map((p) => `${p.value} — ${p.message}`).join('; ')}`, 'Wrong documents in the application', problems);
}

export interface CreateCommand {
  clusterId: number;
  kind: 'registry_entry' | 'subsidy';
  projectId?: number | null;
  draft?: ApplicationDraftData;
  actor: string;
}

async function assertProject(db: Sql, cmd: CreateCommand): Promise<void> {
  if (cmd.kind === 'registry_entry') {
    if (cmd.projectId != null) throw new AppError('validation_failed', 'Заявка на включение в реестр не относится к проекту', 'A registry-entry application has no project', [{ path: 'body.projectId', value: cmd.projectId, message: 'уберите проект', messageEn: 'remove the project' }]);
    const open = (await listApplications(db, { clusterId: cmd.clusterId })).find((a) => a.kind === 'registry_entry' && !CLOSED.has(a.status));
    if (open) throw new AppError('conflict', `У кластера уже есть заявка на включение в реестр № ${open.id}: подайте новую версию её`, `The cluster already has registry-entry application ${open.id}: submit a new version of it`, [{ path: 'body.kind', value: cmd.kind, message: `заявка № ${open.id}`, messageEn: `application ${open.id}` }]);
    return;
  }
  if (cmd.projectId == null) throw new AppError('validation_failed', 'Заявка на субсидию подаётся по совместному проекту: укажите его', 'A subsidy application needs its joint project', [{ path: 'body.projectId', value: null, message: 'нужен проект', messageEn: 'a project is required' }]);
  const project = await loadProject(db, cmd.projectId);
  if (!project || project.deleted || project.clusterId !== cmd.clusterId)
    throw new AppError('validation_failed', `Проект № ${cmd.projectId} не относится к кластеру ${cmd.clusterId}`, `Project ${cmd.projectId} is not a project of cluster ${cmd.clusterId}`, [{ path: 'body.projectId', value: cmd.projectId, message: 'не проект этого кластера', messageEn: 'not a project of this cluster' }]);
}

export async function createClusterApplication(db: Database, cmd: CreateCommand): Promise<ApplicationRecord> {
  const draft = cmd.draft ?? { documents: [] };
  assertDocuments(cmd.kind, draft, 'body.draft');
  await assertProject(db, cmd);
  return db.transaction((tx) => createApplication(tx, { clusterId: cmd.clusterId, kind: cmd.kind, projectId: cmd.projectId ?? null, draft, actor: cmd.actor }));
}

function closedError(a: ApplicationRecord, what: string, whatEn: string): AppError {
  return new AppError('conflict', `Заявка № ${a.id} в статусе «${a.status}»: ${what}`, `Application ${a.id} is ${a.status}: ${whatEn}`, [{ path: 'status', value: a.status, message: what, messageEn: whatEn }]);
}

/** Edits the draft only: every submitted version stays as it was; the next submission makes a new one. */
export async function editDraft(db: Database, a: ApplicationRecord, draft: ApplicationDraftData, actor: string): Promise<ApplicationRecord> {
  if (CLOSED.has(a.status)) throw closedError(a, 'заявка закрыта, изменить нельзя', 'the application is closed');
  assertDocuments(a.kind, draft, 'body');
  return db.transaction((tx) => updateApplicationDraft(tx, a.id, draft, actor));
}

/**
 * Freezes the package assembled now as the next version. Every document the applicant must attach has to be
 * in the draft; the rules check is frozen with the package whatever it says (the commission reads it).
 */
export async function submitApplication(db: Database, registry: RuleSetRegistry, a: ApplicationRecord, actor: string) {
  if (NO_SUBMISSION.has(a.status)) throw closedError(a, 'новую версию подать нельзя', 'no new version can be submitted');
  const draft = normaliseDraft(a.draft);
  const missing = attachedDocuments(a.kind).filter((d) => !draft.documents.some((x) => x.code === d.code));
  if (missing.length)
    throw new AppError('validation_failed', `Не приложены документы: ${missing.map((d) => d.ru).join('; ')}`, `Documents missing: ${missing.map((d) => d.en).join('; ')}`,
      missing.map((d) => ({ path: 'draft.documents', value: d.code, message: `не приложено: ${d.ru}`, messageEn: `missing: ${d.en}` })));
  return db.transaction(async (tx) => {
    const frozen = await assemblePackage(tx, registry, a, today());
    const saved = await insertApplicationVersion(tx, a.id, frozen, actor);
    // Submitting a subsidy application submits its project: the project is then no longer a draft to edit.
    if (frozen.project?.status === 'draft') await setProjectDecision(tx, frozen.project.id, { status: 'submitted', supportAmount: null, supportedOn: null }, actor);
    return { applicationId: a.id, version: saved.version, submittedAt: saved.submittedAt, submittedBy: actor, frozen };
  });
}

export async function withdrawApplication(db: Database, a: ApplicationRecord, actor: string): Promise<ApplicationRecord> {
  if (CLOSED.has(a.status)) throw closedError(a, 'заявка уже закрыта', 'the application is already closed');
  return db.transaction((tx) => setApplicationStatus(tx, a.id, 'withdrawn', actor));
}

export async function getVersion(db: Sql, id: number, version: number) {
  const v = await loadApplicationVersion(db, id, version);
  if (!v) throw new AppError('not_found', `У заявки № ${id} нет версии ${version}`, `Application ${id} has no version ${version}`);
  return { ...v, frozen: v.frozen as Record<string, unknown> };
}

/** A frozen version as a package; one stored by another tool without the package's sections cannot be printed. */
async function frozenPackage(db: Sql, id: number, version: number): Promise<ApplicationPackageData> {
  const parsed = ApplicationPackage.safeParse((await getVersion(db, id, version)).frozen);
  if (!parsed.success)
    throw new AppError('conflict', `Версия ${version} заявки № ${id} сохранена не как пакет заявки (нет разделов: ${[...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))].join(', ')}): выгрузить её нельзя`,
      `Version ${version} of application ${id} was not stored as an application package: it cannot be exported`, [{ path: 'query.version', value: version, message: 'не пакет заявки', messageEn: 'not an application package' }]);
  return parsed.data;
}

/** What an export prints: a submitted version (the latest by default), or the draft assembled now when none was submitted. */
export async function packageFor(db: Sql, registry: RuleSetRegistry, a: ApplicationRecord, version?: number): Promise<{ pkg: ApplicationPackageData; version: number | null }> {
  const wanted = version ?? a.currentVersion;
  if (wanted != null) return { pkg: await frozenPackage(db, a.id, wanted), version: wanted };
  return { pkg: await assemblePackage(db, registry, a, today()), version: null };
}
