import type { RequirementOutcome } from '../check-result.ts';
import { okvedSection } from '../okved-section.ts';
import { numberThreshold, stringListThreshold } from '../thresholds.ts';
import { countEn, countRu } from '../wording.ts';
import type { Pp779Context } from './context.ts';

const ID = 'industrial-participants';

/** Industrial enterprises (488-FZ: OKVED2 sections B, C, D, E, as the rule set lists them) among the participants. */
export function industrialInns(ctx: Pp779Context): string[] {
  const sections = new Set(stringListThreshold(ctx.set, ID, 'okvedSections'));
  return ctx.dossier.participants.filter((p) => sections.has(okvedSection(p.okved) ?? '')).map((p) => p.inn);
}

export function checkIndustrialParticipants(ctx: Pp779Context): RequirementOutcome {
  const min = numberThreshold(ctx.set, ID, 'min');
  const sections = stringListThreshold(ctx.set, ID, 'okvedSections').join(', ');
  const found = industrialInns(ctx).length;
  const ru = countRu(found, 'промышленное предприятие', 'промышленных предприятия', 'промышленных предприятий');
  const en = countEn(found, 'industrial enterprise', 'industrial enterprises');
  const base = { found, required: min, comparator: '>=' as const, unit: 'count' as const };
  if (found >= min) {
    return { ...base, status: 'pass', message: `${ru} (разделы ОКВЭД2 ${sections}), требуется не менее ${min}`, messageEn: `${en} (OKVED2 sections ${sections}), at least ${min} required` };
  }
  const gap = min - found;
  return {
    ...base,
    status: 'fail',
    message: `${ru}, требуется не менее ${min}: добавьте ещё ${gap}`,
    messageEn: `${en}, at least ${min} required: add ${gap} more`,
  };
}
