// What a run is doing, in words, for GET /api/discovery/runs/:id: the stored stage is a machine key.

export interface StageLabel {
  ru: string;
  en: string;
}

const STAGES: Record<string, StageLabel> = {
  queued: { ru: 'В очереди', en: 'Queued' },
  loading: { ru: 'Чтение данных', en: 'Reading the data' },
  relatedness: { ru: 'Родство отраслей', en: 'Industry relatedness' },
  'missing-links': { ru: 'Достраивание недостающих связей', en: 'Adding missing links' },
  graph: { ru: 'Построение графа кооперации', en: 'Building the cooperation graph' },
  'leiden:done': { ru: 'Сообщества найдены', en: 'Communities found' },
  candidates: { ru: 'Отбор кандидатов', en: 'Selecting candidates' },
  gaps: { ru: 'Проверка требований ПП № 779', en: 'Checking the Decree 779 requirements' },
  done: { ru: 'Готово', en: 'Done' },
  failed: { ru: 'Ошибка', en: 'Failed' },
};

const LEIDEN_STEPS: Record<string, StageLabel> = {
  move: { ru: 'перемещение узлов', en: 'moving nodes' },
  refine: { ru: 'уточнение разбиения', en: 'refining' },
  aggregate: { ru: 'свёртка графа', en: 'aggregating' },
};

/** "leiden:move:1:2" → "Поиск сообществ (Лейден): проход 1, уровень 2 — перемещение узлов". Unknown keys are shown as they are. */
export function stageLabel(stage: string): StageLabel {
  const known = STAGES[stage];
  if (known) return known;
  const leiden = /^leiden:(move|refine|aggregate):(\d+):(\d+)$/.exec(stage);
  if (leiden) {
    const step = LEIDEN_STEPS[leiden[1]!]!;
    return {
      ru: `Поиск сообществ (Лейден): проход ${leiden[2]}, уровень ${leiden[3]} — ${step.ru}`,
      en: `Communities (Leiden): pass ${leiden[2]}, level ${leiden[3]} — ${step.en}`,
    };
  }
  return { ru: stage, en: stage };
}
