import type { ClusterInput, ClusterStatus, OrganisationInput } from '@klaster/core';
import type { ParticipantStatus } from '@klaster/core/lifecycle/index.ts';
import { projectSubsidy, type JointProjectInput } from '@klaster/core/projects/index.ts';
import { join } from 'node:path';
import { loadRuleSetFile, RULES_DIR } from '../rules-loader.ts';
import type { DemoDataset } from './types.ts';

/**
 * The life cycle of the demo clusters and the joint projects of Kaluga, derived from the generated data set
 * (deterministic: the same data set gives the same rows). Astrakhan (story 3) is an initiative: some yards
 * and suppliers have answered, some have not, there is no agreement and no specialised organisation yet, and
 * registry entry is due before the year's end. Kaluga's pharmaceutical cluster (story 2) went through every
 * step into the registry and has supported joint projects, so the national figures have something to count.
 */
export interface DemoDocument {
  title: string;
  number: string | null;
  date: string;
}

export interface DemoClusterEvent {
  clusterCode: string;
  fromStatus: ClusterStatus | null;
  toStatus: ClusterStatus;
  happenedOn: string;
  document: DemoDocument | null;
  note: string;
}

export interface DemoDeadline {
  clusterCode: string;
  targetStatus: ClusterStatus;
  dueOn: string;
  title: string;
  note: string;
}

export interface DemoParticipantStatus {
  clusterCode: string;
  inn: string;
  status: ParticipantStatus;
  document: DemoDocument | null;
}

export interface DemoProject {
  clusterCode: string;
  project: JointProjectInput;
  status: 'draft' | 'supported';
  supportAmount: number | null;
  supportedOn: string | null;
}

export interface DemoLifecycle {
  events: DemoClusterEvent[];
  deadlines: DemoDeadline[];
  participantStatuses: DemoParticipantStatus[];
  projects: DemoProject[];
}

const ASTRAKHAN = 'astrakhan-shipbuilding';
const KALUGA_PHARMA = 'kaluga-pharma';
const doc = (title: string, number: string | null, date: string): DemoDocument => ({ title, number, date });

function clusterOf(demo: DemoDataset, code: string): ClusterInput {
  const cluster = demo.clusters.find((c) => c.code === code);
  if (!cluster) throw new Error(`demo lifecycle: no cluster ${code} in the data set`);
  return cluster;
}

function astrakhan(demo: DemoDataset): Omit<DemoLifecycle, 'projects'> {
  const cluster = clusterOf(demo, ASTRAKHAN);
  const enterprises = cluster.participants.filter((p) => p.role !== 'specialized_org');
  const anchors = enterprises.filter((p) => p.role === 'anchor');
  const others = enterprises.filter((p) => p.role !== 'anchor');
  // The yards and the first two suppliers sent letters of intent after the strategy session; two suppliers were
  // listed and have not answered; the last one was named by the yards and has not even been asked yet.
  const intent = [...anchors, ...others.slice(0, 2)];
  const participantStatuses: DemoParticipantStatus[] = [
    ...intent.map((p, i) => ({ clusterCode: ASTRAKHAN, inn: p.inn, status: 'intent' as const, document: doc('Письмо о намерении войти в состав кластера', `${i + 1}-К`, `2026-10-${String(5 + i * 2).padStart(2, '0')}`) })),
    ...others.slice(2, 4).map((p) => ({ clusterCode: ASTRAKHAN, inn: p.inn, status: 'listed' as const, document: null })),
  ];
  return {
    events: [
      { clusterCode: ASTRAKHAN, fromStatus: null, toStatus: 'candidate', happenedOn: '2026-03-02', document: doc('Отчёт об анализе перспектив кластеризации Астраханской области', null, '2026-03-02'), note: 'Судостроительная группа выявлена как кластер де-факто' },
      { clusterCode: ASTRAKHAN, fromStatus: 'candidate', toStatus: 'initiative', happenedOn: '2026-09-17', document: doc('Протокол стратегической сессии по созданию судостроительного кластера', '1', '2026-09-17'), note: 'Соглашение о сотрудничестве региона и Ассоциации кластеров и технопарков; стратегическая сессия с руководителями предприятий' },
    ],
    deadlines: [{ clusterCode: ASTRAKHAN, targetStatus: 'in_registry', dueOn: '2026-12-31', title: 'Включение в реестр промышленных кластеров до конца года', note: 'Срок, названный на стратегической сессии' }],
    participantStatuses,
  };
}

function kalugaEvents(): DemoClusterEvent[] {
  const step = (fromStatus: ClusterStatus | null, toStatus: ClusterStatus, happenedOn: string, document: DemoDocument, note = ''): DemoClusterEvent => ({ clusterCode: KALUGA_PHARMA, fromStatus, toStatus, happenedOn, document, note });
  return [
    step(null, 'candidate', '2021-03-15', doc('Анализ фармацевтической отрасли Калужской области', null, '2021-03-15')),
    step('candidate', 'initiative', '2021-06-10', doc('Протокол совещания инициаторов создания фармацевтического кластера', '3', '2021-06-10')),
    step('initiative', 'agreement_signed', '2022-03-10', doc('Соглашение о создании промышленного кластера', '1/2022', '2022-03-10')),
    step('agreement_signed', 'specialized_org_set', '2022-04-20', doc('Решение общего собрания участников об определении специализированной организации', '2', '2022-04-20')),
    step('specialized_org_set', 'application', '2022-07-01', doc('Заявление о включении кластера в реестр промышленных кластеров', '47', '2022-07-01')),
    step('application', 'pre_defence', '2022-09-27', doc('Уведомление о предварительной защите перед экспертной группой', null, '2022-09-20')),
    step('pre_defence', 'in_registry', '2022-11-15', doc('Приказ Минпромторга России о включении в реестр промышленных кластеров', '4835', '2022-11-15'), 'Демонстрационные реквизиты'),
  ];
}

/** Participants of the cluster by their main OKVED, first match first, each used once. */
function picker(demo: DemoDataset, cluster: ClusterInput) {
  const byInn = new Map(demo.organisations.map((o) => [o.inn, o]));
  const pool = cluster.participants.map((p) => byInn.get(p.inn)!).filter((o) => o.kind === 'industrial');
  const used = new Set<string>();
  return (prefix: string): OrganisationInput => {
    const found = pool.find((o) => !used.has(o.inn) && o.okvedMain.startsWith(prefix)) ?? pool.find((o) => !used.has(o.inn));
    if (!found) throw new Error(`demo lifecycle: no participant left for ${prefix}`);
    used.add(found.inn);
    return found;
  };
}

/** The lead's own first product (what it makes), so the project's OKPD2 agrees with the registry. */
function productOf(o: OrganisationInput, fallback: { okpd2: string; name: string }): { okpd2: string; name: string } {
  const first = o.products?.[0];
  return first ? { okpd2: first.okpd2, name: first.name ?? fallback.name } : fallback;
}

interface ProjectPlan {
  title: string;
  description: string;
  fallbackProduct: { okpd2: string; name: string };
  startYear: number;
  /** Million roubles: R&D, documentation, equipment, launch, marketing. */
  costs: [number, number, number, number, number];
  supportedOn: string | null;
  jobs: number;
}

function planProject(lead: OrganisationInput, partners: OrganisationInput[], plan: ProjectPlan): JointProjectInput {
  const y = plan.startYear;
  const [rnd, documentation, equipment, launch, marketing] = plan.costs.map((m) => m * 1_000_000);
  const partner = partners[0]!;
  const output = (rnd! + equipment!) * 1.6;
  return {
    title: plan.title, description: plan.description, product: productOf(lead, plan.fallbackProduct), subsidyRuleset: 'pp41@2021',
    participants: [{ inn: lead.inn, role: 'lead' }, ...partners.map((p) => ({ inn: p.inn, role: 'participant' as const }))],
    stages: [
      { stage: 'rnd', startsOn: `${y}-02-01`, endsOn: `${y}-11-30`, description: 'Разработка технологии и опытные образцы' },
      { stage: 'documentation', startsOn: `${y + 1}-01-15`, endsOn: `${y + 1}-06-30`, description: 'Регистрационное досье и технологические регламенты' },
      { stage: 'equipment', startsOn: `${y + 1}-03-01`, endsOn: `${y + 1}-12-15`, description: 'Поставка и монтаж производственной линии' },
      { stage: 'launch', startsOn: `${y + 2}-01-10`, endsOn: `${y + 2}-06-30`, description: 'Пусконаладка и валидация' },
      { stage: 'serial', startsOn: `${y + 2}-07-01`, endsOn: `${y + 4}-12-31`, description: 'Серийный выпуск' },
    ],
    budget: [
      { inn: lead.inn, supplierInn: null, stage: 'rnd', costItem: 'rnd', year: y, spentOn: `${y}-06-15`, amount: rnd! },
      { inn: lead.inn, supplierInn: null, stage: 'documentation', costItem: 'documentation', year: y + 1, spentOn: `${y + 1}-04-01`, amount: documentation! },
      { inn: partner.inn, supplierInn: null, stage: 'equipment', costItem: 'equipment', year: y + 1, spentOn: `${y + 1}-09-10`, amount: equipment! },
      { inn: partner.inn, supplierInn: lead.inn, stage: 'launch', costItem: 'production-launch', year: y + 2, spentOn: `${y + 2}-03-20`, amount: launch! },
      { inn: lead.inn, supplierInn: null, stage: 'serial', costItem: 'marketing', year: y + 2, spentOn: `${y + 2}-09-01`, amount: marketing! },
    ],
    results: [
      { year: y + 2, output: Math.round(output * 0.4), importSubstitution: Math.round(output * 0.25), jobs: plan.jobs },
      { year: y + 3, output: Math.round(output), importSubstitution: Math.round(output * 0.6), jobs: Math.round(plan.jobs / 2) },
      { year: y + 4, output: Math.round(output * 1.2), importSubstitution: Math.round(output * 0.7), jobs: Math.round(plan.jobs / 4) },
    ],
  };
}

const PLANS: { lead: string; partners: string[]; plan: ProjectPlan }[] = [
  { lead: '21.2', partners: ['21.1', '20.5'], plan: { title: 'Производство противоопухолевых препаратов полного цикла', description: 'Субстанция и готовая лекарственная форма из отечественного сырья участников кластера', fallbackProduct: { okpd2: '21.20.10', name: 'Препараты лекарственные' }, startYear: 2022, costs: [120, 35, 410, 60, 25], supportedOn: '2022-12-20', jobs: 85 } },
  { lead: '21.1', partners: ['21.2'], plan: { title: 'Иммунобиологические препараты для ветеринарии и медицины', description: 'Субстанции участника-биотехнолога и готовые формы фармацевтического завода кластера', fallbackProduct: { okpd2: '21.10.60', name: 'Субстанции фармацевтические' }, startYear: 2023, costs: [45, 15, 180, 30, 12], supportedOn: '2023-10-05', jobs: 60 } },
  { lead: '21.2', partners: ['23.1', '20.5'], plan: { title: 'Отечественная первичная упаковка лекарственных средств', description: 'Флаконы из медицинского стекла и реактивы участников кластера вместо импортных', fallbackProduct: { okpd2: '21.20.10', name: 'Препараты лекарственные' }, startYear: 2024, costs: [30, 10, 140, 25, 8], supportedOn: '2024-11-12', jobs: 42 } },
  { lead: '21.1', partners: ['21.2'], plan: { title: 'Биоаналоги моноклональных антител', description: 'Проект в подготовке: заявка на субсидию ещё не подана', fallbackProduct: { okpd2: '21.10.60', name: 'Антитела и продукты иммунологические' }, startYear: 2026, costs: [220, 60, 520, 90, 30], supportedOn: null, jobs: 110 } },
];

function kalugaProjects(demo: DemoDataset): DemoProject[] {
  const cluster = clusterOf(demo, KALUGA_PHARMA);
  const pp41 = loadRuleSetFile(join(RULES_DIR, 'pp41@2021.json'));
  const participants = cluster.participants.map((p) => p.inn);
  // One picker for all projects: each enterprise takes part in one project, so the figures count distinct enterprises.
  const pick = picker(demo, cluster);
  return PLANS.map(({ lead, partners, plan }) => {
    const project = planProject(pick(lead), partners.map(pick), plan);
    // The support granted is what the calculator allows (the registry cluster complies): the figures agree with the subsidy endpoint.
    const supportAmount = plan.supportedOn ? projectSubsidy(project, pp41, { participants, compliant: true }).subsidy.amount : null;
    return { clusterCode: KALUGA_PHARMA, project, status: plan.supportedOn ? 'supported' : 'draft', supportAmount, supportedOn: plan.supportedOn };
  });
}

export function generateDemoLifecycle(demo: DemoDataset): DemoLifecycle {
  const a = astrakhan(demo);
  return {
    events: [...a.events, ...kalugaEvents()],
    deadlines: a.deadlines,
    participantStatuses: a.participantStatuses,
    projects: kalugaProjects(demo),
  };
}
