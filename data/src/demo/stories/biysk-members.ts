import type { DemoBuilder } from '../builder.ts';
import type { Placement } from '../geography.ts';
import type { GroupMember } from '../links.ts';
import { makeSegments, thinOut, times, type MadeGroup } from '../segments.ts';

export interface BiyskInstitutions {
  research: string[];
  education: string;
  infrastructure: string;
  specializedOrg: string;
  finance: string;
}

/** 16 enterprises of the four lines of the biopharmaceutical cluster (seed 000). */
export function biopharmaEnterprises(b: DemoBuilder, place: () => Placement): MadeGroup {
  return makeSegments(b, [
    // chemical-pharmaceutical line
    { okved: '21.2', theme: 'pharma', tier: 1, sizes: ['large', 'medium', 'small'] },
    { okved: '21.1', theme: 'pharma', tier: 2, sizes: ['small', 'micro'] },
    // biopharmaceutical line
    { okved: '21.2', theme: 'biotech', tier: 1, sizes: ['medium', 'small'], okvedExtra: ['72'] },
    { okved: '21.1', theme: 'biotech', tier: 2, sizes: ['small', 'micro'] },
    // food with given useful properties
    { okved: '10.8', theme: 'food', tier: 1, sizes: ['medium', 'small', 'micro'], entrepreneurs: 1 },
    { okved: '10.3', theme: 'food', tier: 2, sizes: ['small'] },
    // medical equipment
    { okved: '32.5', theme: 'medtech', tier: 1, sizes: ['small', 'micro'] },
    { okved: '26.6', theme: 'medtech', tier: 1, sizes: ['small'] },
  ], place);
}

/** Research, education, infrastructure, the specialised organisation and a fund: 6 members. */
export function biopharmaInstitutions(b: DemoBuilder, city: () => Placement, resort: () => Placement): BiyskInstitutions {
  const research1 = b.institution({ place: city(), kind: 'research', okved: '72', name: 'ФГБНУ «Научно-исследовательский институт прикладной биохимии Приобья»', shortName: 'НИИ прикладной биохимии Приобья', staff: [120, 220], budgetMln: [180, 320] });
  const research2 = b.institution({ place: resort(), kind: 'research', okved: '72', name: 'ООО «Научно-исследовательский центр фитофармакологии»', shortName: 'НИЦ фитофармакологии', staff: [25, 60], budgetMln: [40, 90] });
  const education = b.institution({ place: city(), kind: 'education', okved: '85', name: 'ФГБОУ ВО «Бийский государственный институт химических технологий»', shortName: 'БГИХТ', staff: [350, 600], budgetMln: [400, 700] });
  const infrastructure = b.institution({ place: city(), kind: 'infrastructure', okved: '68', name: 'АО «Бийский биотехнологический технопарк»', shortName: 'Бийский биотехнопарк', staff: [20, 45], budgetMln: [60, 140] });
  const specializedOrg = b.institution({ place: city(), kind: 'public', okved: '94', name: 'АНО «Центр развития Алтайского биофармацевтического кластера»', shortName: 'ЦР АБФК', staff: [5, 12], budgetMln: [12, 30] });
  const finance = b.institution({ place: city(), kind: 'finance', okved: '64', name: 'Микрокредитная компания «Фонд развития предпринимательства наукограда Бийска»', shortName: 'Фонд развития предпринимательства Бийска', staff: [8, 15], budgetMln: [20, 60] });
  return { research: [research1.inn, research2.inn], education: education.inn, infrastructure: infrastructure.inn, specializedOrg: specializedOrg.inn, finance: finance.inn };
}

/** 11 SMEs and an engineering centre of the polymer-composite cluster (all SMEs), plus its association. */
export function polymerMembers(b: DemoBuilder, place: () => Placement, city: () => Placement): { made: MadeGroup; engineering: string; association: string } {
  const made = makeSegments(b, [
    { okved: '22.2', theme: 'composite', tier: 1, sizes: ['small', 'small', 'small', 'micro', 'micro'], entrepreneurs: 1 },
    { okved: '20.1', theme: 'composite', tier: 2, sizes: ['small', 'micro'] },
    { okved: '23.1', theme: 'composite', tier: 2, sizes: ['small'] },
    { okved: '20.6', theme: 'composite', tier: 2, sizes: ['micro'] },
    { okved: '25.6', theme: 'metal', tier: 1, sizes: ['small'] },
    { okved: '28.9', theme: 'machinery', tier: 1, sizes: times(1, 'micro') },
  ], place);
  const engineering = b.institution({ place: city(), kind: 'research', okved: '72', name: 'ООО «Инжиниринговый центр полимерных композитов»', shortName: 'ИЦ полимерных композитов', staff: [20, 45], budgetMln: [60, 150] });
  const association = b.institution({ place: city(), kind: 'public', okved: '94', name: 'Ассоциация «Союз производителей композитов Бийска»', shortName: 'Союз производителей композитов', staff: [4, 9], budgetMln: [10, 25] });
  return { made, engineering: engineering.inn, association: association.inn };
}

/** ~15 enterprises of neighbouring municipalities that trade with the two clusters. */
export function neighbourSuppliers(b: DemoBuilder, place: () => Placement): { toBiopharma: GroupMember[]; toPolymer: GroupMember[] } {
  const bio = makeSegments(b, [
    { okved: '01', theme: 'food', tier: 3, sizes: ['small', 'micro'], kind: 'other' },
    { okved: '10.3', theme: 'food', tier: 2, sizes: ['small', 'micro'], entrepreneurs: 1 },
    { okved: '22.2', theme: 'composite', tier: 2, sizes: ['small'] },
    { okved: '23.1', theme: 'composite', tier: 2, sizes: ['small'] },
    { okved: '18.1', theme: 'printing', tier: 2, sizes: ['micro'] },
    { okved: '17.2', theme: 'paper', tier: 2, sizes: ['small'] },
    { okved: '20.5', theme: 'chemistry', tier: 2, sizes: ['small', 'micro'] },
  ], place);
  const poly = makeSegments(b, [
    { okved: '25.6', theme: 'metal', tier: 2, sizes: ['small', 'micro'] },
    { okved: '28.9', theme: 'machinery', tier: 2, sizes: ['small'] },
    { okved: '27.1', theme: 'electrotech', tier: 2, sizes: ['micro'] },
    { okved: '20.5', theme: 'chemistry', tier: 2, sizes: ['micro'] },
  ], place);
  return { toBiopharma: thinOut(b, bio.members, 2, 1), toPolymer: thinOut(b, poly.members, 1, 0) };
}
