import { checkInn, checkOgrn } from '../../identifiers/checksums.ts';
import type { RequirementOutcome } from '../check-result.ts';
import { numberThreshold } from '../thresholds.ts';
import type { Pp779Context } from './context.ts';

/** A Russian legal entity (10-digit INN, 13-digit OGRN, both with valid checksums) that is not being liquidated. */
export function checkSpecializedOrganization(ctx: Pp779Context): RequirementOutcome {
  const base = { required: 1, comparator: '>=' as const, unit: 'flag' as const };
  const org = ctx.dossier.cluster.specializedOrganization;
  if (org === undefined) {
    return { ...base, found: null, status: 'unknown', missing: ['cluster.specializedOrganization'], message: 'Специализированная организация не указана', messageEn: 'The specialised organisation is not given' };
  }
  if (org === null) {
    return { ...base, found: 0, status: 'fail', message: 'Специализированной организации нет: создайте или определите её', messageEn: 'There is no specialised organisation: set one up' };
  }
  const problems = organisationProblems(org.inn, org.ogrn, numberThreshold(ctx.set, 'specialized-organization', 'innLength'));
  if (org.inLiquidation === true) problems.push({ ru: 'находится в процессе ликвидации', en: 'is being liquidated' });
  if (problems.length > 0) {
    return { ...base, found: 0, status: 'fail', message: `Специализированная организация «${org.name}»: ${problems.map((p) => p.ru).join('; ')}`, messageEn: `Specialised organisation "${org.name}": ${problems.map((p) => p.en).join('; ')}` };
  }
  if (org.inLiquidation === undefined) {
    return { ...base, found: null, status: 'unknown', missing: ['cluster.specializedOrganization.inLiquidation'], message: `Специализированная организация «${org.name}»: не указано, ликвидируется ли она`, messageEn: `Specialised organisation "${org.name}": liquidation status not given` };
  }
  return { ...base, found: 1, status: 'pass', message: `Специализированная организация «${org.name}», ИНН ${org.inn}, ОГРН ${org.ogrn}: реквизиты верны, не ликвидируется`, messageEn: `Specialised organisation "${org.name}", INN ${org.inn}, OGRN ${org.ogrn}: identifiers valid, not in liquidation` };
}

function organisationProblems(inn: string, ogrn: string, innLength: number): { ru: string; en: string }[] {
  const problems: { ru: string; en: string }[] = [];
  if (inn.length !== innLength) problems.push({ ru: `ИНН юридического лица должен содержать ${innLength} цифр`, en: `a legal entity's INN has ${innLength} digits` });
  else {
    const innProblem = checkInn(inn);
    if (innProblem) problems.push(innProblem);
  }
  const ogrnProblem = checkOgrn(ogrn);
  if (ogrnProblem) problems.push(ogrnProblem);
  return problems;
}
