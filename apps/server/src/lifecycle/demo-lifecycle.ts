import type { DemoDataset } from '@klaster/data';
import { generateDemoLifecycle } from '@klaster/data/demo/lifecycle.ts';
import { createProject, insertClusterEvent, setParticipantStatus, setProjectDecision, upsertDeadline, type Sql } from '@klaster/db';

async function clusterIds(tx: Sql, codes: string[]): Promise<Map<string, number>> {
  const rows = await tx.query(`SELECT id, code FROM clusters WHERE code = ANY($1::text[]) AND deleted_at IS NULL`, [codes]);
  return new Map(rows.map((r) => [r.code as string, Number(r.id)]));
}

/**
 * Writes the demo life cycle (steps, deadlines, participant statuses) and the demo joint projects; called by
 * the demo loader in its transaction, after the clusters. A cluster that already has its demo steps, and a
 * project already there under its title, are left alone, so loading the demo twice adds nothing.
 */
export async function loadDemoLifecycle(tx: Sql, demo: DemoDataset, actor: string): Promise<void> {
  const life = generateDemoLifecycle(demo);
  const codes = [...new Set([...life.events, ...life.projects].map((x) => x.clusterCode))];
  const ids = await clusterIds(tx, codes);
  const idOf = (code: string) => {
    const id = ids.get(code);
    if (id === undefined) throw new Error(`demo lifecycle: cluster ${code} was not loaded`);
    return id;
  };
  const withEvents = new Set((await tx.query(`SELECT DISTINCT cluster_id FROM cluster_events WHERE is_demo`)).map((r) => Number(r.cluster_id)));
  const orgIds = new Map((await tx.query(`SELECT id, inn FROM organisations WHERE inn = ANY($1::text[])`, [life.participantStatuses.map((s) => s.inn)])).map((r) => [r.inn as string, Number(r.id)]));

  for (const e of life.events.filter((x) => !withEvents.has(idOf(x.clusterCode))))
    await insertClusterEvent(tx, { clusterId: idOf(e.clusterCode), fromStatus: e.fromStatus, toStatus: e.toStatus, happenedOn: e.happenedOn, document: e.document, actor, actorRole: 'admin', note: e.note, isDemo: true });
  for (const d of life.deadlines.filter((x) => !withEvents.has(idOf(x.clusterCode))))
    await upsertDeadline(tx, { clusterId: idOf(d.clusterCode), targetStatus: d.targetStatus, dueOn: d.dueOn, title: d.title, note: d.note, setBy: actor, isDemo: true });
  for (const s of life.participantStatuses.filter((x) => !withEvents.has(idOf(x.clusterCode))))
    await setParticipantStatus(tx, { clusterId: idOf(s.clusterCode), organisationId: orgIds.get(s.inn)!, status: s.status, document: s.document, updatedBy: actor, isDemo: true });

  const existing = new Set((await tx.query(`SELECT cluster_id, title FROM joint_projects WHERE is_demo AND deleted_at IS NULL`)).map((r) => `${r.cluster_id}|${r.title}`));
  for (const p of life.projects) {
    const clusterId = idOf(p.clusterCode);
    if (existing.has(`${clusterId}|${p.project.title}`)) continue;
    const created = await createProject(tx, clusterId, p.project, { actor, isDemo: true });
    if (p.status === 'supported') await setProjectDecision(tx, created.id, { status: 'supported', supportAmount: p.supportAmount, supportedOn: p.supportedOn }, actor);
  }
}
