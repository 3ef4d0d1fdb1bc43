import type { ClusterInput } from '@klaster/core';
import type { DemoBuilder } from '../builder.ts';
import { ensureCooperation, enterpriseRole, municipalitiesOf, participant } from '../clusters.ts';
import type { Placement } from '../geography.ts';
import type { GroupMember, LinkWeaver } from '../links.ts';
import { buildGroup, placeAt, times, weightedPlaces } from '../segments.ts';
import type { StoryResult } from '../story.ts';

const REGION = '40';

/**
 * Story 2: Kaluga (seed 001). Four industries — automotive, composites and railway equipment,
 * electronics, pharmaceuticals — with 120+ enterprises; the pharmaceutical cluster is in the registry,
 * the automotive one is an initiative, the other two are there to be discovered.
 */
export function kalugaStory(b: DemoBuilder, weaver: LinkWeaver): StoryResult {
  const at = (fragment: string) => placeAt(b, REGION, fragment);
  const kaluga = at('город Калуга');
  const auto = buildGroup(b, weaver, [
    { okved: '29.1', theme: 'auto', tier: 0, sizes: times(3, 'large') },
    { okved: '29.2', theme: 'auto', tier: 1, sizes: ['medium'] },
    { okved: '29.3', theme: 'auto', tier: 1, sizes: ['large', 'large', ...times(6, 'medium'), ...times(8, 'small'), 'micro', 'micro'], okvedExtra: ['25.6'] },
    { okved: '22.1', theme: 'auto', tier: 2, sizes: ['medium', 'small', 'small'] },
    { okved: '22.2', theme: 'composite', tier: 2, sizes: ['medium', 'small', 'small', 'micro'] },
    { okved: '25.5', theme: 'metal', tier: 2, sizes: ['medium', 'small', 'small'] },
    { okved: '25.6', theme: 'metal', tier: 2, sizes: ['small', 'micro', 'micro'], entrepreneurs: 1 },
    { okved: '27.3', theme: 'electrotech', tier: 2, sizes: ['medium', 'small'] },
    { okved: '27.4', theme: 'electrotech', tier: 2, sizes: ['small'] },
    { okved: '13.9', theme: 'auto', tier: 2, sizes: ['small'] },
  ], weightedPlaces(b, [[kaluga, 6], [at('Боровский'), 3], [at('Малоярославецкий'), 1], [at('Дзержинский'), 1]]), 3, 2);
  const rail = buildGroup(b, weaver, [
    { okved: '30.2', theme: 'rail', tier: 0, sizes: ['large', 'medium', 'medium'] },
    { okved: '20.1', theme: 'composite', tier: 2, sizes: ['medium', 'small', 'small'] },
    { okved: '22.2', theme: 'composite', tier: 1, sizes: ['medium', 'small', 'small', 'small', 'micro', 'micro'] },
    { okved: '23.1', theme: 'composite', tier: 2, sizes: ['small', 'micro'] },
    { okved: '25.1', theme: 'metal', tier: 1, sizes: ['medium', 'small', 'small'] },
    { okved: '25.6', theme: 'metal', tier: 2, sizes: ['small', 'micro', 'micro'], entrepreneurs: 1 },
    { okved: '24.5', theme: 'metal', tier: 2, sizes: ['medium', 'small'] },
    { okved: '27.1', theme: 'electrotech', tier: 1, sizes: ['small', 'small'] },
    { okved: '28.9', theme: 'machinery', tier: 1, sizes: ['small', 'micro'] },
  ], weightedPlaces(b, [[at('Людиновский'), 4], [kaluga, 3], [at('Кировский'), 2], [at('Сухиничский'), 1]]), 2, 1);
  const electronics = buildGroup(b, weaver, [
    { okved: '26.2', theme: 'electronics', tier: 0, sizes: ['large', 'medium', 'small'] },
    { okved: '26.1', theme: 'electronics', tier: 1, sizes: ['medium', 'small', 'small', 'small', 'micro'] },
    { okved: '26.3', theme: 'electronics', tier: 0, sizes: ['medium', 'small', 'small', 'micro'] },
    { okved: '26.5', theme: 'electronics', tier: 1, sizes: ['medium', 'small', 'small', 'micro', 'micro'], entrepreneurs: 1 },
    { okved: '27.1', theme: 'electrotech', tier: 1, sizes: ['medium', 'small', 'small'] },
    { okved: '27.3', theme: 'electrotech', tier: 2, sizes: ['small', 'small', 'micro'] },
    { okved: '27.9', theme: 'electrotech', tier: 1, sizes: ['small', 'small', 'micro'] },
    { okved: '25.6', theme: 'metal', tier: 2, sizes: ['small', 'micro'] },
  ], weightedPlaces(b, [[at('город Обнинск'), 4], [kaluga, 4], [at('Жуковский'), 1], [at('Боровский'), 1]]), 2, 1);
  const { members: pharma, specializedOrg } = pharmaGroup(b, weaver, kaluga, at('город Обнинск'), at('Боровский'));

  return {
    clusters: [pharmaCluster(b, weaver, pharma, specializedOrg), autoCluster(b, auto)],
    plantedGroups: [
      { key: 'kaluga-auto', region: REGION, label: 'Калуга: автомобилестроение', inns: auto.map((m) => m.inn) },
      { key: 'kaluga-composite-rail', region: REGION, label: 'Калуга: композиты и железнодорожная техника', inns: rail.map((m) => m.inn) },
      { key: 'kaluga-electronics', region: REGION, label: 'Калуга: электроника', inns: electronics.map((m) => m.inn) },
      { key: 'kaluga-pharma', region: REGION, label: 'Калуга: фармацевтика', inns: pharma.map((m) => m.inn) },
    ],
    potentialSuppliers: [],
  };
}

function pharmaGroup(b: DemoBuilder, weaver: LinkWeaver, kaluga: () => Placement, obninsk: () => Placement, borovsk: () => Placement) {
  const research = [
    b.institution({ place: obninsk(), kind: 'research', okved: '72', name: 'АО «Научно-исследовательский институт радиофармацевтики Приокья»', shortName: 'НИИ радиофармацевтики Приокья', staff: [150, 300], budgetMln: [250, 500] }),
    b.institution({ place: obninsk(), kind: 'research', okved: '72', name: 'ООО «Центр доклинических исследований «Протва»»', shortName: 'ЦДИ «Протва»', staff: [30, 70], budgetMln: [60, 140] }),
  ];
  const specializedOrg = b.institution({ place: kaluga(), kind: 'public', okved: '94', name: 'АНО «Управляющая компания фармацевтического кластера Приокья»', shortName: 'УК фармкластера Приокья', staff: [6, 14], budgetMln: [15, 40] });
  const place = weightedPlaces(b, [[obninsk, 4], [kaluga, 3], [borovsk, 3]]);
  const members = buildGroup(b, weaver, [
    { okved: '21.2', theme: 'pharma', tier: 0, sizes: ['large', 'large', 'medium', 'medium', 'small', 'small', 'micro'] },
    { okved: '21.1', theme: 'biotech', tier: 1, sizes: ['medium', 'small', 'small', 'small', 'micro'] },
    { okved: '20.5', theme: 'chemistry', tier: 2, sizes: ['small', 'small', 'micro'] },
    { okved: '23.1', theme: 'pharma', tier: 2, sizes: ['medium', 'small'] },
    { okved: '22.2', theme: 'composite', tier: 2, sizes: ['small', 'small', 'micro'] },
    { okved: '17.2', theme: 'paper', tier: 2, sizes: ['small', 'micro'] },
    { okved: '32.5', theme: 'medtech', tier: 1, sizes: ['small', 'small', 'micro'] },
    { okved: '26.6', theme: 'medtech', tier: 1, sizes: ['small'] },
  ], place, 2, 1);
  const withInstitutions: GroupMember[] = [...members, ...[...research, specializedOrg].map((o) => ({ inn: o.inn, tier: 2 }))];
  // The institutions sell research and coordination to the manufacturers: a few links each.
  for (const institution of [...research, specializedOrg]) {
    for (const buyer of b.rng.shuffle(members.filter((m) => m.availability !== 'none')).slice(0, b.rng.int(2, 4))) weaver.relationship(institution.inn, buyer.inn);
  }
  return { members: withInstitutions, specializedOrg: specializedOrg.inn };
}

function pharmaCluster(b: DemoBuilder, weaver: LinkWeaver, members: GroupMember[], specializedOrgInn: string): ClusterInput {
  const enterprises = members.filter((m) => b.get(m.inn).kind === 'industrial' && m.availability === 'normal').slice(0, 14);
  const research = members.filter((m) => b.get(m.inn).kind === 'research');
  const participants = [
    ...enterprises.map((m) => participant(b, m.inn, enterpriseRole(b, m.inn), 2019, 2023)),
    ...research.map((m) => participant(b, m.inn, 'research', 2019, 2020)),
    participant(b, specializedOrgInn, 'specialized_org', 2019, 2019),
  ];
  ensureCooperation(b, weaver, participants.map((p) => p.inn));
  return {
    code: 'kaluga-pharma',
    name: 'Фармацевтический кластер Приокья',
    kind: 'industrial',
    specialization: 'Лекарственные средства, фармацевтические субстанции, медицинские изделия',
    status: 'in_registry',
    regions: [REGION],
    municipalities: municipalitiesOf(b, participants.map((p) => p.inn)),
    specializedOrgInn,
    registryDecisionDate: '2022-11-15',
    developmentProgrammeFrom: '2022-01-01',
    developmentProgrammeTo: '2030-12-31',
    participants,
    agreements: [{ title: 'Соглашение о создании промышленного кластера', number: '1/2022', signedOn: '2022-03-10', kind: 'cooperation', parties: participants.map((p) => ({ inn: p.inn, name: null })) }],
    preferences: [],
    isDemo: true,
  };
}

function autoCluster(b: DemoBuilder, members: GroupMember[]): ClusterInput {
  const anchors = members.filter((m) => m.tier === 0);
  const suppliers = members.filter((m) => m.tier > 0 && m.availability === 'normal').slice(0, 9);
  const participants = [...anchors, ...suppliers].map((m) => participant(b, m.inn, enterpriseRole(b, m.inn), 2024, 2025));
  return {
    code: 'kaluga-auto',
    name: 'Автомобильный кластер Калужской области',
    kind: 'industrial',
    specialization: 'Автомобили и автокомпоненты',
    status: 'initiative',
    regions: [REGION],
    municipalities: municipalitiesOf(b, participants.map((p) => p.inn)),
    specializedOrgInn: null,
    participants,
    agreements: [],
    preferences: [],
    isDemo: true,
  };
}
