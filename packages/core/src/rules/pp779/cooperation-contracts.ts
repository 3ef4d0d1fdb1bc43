import type { RequirementOutcome } from '../check-result.ts';
import { countEn, countRu, listEn, listRu } from '../wording.ts';
import type { Pp779Context } from './context.ts';
import type { NewcomerSplit } from './newcomers.ts';

/**
 * Every participant has a contract with another participant, except newcomers the `newcomers`
 * requirement allows (at most the maximum, each within its term). Found = participants with a
 * contract; required = all participants but the allowed newcomers.
 */
export function checkCooperationContracts(ctx: Pp779Context, split: NewcomerSplit): RequirementOutcome {
  const total = ctx.dossier.participants.length;
  const found = total - split.withoutContracts.length;
  const allowedNewcomers = split.withoutContracts.length <= split.max ? split.withinTerm.length : 0;
  const required = total - allowedNewcomers;
  const base = { found, required, comparator: '>=' as const, unit: 'count' as const };
  const ru = `Договоры кооперации есть у ${found} из ${countRu(total, 'участника', 'участников', 'участников')}`;
  const en = `${found} of ${countEn(total, 'participant', 'participants')} have cooperation contracts`;
  const undecided = split.withoutContracts.length <= split.max && split.pastTerm.length === 0 ? split.unknownJoined : [];
  if (found >= required) {
    const tail = allowedNewcomers > 0 ? `; ${allowedNewcomers} — новые участники в пределах срока` : '';
    return { ...base, status: 'pass', message: ru + tail, messageEn: en + (allowedNewcomers > 0 ? `; ${allowedNewcomers} are newcomers within the term` : '') };
  }
  if (undecided.length > 0 && found + undecided.length >= required) {
    return { ...base, status: 'unknown', missing: undecided, message: `${ru}; у остальных не указана дата вступления`, messageEn: `${en}; the others have no joining date` };
  }
  const lacking = split.withoutContracts.filter((inn) => !(allowedNewcomers > 0 && split.withinTerm.includes(inn)));
  return {
    ...base,
    status: 'fail',
    message: `${ru}: нужен договор с другим участником у ${listRu(lacking)}`,
    messageEn: `${en}: a contract with another participant is needed for ${listEn(lacking)}`,
  };
}
