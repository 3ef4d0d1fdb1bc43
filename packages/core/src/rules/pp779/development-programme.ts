import type { RequirementOutcome } from '../check-result.ts';
import { addDays, addYears, daysBetween, formatDateRu } from '../dates.ts';
import { numberThreshold } from '../thresholds.ts';
import type { Pp779Context } from './context.ts';

/**
 * A programme covers its last day, so 01.01.2024–31.12.2028 is exactly 5 years: the horizon holds
 * when from + minYears ≤ to + 1 day. Found is the horizon in years (days / 365.25, one decimal).
 */
export function checkDevelopmentProgramme(ctx: Pp779Context): RequirementOutcome {
  const minYears = numberThreshold(ctx.set, 'development-programme', 'minYears');
  const base = { required: minYears, comparator: '>=' as const, unit: 'years' as const };
  const programme = ctx.dossier.cluster.developmentProgramme;
  if (programme === undefined) {
    return { ...base, found: null, status: 'unknown', missing: ['cluster.developmentProgramme'], message: 'Сведений о программе развития нет', messageEn: 'No information about a development programme' };
  }
  if (programme === null) {
    return { ...base, found: 0, status: 'fail', message: `Программы развития нет: нужна программа на срок не менее ${minYears} лет`, messageEn: `No development programme: one of at least ${minYears} years is needed` };
  }
  const end = addDays(programme.to, 1);
  const found = Math.round((daysBetween(programme.from, end) / 365.25) * 10) / 10;
  const period = `${formatDateRu(programme.from)}–${formatDateRu(programme.to)}`;
  if (addYears(programme.from, minYears) <= end) {
    return { ...base, found, status: 'pass', message: `Программа развития на ${period} (${String(found).replace('.', ',')} лет), требуется не менее ${minYears}`, messageEn: `Development programme ${programme.from} to ${programme.to} (${found} years), at least ${minYears} required` };
  }
  const needTo = addDays(addYears(programme.from, minYears), -1);
  return { ...base, found, status: 'fail', message: `Программа развития на ${period} короче ${minYears} лет: продлите её до ${formatDateRu(needTo)}`, messageEn: `Development programme ${programme.from} to ${programme.to} is shorter than ${minYears} years: extend it to ${needTo}` };
}
