import type { FastifyRequest } from 'fastify';
import type { ProjectRecord, Sql } from '@klaster/db';
import { assertClusterAccess } from '../access/scope.ts';
import { getProject } from './projects.service.ts';

/**
 * A project as its reader may see it: a deleted project, or one of a cluster outside the reader's scope, answers
 * 404 (the project's own routes and its history read it through here, so both follow one rule).
 */
export async function readableProject(db: Sql, req: FastifyRequest, id: number): Promise<ProjectRecord> {
  const project = await getProject(db, id);
  await assertClusterAccess(db, req, project.clusterId, 'read');
  return project;
}
