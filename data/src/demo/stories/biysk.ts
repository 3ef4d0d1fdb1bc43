import type { ClusterInput, ClusterParticipantInput, PreferenceInput } from '@klaster/core';
import type { DemoBuilder } from '../builder.ts';
import { enterpriseRole, isoDate, municipalitiesOf, participant } from '../clusters.ts';
import type { GroupMember, LinkWeaver } from '../links.ts';
import { placeAt, weightedPlaces } from '../segments.ts';
import type { StoryResult } from '../story.ts';
import { biopharmaEnterprises, biopharmaInstitutions, neighbourSuppliers, polymerMembers } from './biysk-members.ts';

const REGION = '22';
const CITY_ADMINISTRATION = 'Администрация города Бийска';
const DISTRICT_ADMINISTRATION = 'Администрация Бийского района';

/**
 * Story 1: Biysk and its neighbours. Two local clusters recorded with their agreement and preferences
 * (biopharmaceutical, 22 participants; polymer-composite, 13 SMEs), and enterprises of the
 * neighbouring municipalities trading with them, so discovery proposes an inter-municipal cluster.
 */
export function biyskStory(b: DemoBuilder, weaver: LinkWeaver): StoryResult {
  const city = placeAt(b, REGION, 'город Бийск');
  const clusterPlace = weightedPlaces(b, [[city, 8], [placeAt(b, REGION, 'Бийский'), 2], [placeAt(b, REGION, 'город Белокуриха'), 1]]);
  const neighbours = weightedPlaces(b, ['Бийский', 'Смоленский', 'Советский', 'Зональный', 'Красногорский', 'Целинный', 'Троицкий'].map((f) => [placeAt(b, REGION, f), 1]));
  const administration = b.institution({ place: city(), kind: 'authority', okved: '84', name: CITY_ADMINISTRATION, shortName: 'Администрация г. Бийска' });

  const bioEnterprises = biopharmaEnterprises(b, clusterPlace);
  const institutions = biopharmaInstitutions(b, city, placeAt(b, REGION, 'город Белокуриха'));
  const polymer = polymerMembers(b, clusterPlace, city);
  const extras = neighbourSuppliers(b, neighbours);

  const institutionInns = [...institutions.research, institutions.education, institutions.infrastructure, institutions.specializedOrg, institutions.finance];
  const bioMembers: GroupMember[] = [...bioEnterprises.members, ...institutionInns.map((inn) => ({ inn, tier: 2 }))];
  const polyMembers: GroupMember[] = [...polymer.made.members, { inn: polymer.engineering, tier: 2 }, { inn: polymer.association, tier: 2 }];
  weaver.weaveGroup([...bioMembers, ...extras.toBiopharma]);
  weaver.weaveGroup([...polyMembers, ...extras.toPolymer]);

  const bioParticipants = [
    ...bioEnterprises.members.map((m) => participant(b, m.inn, enterpriseRole(b, m.inn), 2014, 2022)),
    ...institutions.research.map((inn) => participant(b, inn, 'research', 2014, 2018)),
    participant(b, institutions.education, 'education', 2014, 2016),
    participant(b, institutions.infrastructure, 'infrastructure', 2015, 2019),
    participant(b, institutions.specializedOrg, 'specialized_org', 2014, 2014),
    participant(b, institutions.finance, 'finance', 2016, 2021),
  ];
  const polyParticipants = [
    ...polymer.made.members.map((m) => participant(b, m.inn, 'participant', 2014, 2023)),
    participant(b, polymer.engineering, 'research', 2015, 2019),
    participant(b, polymer.association, 'specialized_org', 2014, 2014),
  ];

  const clusters: ClusterInput[] = [
    {
      code: 'altai-biopharma',
      name: 'Алтайский биофармацевтический кластер',
      kind: 'local',
      specialization: 'Химико-фармацевтическое и биофармацевтическое производство, продукты питания с заданными полезными свойствами, медицинская техника',
      status: 'specialized_org_set',
      regions: [REGION],
      municipalities: municipalitiesOf(b, bioParticipants.map((p) => p.inn)),
      specializedOrgInn: institutions.specializedOrg,
      developmentProgrammeFrom: '2017-01-01',
      developmentProgrammeTo: '2030-12-31',
      participants: bioParticipants,
      agreements: [cooperationAgreement(b, 'Алтайского биофармацевтического кластера', administration.inn, institutions.specializedOrg, bioParticipants)],
      preferences: preferences(b, bioParticipants, institutions.infrastructure),
      isDemo: true,
    },
    {
      code: 'altai-polymer-composite',
      name: 'Алтайский полимерный композитный кластер',
      kind: 'local',
      specialization: 'Полимерные композиционные материалы нового поколения, изделия и конструкции из них',
      status: 'agreement_signed',
      regions: [REGION],
      municipalities: municipalitiesOf(b, polyParticipants.map((p) => p.inn)),
      specializedOrgInn: polymer.association,
      developmentProgrammeFrom: '2019-01-01',
      developmentProgrammeTo: '2027-12-31',
      participants: polyParticipants,
      agreements: [cooperationAgreement(b, 'Алтайского полимерного композитного кластера', administration.inn, polymer.association, polyParticipants)],
      preferences: preferences(b, polyParticipants, null),
      isDemo: true,
    },
  ];
  return {
    clusters,
    plantedGroups: [
      { key: 'biysk-biopharma', region: REGION, label: 'Бийск: биофармацевтический кластер и его поставщики из соседних муниципалитетов', inns: [...bioMembers, ...extras.toBiopharma].map((m) => m.inn) },
      { key: 'biysk-polymer', region: REGION, label: 'Бийск: полимерный композитный кластер и его поставщики', inns: [...polyMembers, ...extras.toPolymer].map((m) => m.inn) },
    ],
    potentialSuppliers: [],
  };
}

function cooperationAgreement(b: DemoBuilder, of: string, administrationInn: string, specializedOrgInn: string, participants: ClusterParticipantInput[]) {
  const enterpriseParties = participants.filter((p) => p.role === 'anchor' || p.role === 'participant').slice(0, 4);
  return {
    title: `Соглашение о сотрудничестве в целях развития ${of} как межмуниципального локального кластера`,
    number: `${b.rng.int(10, 99)}-С`,
    signedOn: isoDate(b, 2019, 2021),
    kind: 'cooperation' as const,
    parties: [
      { inn: administrationInn, name: CITY_ADMINISTRATION },
      { inn: null, name: DISTRICT_ADMINISTRATION },
      { inn: specializedOrgInn, name: null },
      ...enterpriseParties.map((p) => ({ inn: p.inn, name: null })),
    ],
  };
}

/** Rent relief for a few participants, a local-tax relief for all (and rent in the technopark if any). */
function preferences(b: DemoBuilder, participants: ClusterParticipantInput[], technoparkInn: string | null): PreferenceInput[] {
  const enterprises = participants.filter((p) => p.role === 'participant');
  const renters = b.rng.shuffle(enterprises).slice(0, 3);
  const list: PreferenceInput[] = renters.map((p) => ({
    inn: p.inn,
    kind: 'rent',
    description: 'Снижение арендной платы за муниципальные производственные помещения на 50%',
    grantedBy: CITY_ADMINISTRATION,
    validFrom: '2022-01-01',
    validTo: '2026-12-31',
  }));
  list.push({
    inn: null,
    kind: 'local_tax',
    description: 'Пониженная ставка земельного налога (0,3%) для земельных участков участников кластера, занятых производством',
    grantedBy: 'Дума города Бийска',
    validFrom: '2021-01-01',
    validTo: '2027-12-31',
  });
  if (technoparkInn) {
    list.push({ inn: technoparkInn, kind: 'rent', description: 'Льготная аренда земельного участка технопарка', grantedBy: DISTRICT_ADMINISTRATION, validFrom: '2020-01-01', validTo: '2029-12-31' });
  }
  return list;
}
