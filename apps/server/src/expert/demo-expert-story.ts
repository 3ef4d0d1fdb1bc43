import type { ExpertDecisionOutcome } from '@klaster/contract';

/**
 * The Komi story (PRODUCT.md story 5, seed 004) as data: a practical session in Syktyvkar where an expert
 * commission of several experts holds a pre-defence of cluster projects from several regions — scores by
 * criteria, remarks, the projects with the fewest questions singled out, and "work on errors" for the rest.
 * The Komi woodworking cluster answers its remarks and resubmits; the defence follows. The experts are
 * fictional demo accounts (the seed names real officials; the demo does not impersonate them).
 */

export interface DemoExpert {
  login: string;
  displayName: string;
  position: string;
  /** Accounts the accounts module already creates for every demo (expert1, expert2) are reused, not created. */
  create: boolean;
}

export const DEMO_EXPERTS: readonly DemoExpert[] = [
  { login: 'expert1', displayName: 'Эксперт Иванова А. С. (демо)', position: 'председатель комиссии, департамент региональной промышленной политики', create: false },
  { login: 'expert2', displayName: 'Эксперт Петров В. Н. (демо)', position: 'ассоциация кластеров и технопарков', create: false },
  { login: 'expert3', displayName: 'Эксперт Кузнецова М. Ю. (демо)', position: 'банк — партнёр программ импортозамещения', create: true },
  { login: 'expert4', displayName: 'Эксперт Лебедев Д. А. (демо)', position: 'экономический университет, кафедра региональной экономики', create: true },
];

/** The applicant account of the Komi woodworking cluster, so its side of the story can be tried. */
export const DEMO_KOMI_SO = { login: 'komi-so', displayName: 'Специализированная организация лесопромышленного кластера Коми (демо)', clusterCode: 'komi-woodworking' };

export const DEMO_COMMISSION = {
  name: 'Экспертная комиссия практической сессии по развитию промышленных кластеров (Сыктывкар)',
  description: 'Предварительная защита кластерных проектов регионов перед конкурсным отбором: оценки по критериям, замечания, работа над ошибками.',
};

/** Weights add up to 100 (core/expert/criteria.ts). */
export const DEMO_CRITERIA = [
  { name: 'Кооперационные связи и функциональная зависимость участников', description: 'Договоры между участниками, доля закупок продукции кластера у других участников', weight: 25 },
  { name: 'Соответствие требованиям ПП № 779', description: 'Состав участников, специализированная организация, территория', weight: 20 },
  { name: 'Проработка совместных проектов и их эффект', description: 'Продукция, стадии, бюджет, выпуск и рабочие места', weight: 25 },
  { name: 'Импортозамещение и выход на новые рынки', description: 'Доля импортных комплектующих, замещение, экспорт', weight: 15 },
  { name: 'Программа развития и межрегиональное сотрудничество', description: 'Горизонт программы, партнёры в других регионах', weight: 15 },
];

// Moscow time (UTC+3) throughout: the session is held in Syktyvkar, on Moscow time.
export const DEMO_SESSIONS = {
  preDefence: { title: 'Практическая сессия: предзащита кластерных проектов', round: 'pre_defence' as const, heldOn: '2026-11-12', place: 'Сыктывкар, Технопарк «Парма»', scoresDue: '2026-11-13T12:00:00.000Z', answersDue: '2026-12-11T15:00:00.000Z' },
  defence: { title: 'Защита заявок на включение в реестр промышленных кластеров', round: 'defence' as const, heldOn: '2026-12-18', place: 'Москва', scoresDue: '2026-12-22T15:00:00.000Z', answersDue: null },
};

export interface DemoApplication {
  clusterCode: string;
  /** The day version 1 was submitted: the package (and its rules check) is assembled as of that day. */
  submittedOn: string;
  coverLetter: string;
  /** login → scores per criterion, in criterion order (0–10); each of these pre-defence sheets was submitted before the decision. */
  scores: Record<string, number[]>;
  /** Remarks by expert login; `answer` set when the applicant has answered, `verdict` when the expert settled it. */
  remarks: { by: string; text: string; answer?: string; verdict?: 'accepted' }[];
  decision: { outcome: ExpertDecisionOutcome; reason: string };
}

/**
 * Weighted scores (Σ weight × score / 10): Komi 66.5, 62.5, 67.5 → 65.5; Altai biopharma 84, 82.5, 84.5 → 83.67;
 * Altai composites 60.5, 58, 60 → 59.5. The expert of the bank (expert3) declared a conflict with the Komi
 * pulp-and-paper anchor and is not assigned to Komi.
 */
export const DEMO_APPLICATIONS: readonly DemoApplication[] = [
  {
    clusterCode: 'komi-woodworking',
    submittedOn: '2026-11-02',
    coverLetter: 'Просим рассмотреть заявку деревообрабатывающего промышленного кластера Республики Коми на включение в реестр промышленных кластеров Минпромторга России.',
    scores: { expert1: [7, 6, 7, 8, 5], expert2: [6, 6, 7, 7, 5], expert4: [7, 7, 6, 8, 6] },
    remarks: [
      { by: 'expert1', text: 'Не у всех участников есть договоры кооперации с другими участниками: приложите договоры поставки по трём лесозаготовительным предприятиям.', answer: 'Приложены договоры поставки пиловочника трём деревообрабатывающим участникам (№ 14-П, 15-П, 17-П от 2026 г.).', verdict: 'accepted' },
      { by: 'expert2', text: 'Программа развития не описывает выход на межрегиональный уровень: партнёры в Архангельской и Кировской областях не указаны.', answer: 'В программу развития добавлен раздел о межрегиональной кооперации с партнёрами из Архангельской и Кировской областей.', verdict: 'accepted' },
      { by: 'expert4', text: 'Не приведён расчёт функциональной зависимости: доля закупок продукции кластера у участников в общих закупках промежуточной продукции.', answer: 'Расчёт приложен: 27% закупок промежуточной продукции приходится на других участников кластера (порог — 20%).' },
    ],
    decision: { outcome: 'revise', reason: 'Вопросов больше, чем у лидеров: провести работу над ошибками по замечаниям экспертов и подать заявку повторно к защите.' },
  },
  {
    clusterCode: 'altai-biopharma',
    submittedOn: '2026-11-03',
    coverLetter: 'Алтайский биофармацевтический кластер представляет заявку на предварительную защиту.',
    scores: { expert1: [9, 8, 8, 9, 8], expert2: [8, 8, 9, 9, 7], expert3: [9, 9, 8, 8, 8] },
    remarks: [{ by: 'expert3', text: 'Уточните источники софинансирования совместного проекта по функциональному питанию.' }],
    decision: { outcome: 'approved', reason: 'Наименьшее число вопросов: проект допущен к защите.' },
  },
  {
    clusterCode: 'altai-polymer-composite',
    submittedOn: '2026-11-05',
    coverLetter: 'Алтайский полимерный композитный кластер представляет заявку на предварительную защиту.',
    scores: { expert2: [7, 5, 6, 6, 6], expert3: [6, 5, 6, 7, 5], expert4: [7, 6, 5, 6, 6] },
    remarks: [
      { by: 'expert2', text: 'Совместные проекты не проработаны: нет бюджета по статьям затрат и годам.' },
      { by: 'expert4', text: 'Программа развития заканчивается в 2027 году: горизонт меньше пяти лет.' },
    ],
    decision: { outcome: 'revise', reason: 'Совместные проекты и программа развития требуют доработки: подать заявку повторно.' },
  },
];

/** The documents every demo application attaches (the codes of core/lifecycle/documents.ts for a registry entry). */
export const DEMO_DOCUMENTS = [
  { code: 'statement', title: 'Заявление о включении в реестр промышленных кластеров', number: '1', date: '2026-11-01' },
  { code: 'agreement', title: 'Соглашение о создании промышленного кластера', number: '3-К', date: '2024-02-12' },
  { code: 'development-programme', title: 'Программа развития кластера' },
  { code: 'specialized-org-documents', title: 'Устав и выписка из ЕГРЮЛ специализированной организации' },
];

/** What the Komi woodworking cluster changed in its resubmitted version ("work on errors"), and when. */
export const KOMI_RESUBMISSION = {
  asOf: '2026-12-04',
  coverLetter: 'Повторная подача после предзащиты: договоры кооперации и расчёт функциональной зависимости приложены к ответам на замечания, программа развития дополнена разделом о межрегиональном сотрудничестве.',
  // the document codes are the package's own: the programme is replaced by its second edition
  documents: DEMO_DOCUMENTS.map((d) =>
    d.code === 'development-programme' ? { code: d.code, title: 'Программа развития кластера, ред. 2 (с разделом о межрегиональном сотрудничестве)', date: '2026-12-01' } : d),
};
