import type { OrganisationKind, SmeCategory } from '../model/organisation.ts';
import { isSme } from '../sme/sme-category.ts';
import { okvedSection } from '../rules/okved-section.ts';
import type { MeasureConditions, SupportMeasure } from './measure-schema.ts';

/** The enterprise (or cluster participant) asking which measures fit it. Null = not known. */
export interface MeasureSubject {
  inn?: string;
  kind: OrganisationKind;
  smeCategory: SmeCategory | null;
  region: string;
  oktmo?: string | null;
  okved: string;
  clusterParticipant: boolean;
  clusterCompliant: boolean | null;
  spicParty: boolean | null;
}

/** One condition, met or not (null = the subject's data does not say), with a sentence for each language. */
export interface ConditionOutcome {
  condition: string;
  met: boolean | null;
  ru: string;
  en: string;
}

export interface MeasureFit {
  measure: SupportMeasure;
  reasons: ConditionOutcome[];
}

export interface MeasureMatch {
  fits: MeasureFit[];
  /** At least one condition fails: `missing` lists the failed ones. */
  nonFits: { measure: SupportMeasure; missing: ConditionOutcome[] }[];
  /** No condition fails but some cannot be decided from the subject's data. */
  undetermined: { measure: SupportMeasure; unknown: ConditionOutcome[] }[];
}

type Evaluator = (value: never, s: MeasureSubject) => ConditionOutcome;
const yes = (condition: string, met: boolean | null, ru: string, en: string): ConditionOutcome => ({ condition, met, ru, en });

const EVALUATORS: { [K in keyof MeasureConditions]-?: (value: NonNullable<MeasureConditions[K]>, s: MeasureSubject) => ConditionOutcome } = {
  orgKinds: (kinds, s) => yes('orgKinds', kinds.includes(s.kind), `вид организации: ${kinds.join(', ')} (у заявителя ${s.kind})`, `organisation kind: ${kinds.join(', ')} (subject: ${s.kind})`),
  smeOnly: (only, s) => (only ? yes('smeOnly', s.smeCategory === null ? null : isSme(s.smeCategory), `только МСП (категория заявителя: ${s.smeCategory ?? 'неизвестна'})`, `SMEs only (subject: ${s.smeCategory ?? 'unknown'})`) : yes('smeOnly', true, 'любой размер', 'any size')),
  clusterParticipant: (need, s) => yes('clusterParticipant', !need || s.clusterParticipant, need ? `участник промышленного кластера (${s.clusterParticipant ? 'да' : 'нет'})` : 'участие в кластере не требуется', need ? `participant of an industrial cluster (${s.clusterParticipant ? 'yes' : 'no'})` : 'no cluster membership needed'),
  clusterCompliant: (need, s) => yes('clusterCompliant', !need ? true : s.clusterCompliant, `кластер соответствует ПП № 779 (${s.clusterCompliant === null ? 'не проверено' : s.clusterCompliant ? 'да' : 'нет'})`, `cluster complies with Decree 779 (${s.clusterCompliant === null ? 'not checked' : s.clusterCompliant ? 'yes' : 'no'})`),
  spicParty: (need, s) => yes('spicParty', !need ? true : s.spicParty, `сторона специального инвестиционного контракта (${s.spicParty === null ? 'неизвестно' : s.spicParty ? 'да' : 'нет'})`, `party to a special investment contract (${s.spicParty === null ? 'unknown' : s.spicParty ? 'yes' : 'no'})`),
  regions: (codes, s) => yes('regions', codes.includes(s.region), `регион: ${codes.join(', ')} (у заявителя ${s.region})`, `region: ${codes.join(', ')} (subject: ${s.region})`),
  oktmo: (codes, s) => yes('oktmo', s.oktmo ? codes.some((c) => s.oktmo!.startsWith(c)) : null, `муниципалитет (ОКТМО ${codes.join(', ')}; у заявителя ${s.oktmo ?? 'не указан'})`, `municipality (OKTMO ${codes.join(', ')}; subject: ${s.oktmo ?? 'not given'})`),
  okvedSections: (sections, s) => yes('okvedSections', sections.includes(okvedSection(s.okved) ?? ''), `раздел ОКВЭД2: ${sections.join(', ')} (у заявителя ${okvedSection(s.okved) ?? '?'})`, `OKVED2 section: ${sections.join(', ')} (subject: ${okvedSection(s.okved) ?? '?'})`),
};

function dateOutcome(measure: SupportMeasure, asOf: string): ConditionOutcome[] {
  const out: ConditionOutcome[] = [];
  if (measure.validFrom && measure.validFrom > asOf) out.push(yes('validFrom', false, `действует с ${measure.validFrom}`, `applies from ${measure.validFrom}`));
  if (measure.validTo && measure.validTo < asOf) out.push(yes('validTo', false, `действовала до ${measure.validTo}`, `applied until ${measure.validTo}`));
  return out;
}

export function evaluateConditions(measure: SupportMeasure, subject: MeasureSubject, asOf: string): ConditionOutcome[] {
  const outcomes = dateOutcome(measure, asOf);
  for (const key of Object.keys(EVALUATORS) as (keyof MeasureConditions)[]) {
    const value = measure.conditions[key];
    if (value === undefined) continue;
    outcomes.push((EVALUATORS[key] as Evaluator)(value as never, subject));
  }
  return outcomes;
}

/** Splits the catalogue into measures that fit the subject on `asOf`, ones that do not (and why), and ones the data cannot decide. */
export function matchMeasures(subject: MeasureSubject, catalogue: readonly SupportMeasure[], asOf: string): MeasureMatch {
  const match: MeasureMatch = { fits: [], nonFits: [], undetermined: [] };
  for (const measure of catalogue) {
    const outcomes = evaluateConditions(measure, subject, asOf);
    const failed = outcomes.filter((o) => o.met === false);
    const unknown = outcomes.filter((o) => o.met === null);
    if (failed.length > 0) match.nonFits.push({ measure, missing: failed });
    else if (unknown.length > 0) match.undetermined.push({ measure, unknown });
    else match.fits.push({ measure, reasons: outcomes });
  }
  return match;
}
