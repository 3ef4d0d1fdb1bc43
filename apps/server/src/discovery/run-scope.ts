import type { FastifyRequest } from 'fastify';
import type { DiscoveryRunRequest } from '@klaster/contract';
import { AppError, notFound } from '../services/app-error.ts';

/**
 * Discovery reads every enterprise and link of its regions, so a regional operator runs it on their own
 * regions (all of them when the request names none) and sees only runs within them; the administrator
 * runs it anywhere, nationally too.
 */
export function scopedRunRequest(req: FastifyRequest, body: DiscoveryRunRequest): DiscoveryRunRequest {
  const user = req.user!;
  if (user.role !== 'regional_operator') return body;
  if (!body.regions?.length) return { ...body, regions: user.regionCodes };
  const outside = body.regions.filter((r) => !user.regionCodes.includes(r));
  if (outside.length)
    throw new AppError('forbidden', `Регионы вне ваших полномочий: ${outside.join(', ')}`, `Regions outside your scope: ${outside.join(', ')}`,
      [{ path: 'body.regions', value: outside, message: 'вне ваших регионов' }]);
  return body;
}

export function runVisibleTo(req: FastifyRequest, run: { regionCodes: string[] }): boolean {
  const user = req.user;
  if (user?.role === 'admin') return true;
  if (user?.role !== 'regional_operator') return false;
  return run.regionCodes.length > 0 && run.regionCodes.every((r) => user.regionCodes.includes(r));
}

export function assertRunVisible(req: FastifyRequest, run: { id: number; regionCodes: string[] }): void {
  if (!runVisibleTo(req, run)) throw notFound('Расчёт', 'Discovery run', run.id);
}
