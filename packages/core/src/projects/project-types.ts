/**
 * A joint project of several participants of one cluster (PRODUCT.md C7, Decree 41): the product it makes,
 * the life-cycle stages it goes through, its budget by cost item and year, and what it should yield.
 */
export const PROJECT_STAGES = ['rnd', 'documentation', 'equipment', 'launch', 'serial'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];
export const PROJECT_STAGE_LABELS: Record<ProjectStage, { ru: string; en: string }> = {
  rnd: { ru: 'НИОКР', en: 'R&D' },
  documentation: { ru: 'Разработка конструкторской и технологической документации', en: 'Design and process documentation' },
  equipment: { ru: 'Приобретение и монтаж оборудования', en: 'Equipment purchase and installation' },
  launch: { ru: 'Запуск производства', en: 'Production launch' },
  serial: { ru: 'Серийное производство', en: 'Serial production' },
};

/** Cost items: the pp41 rule sets name the eligible ones among these. */
export const COST_ITEMS = ['rnd', 'documentation', 'equipment', 'production-launch', 'production', 'starting-batch', 'marketing', 'other'] as const;
export type CostItem = (typeof COST_ITEMS)[number];
export const COST_ITEM_LABELS: Record<CostItem, { ru: string; en: string }> = {
  rnd: { ru: 'НИОКР', en: 'R&D' },
  documentation: { ru: 'Документация', en: 'Documentation' },
  equipment: { ru: 'Оборудование', en: 'Equipment' },
  'production-launch': { ru: 'Запуск производства', en: 'Production launch' },
  production: { ru: 'Производство', en: 'Production' },
  'starting-batch': { ru: 'Стартовые партии комплектующих', en: 'Starting batches of components' },
  marketing: { ru: 'Маркетинг и сбыт', en: 'Marketing and sales' },
  other: { ru: 'Прочие затраты', en: 'Other costs' },
};

export const PROJECT_STATUSES = ['draft', 'submitted', 'supported', 'rejected', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, { ru: string; en: string }> = {
  draft: { ru: 'Черновик', en: 'Draft' },
  submitted: { ru: 'Подан на поддержку', en: 'Submitted for support' },
  supported: { ru: 'Поддержан', en: 'Supported' },
  rejected: { ru: 'Отклонён', en: 'Rejected' },
  completed: { ru: 'Завершён', en: 'Completed' },
};

export interface ProjectParticipantInput {
  inn: string;
  role: 'lead' | 'participant';
}

export interface ProjectStageInput {
  stage: ProjectStage;
  startsOn: string;
  endsOn: string;
  description?: string;
}

/** One budget line: who bears the cost, paid to whom, at which stage, for which item, in which year. */
export interface BudgetLineInput {
  inn: string;
  supplierInn?: string | null;
  stage: ProjectStage;
  costItem: string;
  year: number;
  /** The day of the cost when known; otherwise the subsidy counts it from 1 January of the year. */
  spentOn?: string | null;
  amount: number;
}

export interface ExpectedResultInput {
  year: number;
  /** Output of the project's product in the year, roubles. */
  output: number;
  /** Imports the product replaces in the year, roubles. */
  importSubstitution: number;
  /** New jobs created in the year. */
  jobs: number;
}

export interface JointProjectInput {
  title: string;
  description?: string;
  product: { okpd2: string; name: string };
  /** The pp41 version its subsidy is computed by, e.g. pp41@2021. */
  subsidyRuleset: string;
  participants: ProjectParticipantInput[];
  stages: ProjectStageInput[];
  budget: BudgetLineInput[];
  results: ExpectedResultInput[];
}

export interface ProjectIssue {
  path: string;
  value?: unknown;
  message: string;
  messageEn: string;
}
