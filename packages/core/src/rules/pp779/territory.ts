import type { RequirementOutcome } from '../check-result.ts';
import { countEn, countRu, listEn, listRu } from '../wording.ts';
import type { Pp779Context } from './context.ts';

/** Every participant is registered in one of the cluster's constituent entities. */
export function checkTerritory(ctx: Pp779Context): RequirementOutcome {
  const regions = new Set(ctx.dossier.cluster.regions);
  const total = ctx.dossier.participants.length;
  const outside = ctx.dossier.participants.filter((p) => !regions.has(p.region));
  const found = total - outside.length;
  const base = { found, required: total, comparator: '>=' as const, unit: 'count' as const };
  const where = [...regions].join(', ');
  if (outside.length === 0) {
    return { ...base, status: 'pass', message: `Все ${countRu(total, 'участник', 'участника', 'участников')} в регионах кластера (${where})`, messageEn: `All ${countEn(total, 'participant', 'participants')} are in the cluster's regions (${where})` };
  }
  const names = outside.map((p) => `${p.inn} (регион ${p.region})`);
  const namesEn = outside.map((p) => `${p.inn} (region ${p.region})`);
  return { ...base, status: 'fail', message: `${found} из ${total} участников в регионах кластера (${where}); вне их: ${listRu(names)} — добавьте регион в кластер или исключите участника`, messageEn: `${found} of ${total} participants are in the cluster's regions (${where}); outside: ${listEn(namesEn)} — add the region to the cluster or remove the participant` };
}
