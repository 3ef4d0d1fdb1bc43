import type { ApplicationKind } from './facts.ts';

/**
 * The documents of an application package. `generated` ones Klaster assembles from the registry (the list of
 * participants, the rules check, the project passport and budget); `attached` ones the applicant provides and
 * records in the draft (title, number, date). The list follows the registry-entry procedure of Decree 779 and
 * the subsidy rules of Decree 41 as we read them: it is `assumed`, like the thresholds marked so in RULES.md.
 */
export interface ApplicationDocument {
  code: string;
  source: 'generated' | 'attached';
  ru: string;
  en: string;
}

export const APPLICATION_DOCUMENTS: Record<ApplicationKind, readonly ApplicationDocument[]> = {
  registry_entry: [
    { code: 'statement', source: 'attached', ru: 'Заявление специализированной организации о включении кластера в реестр', en: 'Statement of the specialised organisation applying for registry entry' },
    { code: 'agreement', source: 'attached', ru: 'Копия соглашения (договора) участников кластера', en: 'Copy of the participants\' agreement' },
    { code: 'development-programme', source: 'attached', ru: 'Программа развития кластера (не менее 5 лет)', en: 'Development programme of the cluster (at least 5 years)' },
    { code: 'specialized-org-documents', source: 'attached', ru: 'Учредительные документы и выписка из ЕГРЮЛ специализированной организации', en: 'Founding documents and register extract of the specialised organisation' },
    { code: 'participants-list', source: 'generated', ru: 'Перечень участников кластера с ИНН, ОКВЭД2 и регионом', en: 'List of participants with INN, OKVED2 and region' },
    { code: 'compliance-check', source: 'generated', ru: 'Расчёт соответствия требованиям ПП № 779', en: 'Calculation of compliance with Decree 779' },
  ],
  subsidy: [
    { code: 'statement', source: 'attached', ru: 'Заявление о предоставлении субсидии', en: 'Statement applying for the subsidy' },
    { code: 'cost-documents', source: 'attached', ru: 'Копии документов, подтверждающих затраты (договоры, акты, платёжные поручения)', en: 'Copies of the documents proving the costs (contracts, acts, payment orders)' },
    { code: 'participants-agreement', source: 'attached', ru: 'Соглашение участников о реализации совместного проекта', en: 'Participants\' agreement on the joint project' },
    { code: 'project-passport', source: 'generated', ru: 'Паспорт совместного проекта: участники, продукция, этапы, результаты', en: 'Joint project passport: participants, product, stages, results' },
    { code: 'budget', source: 'generated', ru: 'Смета проекта по статьям и годам', en: 'Project budget by cost item and year' },
    { code: 'subsidy-calculation', source: 'generated', ru: 'Расчёт субсидии по ПП № 41', en: 'Subsidy calculation under Decree 41' },
    { code: 'compliance-check', source: 'generated', ru: 'Расчёт соответствия кластера требованиям ПП № 779', en: 'Calculation of the cluster\'s compliance with Decree 779' },
  ],
};

export function attachedDocuments(kind: ApplicationKind): ApplicationDocument[] {
  return APPLICATION_DOCUMENTS[kind].filter((d) => d.source === 'attached');
}

export function documentCodes(kind: ApplicationKind): string[] {
  return APPLICATION_DOCUMENTS[kind].map((d) => d.code);
}
