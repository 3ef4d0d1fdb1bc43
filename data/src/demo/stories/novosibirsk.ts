import type { DemoBuilder } from '../builder.ts';
import type { GroupMember, LinkWeaver } from '../links.ts';
import { buildGroup, placeAt, weightedPlaces, type Segment } from '../segments.ts';
import type { StoryResult } from '../story.ts';

const REGION = '54';

interface GroupPlan {
  key: string;
  label: string;
  segments: Segment[];
  /** Municipalities (name fragments) with weights. */
  places: [string, number][];
}

/** Five de facto groups of seed 003: 12–25 enterprises each. */
const PLANS: GroupPlan[] = [
  {
    key: 'nsk-electrotech',
    label: 'Новосибирск: электротехника',
    segments: [
      { okved: '27.1', theme: 'electrotech', tier: 0, sizes: ['large', 'medium', 'medium', 'small', 'small', 'small', 'micro', 'micro'] },
      { okved: '27.3', theme: 'electrotech', tier: 1, sizes: ['medium', 'small', 'small', 'micro'] },
      { okved: '27.9', theme: 'electrotech', tier: 1, sizes: ['small', 'small', 'micro'], entrepreneurs: 1 },
      { okved: '27.4', theme: 'electrotech', tier: 1, sizes: ['small', 'micro'] },
      { okved: '25.6', theme: 'metal', tier: 2, sizes: ['small', 'micro'] },
      { okved: '24.4', theme: 'metal', tier: 2, sizes: ['medium'] },
    ],
    places: [['город Новосибирск', 6], ['город Бердск', 2], ['Новосибирский', 1]],
  },
  {
    key: 'nsk-chemical',
    label: 'Новосибирск: химическая промышленность',
    segments: [
      { okved: '20.1', theme: 'chemistry', tier: 0, sizes: ['large', 'medium', 'small', 'small'] },
      { okved: '20.3', theme: 'paints', tier: 1, sizes: ['medium', 'small', 'micro'] },
      { okved: '20.4', theme: 'chemistry', tier: 1, sizes: ['small', 'micro'] },
      { okved: '20.5', theme: 'chemistry', tier: 1, sizes: ['small', 'small', 'micro', 'micro'] },
      { okved: '22.2', theme: 'composite', tier: 1, sizes: ['small', 'micro'] },
      { okved: '20.2', theme: 'chemistry', tier: 2, sizes: ['small'] },
    ],
    places: [['город Искитим', 3], ['город Новосибирск', 4], ['Коченёвский', 1], ['Черепановский', 1]],
  },
  {
    key: 'nsk-machinery',
    label: 'Новосибирск: машиностроение',
    segments: [
      { okved: '28.4', theme: 'machinery', tier: 0, sizes: ['large', 'medium', 'small', 'small'] },
      { okved: '28.1', theme: 'machinery', tier: 0, sizes: ['medium', 'small', 'small', 'micro'] },
      { okved: '28.2', theme: 'machinery', tier: 1, sizes: ['medium', 'small', 'micro'] },
      { okved: '28.9', theme: 'machinery', tier: 1, sizes: ['medium', 'small', 'small', 'micro'] },
      { okved: '25.6', theme: 'metal', tier: 2, sizes: ['small', 'small', 'micro'], entrepreneurs: 1 },
      { okved: '24.5', theme: 'metal', tier: 2, sizes: ['medium', 'small'] },
      { okved: '25.9', theme: 'metal', tier: 2, sizes: ['small', 'micro'] },
    ],
    places: [['город Новосибирск', 6], ['Тогучинский', 1], ['город Обь', 1], ['Новосибирский', 1]],
  },
  {
    key: 'nsk-medical',
    label: 'Новосибирск: медицинская промышленность',
    segments: [
      { okved: '21.2', theme: 'pharma', tier: 0, sizes: ['large', 'medium', 'small', 'small', 'micro'] },
      { okved: '21.1', theme: 'biotech', tier: 1, sizes: ['medium', 'small', 'micro'] },
      { okved: '32.5', theme: 'medtech', tier: 1, sizes: ['medium', 'small', 'small', 'micro', 'micro'] },
      { okved: '26.6', theme: 'medtech', tier: 0, sizes: ['medium', 'small', 'small', 'micro'] },
    ],
    places: [['Кольцово', 5], ['город Новосибирск', 4], ['город Бердск', 1]],
  },
  {
    key: 'nsk-digital',
    label: 'Новосибирск: цифровое оборудование',
    segments: [
      { okved: '26.2', theme: 'digital', tier: 0, sizes: ['large', 'medium', 'small', 'small', 'micro'] },
      { okved: '26.1', theme: 'electronics', tier: 1, sizes: ['medium', 'small', 'small', 'micro', 'micro'] },
      { okved: '26.3', theme: 'digital', tier: 0, sizes: ['medium', 'small', 'small', 'micro', 'micro'], entrepreneurs: 1 },
      { okved: '26.5', theme: 'electronics', tier: 1, sizes: ['small', 'small', 'micro'] },
      { okved: '27.3', theme: 'electrotech', tier: 2, sizes: ['small', 'micro'] },
    ],
    places: [['город Новосибирск', 7], ['город Бердск', 2], ['Кольцово', 1]],
  },
];

/**
 * Story 4: Novosibirsk (seed 003). Five groups that already work de facto and NO cluster recorded:
 * discovery has to find them, with enough noise between them to make that a real test.
 */
export function novosibirskStory(b: DemoBuilder, weaver: LinkWeaver): StoryResult {
  const plantedGroups = PLANS.map((plan) => {
    const place = weightedPlaces(b, plan.places.map(([fragment, weight]) => [placeAt(b, REGION, fragment), weight]));
    const members: GroupMember[] = buildGroup(b, weaver, plan.segments, place, 2, 1);
    return { key: plan.key, region: REGION, label: plan.label, inns: members.map((m) => m.inn) };
  });
  const city = placeAt(b, REGION, 'город Новосибирск');
  b.institution({ place: placeAt(b, REGION, 'Новосибирский')(), kind: 'infrastructure', okved: '68', name: 'АО «Технопарк новосибирского Академгородка «Иня»»', shortName: 'Технопарк «Иня»', staff: [60, 120], budgetMln: [200, 450] });
  b.institution({ place: city(), kind: 'education', okved: '85', name: 'ФГБОУ ВО «Сибирский государственный университет приборостроения»', shortName: 'СибГУП', staff: [800, 1400], budgetMln: [900, 1600] });
  return { clusters: [], plantedGroups, potentialSuppliers: [] };
}
