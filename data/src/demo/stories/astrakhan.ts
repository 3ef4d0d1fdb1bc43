import type { DemoBuilder } from '../builder.ts';
import { enterpriseRole, municipalitiesOf, participant } from '../clusters.ts';
import type { LinkWeaver } from '../links.ts';
import { buildGroup, makeSegments, placeAt, weightedPlaces } from '../segments.ts';
import type { StoryResult } from '../story.ts';

const REGION = '30';

/**
 * Story 3: Astrakhan (seed 002). A shipbuilding cluster that works de facto — four large shipyards and
 * their suppliers — recorded only as a candidate with gaps against the registry rules (nine industrial
 * participants, no specialised organisation, no agreement), and SMEs that could supply the yards but do not yet.
 */
export function astrakhanStory(b: DemoBuilder, weaver: LinkWeaver): StoryResult {
  const at = (fragment: string) => placeAt(b, REGION, fragment);
  const city = at('город Астрахань');
  const place = weightedPlaces(b, [[city, 6], [at('Наримановский'), 2], [at('Приволжский'), 2], [at('Красноярский'), 1], [at('Камызякский'), 1]]);
  const members = buildGroup(b, weaver, [
    { okved: '30.1', theme: 'shipbuilding', tier: 0, sizes: ['large', 'large', 'large', 'large'], okvedExtra: ['33.1'] },
    { okved: '25.1', theme: 'metal', tier: 1, sizes: ['medium', 'medium', 'small', 'small', 'small', 'micro', 'micro'] },
    { okved: '28.1', theme: 'engines', tier: 1, sizes: ['medium', 'small', 'small', 'micro'] },
    { okved: '27.1', theme: 'electrotech', tier: 1, sizes: ['small', 'small', 'micro'] },
    { okved: '27.9', theme: 'electrotech', tier: 2, sizes: ['small', 'micro'] },
    { okved: '20.3', theme: 'paints', tier: 2, sizes: ['small', 'small', 'micro'] },
    { okved: '33.1', theme: 'shipService', tier: 1, sizes: ['small', 'small', 'micro', 'micro', 'micro'], entrepreneurs: 2 },
    { okved: '22.2', theme: 'composite', tier: 2, sizes: ['small'] },
    { okved: '26.5', theme: 'electronics', tier: 2, sizes: ['micro'] },
  ], place, 2, 2);
  // The university trains the yards' engineers but trades with none of them: it stays outside the group.
  b.institution({ place: city(), kind: 'education', okved: '85', name: 'ФГБОУ ВО «Каспийский государственный морской технический университет»', shortName: 'КГМТУ', staff: [400, 700], budgetMln: [500, 900] });
  const potential = makeSegments(b, [
    { okved: '25.1', theme: 'metal', tier: 2, sizes: ['small', 'small', 'micro'] },
    { okved: '28.1', theme: 'engines', tier: 2, sizes: ['micro'] },
    { okved: '27.1', theme: 'electrotech', tier: 2, sizes: ['small', 'micro'], entrepreneurs: 1 },
    { okved: '20.3', theme: 'paints', tier: 2, sizes: ['micro'] },
    { okved: '33.1', theme: 'shipService', tier: 2, sizes: ['small', 'micro'] },
    { okved: '25.6', theme: 'metal', tier: 2, sizes: ['small'] },
  ], weightedPlaces(b, [[city, 3], [at('Ахтубинский'), 1], [at('Харабалинский'), 1], [at('Володарский'), 1], [at('Икрянинский'), 1]]));

  const yards = members.filter((m) => m.tier === 0);
  const suppliers = members.filter((m) => m.tier > 0 && m.availability === 'normal').slice(0, 5);
  const participants = [...yards, ...suppliers].map((m) => participant(b, m.inn, enterpriseRole(b, m.inn), 2025, 2025));
  return {
    clusters: [
      {
        code: 'astrakhan-shipbuilding',
        name: 'Судостроительный кластер Астраханской области',
        kind: 'candidate',
        specialization: 'Строительство и ремонт судов и морских платформ',
        status: 'initiative',
        regions: [REGION],
        municipalities: municipalitiesOf(b, participants.map((p) => p.inn)),
        specializedOrgInn: null,
        participants,
        agreements: [],
        preferences: [],
        isDemo: true,
      },
    ],
    plantedGroups: [{ key: 'astrakhan-shipbuilding', region: REGION, label: 'Астрахань: судостроение (кластер де-факто)', inns: members.map((m) => m.inn) }],
    potentialSuppliers: [
      { key: 'astrakhan-shipbuilding', region: REGION, label: 'Астрахань: МСП, которые могут войти в цепочки верфей', inns: potential.organisations.map((o) => o.inn) },
    ],
  };
}
