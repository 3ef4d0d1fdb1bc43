import type { RequirementOutcome } from '../check-result.ts';
import { addYears, formatDateRu } from '../dates.ts';
import { numberThreshold } from '../thresholds.ts';
import { countEn, countRu } from '../wording.ts';
import type { Pp779Context } from './context.ts';

/**
 * Participants without a cooperation contract (amendment of 16.11.2021): at most `max` of them, and
 * each is allowed only until `contractWithinYears` after joining (a newcomer that joined exactly
 * that many years before asOf is still within the term).
 */
export interface NewcomerSplit {
  withoutContracts: string[];
  withinTerm: string[];
  pastTerm: { inn: string; deadline: string }[];
  /** JSON paths of joinedOn fields that are missing. */
  unknownJoined: string[];
  max: number;
}

export function splitNewcomers(ctx: Pp779Context): NewcomerSplit {
  const max = numberThreshold(ctx.set, 'newcomers', 'max');
  const years = numberThreshold(ctx.set, 'newcomers', 'contractWithinYears');
  const split: NewcomerSplit = { withoutContracts: [], withinTerm: [], pastTerm: [], unknownJoined: [], max };
  ctx.dossier.participants.forEach((p, i) => {
    if (ctx.cooperating.has(p.inn)) return;
    split.withoutContracts.push(p.inn);
    if (!p.joinedOn) split.unknownJoined.push(`participants[${i}].joinedOn`);
    else if (addYears(p.joinedOn, years) < ctx.asOf) split.pastTerm.push({ inn: p.inn, deadline: addYears(p.joinedOn, years) });
    else split.withinTerm.push(p.inn);
  });
  return split;
}

export function checkNewcomers(ctx: Pp779Context, split: NewcomerSplit): RequirementOutcome {
  const found = split.withoutContracts.length;
  const base = { found, required: split.max, comparator: '<=' as const, unit: 'count' as const };
  const ru = `${countRu(found, 'участник', 'участника', 'участников')} без договоров кооперации`;
  const en = `${countEn(found, 'participant', 'participants')} without cooperation contracts`;
  if (found > split.max) {
    return { ...base, status: 'fail', message: `${ru}, допускается не более ${split.max}: заключите договоры ещё с ${found - split.max}`, messageEn: `${en}, at most ${split.max} allowed: ${found - split.max} more need a contract` };
  }
  if (split.pastTerm.length > 0) {
    const names = split.pastTerm.map((p) => `${p.inn} (срок истёк ${formatDateRu(p.deadline)})`).join(', ');
    const namesEn = split.pastTerm.map((p) => `${p.inn} (term ended ${p.deadline})`).join(', ');
    return { ...base, status: 'fail', message: `${ru}; трёхлетний срок для заключения договора истёк: ${names}`, messageEn: `${en}; the term to sign a contract has ended for ${namesEn}` };
  }
  if (split.unknownJoined.length > 0) {
    return { ...base, status: 'unknown', missing: split.unknownJoined, message: `${ru}; не указана дата вступления, срок проверить нельзя`, messageEn: `${en}; joining date missing, the term cannot be checked` };
  }
  return { ...base, status: 'pass', message: `${ru}, допускается не более ${split.max}, каждый в пределах срока`, messageEn: `${en}, at most ${split.max} allowed, each within the term` };
}
