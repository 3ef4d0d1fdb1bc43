import type { ClusterInput, ClusterParticipantInput, ClusterStatus, PreferenceInput } from '@klaster/core';
import type { DemoBuilder } from '../builder.ts';
import { ensureCooperation, enterpriseRole, isoDate, municipalitiesOf, participant } from '../clusters.ts';
import type { GroupMember, LinkWeaver } from '../links.ts';
import { placeAt, weightedPlaces } from '../segments.ts';
import type { StoryResult } from '../story.ts';
import { biopharmaEnterprises, biopharmaInstitutions, neighbourSuppliers, polymerMembers } from './biysk-members.ts';

const REGION = '22';
const CITY_ADMINISTRATION = 'Администрация города Бийска';
const DISTRICT_ADMINISTRATION = 'Администрация Бийского района';

/**
 * Story 1: Biysk and its neighbours (seed 000). Two local clusters recorded with their agreement and
 * preferences (biopharmaceutical, 22 participants; polymer-composite, 13 SMEs), and enterprises of the
 * neighbouring municipalities trading with them, so discovery proposes an inter-municipal cluster.
 */
export function biyskStory(b: DemoBuilder, weaver: LinkWeaver): StoryResult {
  const city = placeAt(b, REGION, 'город Бийск');
  const resort = placeAt(b, REGION, 'город Белокуриха');
  const clusterPlace = weightedPlaces(b, [[city, 8], [placeAt(b, REGION, 'Бийский'), 2], [resort, 1]]);
  const neighbours = weightedPlaces(b, ['Бийский', 'Смоленский', 'Советский', 'Зональный', 'Красногорский', 'Целинный', 'Троицкий'].map((f) => [placeAt(b, REGION, f), 1]));
  const administrationInn = b.institution({ place: city(), kind: 'authority', okved: '84', name: CITY_ADMINISTRATION, shortName: 'Администрация г. Бийска' }).inn;

  const bioEnterprises = biopharmaEnterprises(b, clusterPlace).members;
  const institutions = biopharmaInstitutions(b, city, resort);
  const polymer = polymerMembers(b, clusterPlace, city);
  const extras = neighbourSuppliers(b, neighbours);
  const institutionInns = [...institutions.research, institutions.education, institutions.infrastructure, institutions.specializedOrg, institutions.finance];
  const bioGroup: GroupMember[] = [...bioEnterprises, ...institutionInns.map((inn) => ({ inn, tier: 2 })), ...extras.toBiopharma];
  const polyGroup: GroupMember[] = [...polymer.made.members, { inn: polymer.engineering, tier: 2 }, { inn: polymer.association, tier: 2 }, ...extras.toPolymer];
  weaver.weaveGroup(bioGroup);
  weaver.weaveGroup(polyGroup);

  const bioParticipants = [
    ...bioEnterprises.map((m) => participant(b, m.inn, enterpriseRole(b, m.inn), 2014, 2022)),
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
  ensureCooperation(b, weaver, bioParticipants.map((p) => p.inn));
  ensureCooperation(b, weaver, polyParticipants.map((p) => p.inn));
  return {
    clusters: [
      localCluster(b, { code: 'altai-biopharma', name: 'Алтайский биофармацевтический кластер', specialization: 'Химико-фармацевтическое и биофармацевтическое производство, продукты питания с заданными полезными свойствами, медицинская техника', status: 'specialized_org_set', participants: bioParticipants, specializedOrgInn: institutions.specializedOrg, administrationInn, programme: [2017, 2030], technoparkInn: institutions.infrastructure }),
      localCluster(b, { code: 'altai-polymer-composite', name: 'Алтайский полимерный композитный кластер', specialization: 'Полимерные композиционные материалы нового поколения, изделия и конструкции из них', status: 'agreement_signed', participants: polyParticipants, specializedOrgInn: polymer.association, administrationInn, programme: [2019, 2027], technoparkInn: null }),
    ],
    plantedGroups: [
      { key: 'biysk-biopharma', region: REGION, label: 'Бийск: биофармацевтический кластер и его поставщики из соседних муниципалитетов', inns: bioGroup.map((m) => m.inn) },
      { key: 'biysk-polymer', region: REGION, label: 'Бийск: полимерный композитный кластер и его поставщики', inns: polyGroup.map((m) => m.inn) },
    ],
    potentialSuppliers: [],
  };
}

interface LocalClusterSpec {
  code: string;
  name: string;
  specialization: string;
  status: ClusterStatus;
  participants: ClusterParticipantInput[];
  specializedOrgInn: string;
  administrationInn: string;
  programme: [number, number];
  technoparkInn: string | null;
}

/** A local (inter-municipal) cluster with its cooperation agreement and municipal preferences. */
function localCluster(b: DemoBuilder, spec: LocalClusterSpec): ClusterInput {
  return {
    code: spec.code,
    name: spec.name,
    kind: 'local',
    specialization: spec.specialization,
    status: spec.status,
    regions: [REGION],
    municipalities: municipalitiesOf(b, spec.participants.map((p) => p.inn)),
    specializedOrgInn: spec.specializedOrgInn,
    developmentProgrammeFrom: `${spec.programme[0]}-01-01`,
    developmentProgrammeTo: `${spec.programme[1]}-12-31`,
    participants: spec.participants,
    agreements: [cooperationAgreement(b, spec)],
    preferences: preferences(b, spec.participants, spec.technoparkInn),
    isDemo: true,
  };
}

function cooperationAgreement(b: DemoBuilder, spec: LocalClusterSpec) {
  const enterpriseParties = spec.participants.filter((p) => p.role === 'anchor' || p.role === 'participant').slice(0, 4);
  return {
    title: `Соглашение о сотрудничестве в целях развития межмуниципального кластера «${spec.name}»`,
    number: `${b.rng.int(10, 99)}-С`,
    signedOn: isoDate(b, 2019, 2021),
    kind: 'cooperation' as const,
    parties: [
      { inn: spec.administrationInn, name: CITY_ADMINISTRATION },
      { inn: null, name: DISTRICT_ADMINISTRATION },
      { inn: spec.specializedOrgInn, name: null },
      ...enterpriseParties.map((p) => ({ inn: p.inn, name: null })),
    ],
  };
}

/** Rent relief for three participants, a local-tax relief for all, and cheap land for the technopark. */
function preferences(b: DemoBuilder, participants: ClusterParticipantInput[], technoparkInn: string | null): PreferenceInput[] {
  const renters = b.rng.shuffle(participants.filter((p) => p.role === 'participant')).slice(0, 3);
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
    description: 'Пониженная ставка земельного налога (0,3%) для участков участников кластера, занятых производством',
    grantedBy: 'Дума города Бийска',
    validFrom: '2021-01-01',
    validTo: '2027-12-31',
  });
  if (technoparkInn) {
    list.push({ inn: technoparkInn, kind: 'rent', description: 'Льготная аренда земельного участка технопарка', grantedBy: DISTRICT_ADMINISTRATION, validFrom: '2020-01-01', validTo: '2029-12-31' });
  }
  return list;
}
