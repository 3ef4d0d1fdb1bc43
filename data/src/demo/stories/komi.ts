import type { ClusterInput } from '@klaster/core';
import type { DemoBuilder } from '../builder.ts';
import { ensureCooperation, enterpriseRole, municipalitiesOf, participant } from '../clusters.ts';
import { placeInRegionCapital, type Placement } from '../geography.ts';
import type { GroupMember, LinkWeaver } from '../links.ts';
import { buildGroup, makeSegments, placeAt, thinOut, weightedPlaces } from '../segments.ts';
import type { StoryResult } from '../story.ts';

const REGION = '11';
type PlaceByName = (fragment: string) => () => Placement;

/**
 * Story 5: Komi (seed 004). A woodworking cluster applying for the registry and planning to become
 * inter-regional (partners in Arkhangelsk and Kirov regions trade with it), and an oil-and-gas group
 * in Ukhta and Usinsk with SMEs around it — and a few SMEs that could join its chains.
 */
export function komiStory(b: DemoBuilder, weaver: LinkWeaver): StoryResult {
  const at: PlaceByName = (fragment) => placeAt(b, REGION, fragment);
  const wood = woodGroup(b, weaver, at);
  const oil = oilGasGroup(b, weaver, at);
  return {
    clusters: [woodCluster(b, weaver, wood.core, at('город Сыктывкар'))],
    plantedGroups: [
      { key: 'komi-wood', region: REGION, label: 'Коми: деревообработка (с партнёрами в Архангельской и Кировской областях)', inns: wood.all.map((m) => m.inn) },
      { key: 'komi-oilgas', region: REGION, label: 'Коми: нефтегазовый комплекс Ухты и Усинска', inns: oil.members.map((m) => m.inn) },
    ],
    potentialSuppliers: [{ key: 'komi-oilgas', region: REGION, label: 'Коми: МСП, которые могут войти в нефтегазовые цепочки', inns: oil.potential }],
  };
}

/** 24 enterprises in Komi and 4 partners in regions 29 and 43, one supply web. */
function woodGroup(b: DemoBuilder, weaver: LinkWeaver, at: PlaceByName): { core: GroupMember[]; all: GroupMember[] } {
  const place = weightedPlaces(b, [[at('город Сыктывкар'), 3], [at('Сыктывдинский'), 2], [at('Усть-Вымский'), 2], [at('Княжпогостский'), 1], [at('Корткеросский'), 1], [at('Прилузский'), 1], [at('Койгородский'), 1]]);
  const partners = makeSegments(b, [
    { okved: '16.1', theme: 'wood', tier: 1, sizes: ['medium', 'small'] },
    { okved: '31.0', theme: 'furniture', tier: 0, sizes: ['medium', 'small'] },
  ], () => placeInRegionCapital(b.rng, b.rng.pick(['29', '43']))).members;
  const made = makeSegments(b, [
    { okved: '17.1', theme: 'paper', tier: 0, sizes: ['large'], okvedExtra: ['17.2'] },
    { okved: '16.2', theme: 'wood', tier: 0, sizes: ['large', 'medium', 'small', 'small', 'micro'] },
    { okved: '16.1', theme: 'wood', tier: 1, sizes: ['medium', 'medium', 'small', 'small', 'micro', 'micro'], entrepreneurs: 1 },
    { okved: '02', theme: 'wood', tier: 2, sizes: ['medium', 'small', 'small', 'micro'], kind: 'other' },
    { okved: '17.2', theme: 'paper', tier: 1, sizes: ['small', 'small', 'micro'] },
    { okved: '31.0', theme: 'furniture', tier: 0, sizes: ['small', 'small', 'micro', 'micro'], entrepreneurs: 1 },
  ], place).members;
  const core = thinOut(b, made, 2, 0);
  const all = [...core, ...partners];
  weaver.weaveGroup(all);
  return { core, all };
}

function oilGasGroup(b: DemoBuilder, weaver: LinkWeaver, at: PlaceByName): { members: GroupMember[]; potential: string[] } {
  const place = weightedPlaces(b, [[at('«Ухта»'), 4], [at('«Усинск»'), 3], [at('«Сосногорск»'), 1], [at('«Вуктыл»'), 1], [at('«Печора»'), 1]]);
  const members = buildGroup(b, weaver, [
    { okved: '06', theme: 'oilgas', tier: 0, sizes: ['large', 'large', 'large'] },
    { okved: '19.2', theme: 'oilgas', tier: 0, sizes: ['large'] },
    { okved: '09', theme: 'oilgas', tier: 1, sizes: ['medium', 'medium', 'small', 'small', 'micro'] },
    { okved: '28.9', theme: 'oilgas', tier: 1, sizes: ['medium', 'small', 'small', 'micro'] },
    { okved: '33.1', theme: 'machinery', tier: 1, sizes: ['small', 'small', 'micro', 'micro'], entrepreneurs: 1 },
    { okved: '25.1', theme: 'metal', tier: 2, sizes: ['small', 'micro'] },
    { okved: '49', theme: 'transport', tier: 2, sizes: ['medium', 'small'], kind: 'other' },
    { okved: '71', theme: 'engineering', tier: 2, sizes: ['small', 'micro'], kind: 'other' },
  ], place, 2, 1);
  const potential = makeSegments(b, [
    { okved: '28.9', theme: 'machinery', tier: 2, sizes: ['small'] },
    { okved: '33.1', theme: 'machinery', tier: 2, sizes: ['micro'] },
    { okved: '25.6', theme: 'metal', tier: 2, sizes: ['small'] },
    { okved: '27.1', theme: 'electrotech', tier: 2, sizes: ['micro'] },
  ], place);
  return { members, potential: potential.organisations.map((o) => o.inn) };
}

/** 14 enterprises, the technopark and the specialised organisation; the application is filed. */
function woodCluster(b: DemoBuilder, weaver: LinkWeaver, core: GroupMember[], syktyvkar: () => Placement): ClusterInput {
  const technopark = b.institution({ place: syktyvkar(), kind: 'infrastructure', okved: '68', name: 'АО «Промышленный технопарк «Парма»»', shortName: 'Технопарк «Парма»', staff: [25, 50], budgetMln: [80, 200] });
  const specializedOrg = b.institution({ place: syktyvkar(), kind: 'public', okved: '94', name: 'АНО «Центр кластерного развития лесопромышленного комплекса Республики Коми»', shortName: 'ЦКР ЛПК Коми', staff: [5, 12], budgetMln: [10, 30] });
  const participants = [
    ...core.filter((m) => m.availability === 'normal').slice(0, 14).map((m) => participant(b, m.inn, enterpriseRole(b, m.inn), 2021, 2024)),
    participant(b, technopark.inn, 'infrastructure', 2021, 2021),
    participant(b, specializedOrg.inn, 'specialized_org', 2021, 2021),
  ];
  ensureCooperation(b, weaver, participants.map((p) => p.inn));
  return {
    code: 'komi-woodworking',
    name: 'Деревообрабатывающий промышленный кластер Республики Коми',
    kind: 'industrial',
    specialization: 'Лесозаготовка, деревообработка, целлюлозно-бумажное и мебельное производство',
    status: 'application',
    regions: [REGION],
    municipalities: municipalitiesOf(b, participants.map((p) => p.inn)),
    specializedOrgInn: specializedOrg.inn,
    developmentProgrammeFrom: '2025-01-01',
    developmentProgrammeTo: '2031-12-31',
    participants,
    agreements: [{ title: 'Соглашение о создании деревообрабатывающего промышленного кластера', number: '3-К', signedOn: '2024-02-12', kind: 'cooperation', parties: participants.map((p) => ({ inn: p.inn, name: null })) }],
    preferences: [],
    isDemo: true,
  };
}
