import { CLUSTER_KIND_LABELS_RU, CLUSTER_STATUS_LABELS_RU, PARTICIPANT_ROLE_LABELS_RU, type ClusterKind, type ClusterStatus, type ParticipantRole } from '@klaster/core';
import { PARTICIPANT_STATUS_LABELS, type ParticipantStatus } from '@klaster/core/lifecycle/index.ts';
import { COST_ITEM_LABELS, PROJECT_STAGE_LABELS, PROJECT_STATUS_LABELS, type CostItem, type ProjectStage } from '@klaster/core/projects/index.ts';
import { formatDateRu } from '@klaster/core/rules/dates.ts';
import { percentRu, roublesRu } from '@klaster/core/rules/wording.ts';
import type { ApplicationPackageData } from './assemble-package.ts';

/**
 * The package laid out once, as titled sections of fields and tables, so the PDF and the XLSX say the same
 * thing in the same words; each renderer only decides how it looks. One section is one sheet of the workbook.
 */
export type Cell = string | number | null;
export interface Column {
  header: string;
  /** Relative width (XLSX characters; PDF proportion). */
  width: number;
  money?: boolean;
}
export interface Table {
  title: string;
  columns: Column[];
  rows: Cell[][];
}
export interface Section {
  sheet: string;
  title: string;
  fields: [string, string][];
  tables: Table[];
}

export interface PackageMeta {
  version: number | null;
  submittedAt: string | null;
}

const date = (iso: string | null | undefined) => (iso ? formatDateRu(iso.slice(0, 10)) : '—');
const money = (n: number | null | undefined) => (n == null ? '—' : `${roublesRu(n)} руб.`);
const label = <K extends string>(labels: Record<K, string>, key: string) => labels[key as K] ?? key;
const KIND_RU = { registry_entry: 'Заявка на включение кластера в реестр промышленных кластеров (ПП № 779)', subsidy: 'Заявка на субсидию по совместному проекту (ПП № 41)' };
const STATUS_RU = { pass: 'выполнено', fail: 'не выполнено', unknown: 'нет данных' } as const;

export function packageTitle(p: ApplicationPackageData): string {
  return KIND_RU[p.kind];
}

function applicationSection(p: ApplicationPackageData, meta: PackageMeta): Section {
  const c = p.cluster;
  const so = c.specializedOrganization;
  const d = p.draft;
  return {
    sheet: 'Заявка', title: packageTitle(p), tables: [],
    fields: [
      ['Заявка №', String(p.applicationId)],
      ['Версия', meta.version === null ? 'ЧЕРНОВИК (не подана)' : `${meta.version}, подана ${date(meta.submittedAt)}`],
      ['Данные на дату', date(p.asOf)],
      ['Кластер', c.name],
      ['Код кластера', c.code],
      ['Вид', label(CLUSTER_KIND_LABELS_RU as Record<ClusterKind, string>, c.kind)],
      ['Специализация', c.specialization],
      ['Статус', label(CLUSTER_STATUS_LABELS_RU as Record<ClusterStatus, string>, c.status)],
      ['Регионы', c.regions.join(', ')],
      ['Специализированная организация', so ? `${so.name}, ИНН ${so.inn}${so.ogrn ? `, ОГРН ${so.ogrn}` : ''}` : 'не определена'],
      ['Программа развития', c.developmentProgramme ? `${date(c.developmentProgramme.from)} — ${date(c.developmentProgramme.to)}` : 'нет'],
      ['Решение о включении в реестр', date(c.registryDecisionDate)],
      ['Соответствие ПП № 779', `${p.check.compliant ? 'соответствует' : 'не соответствует'} (${p.check.ruleset})`],
      ['Контактное лицо', [d.contactPerson, d.contactEmail, d.contactPhone].filter(Boolean).join(', ') || '—'],
      ['Сопроводительное письмо', d.coverLetter || '—'],
    ],
  };
}

function participantsSection(p: ApplicationPackageData): Section {
  return {
    sheet: 'Участники', title: `Участники кластера (${p.participants.length})`, fields: [],
    tables: [{
      title: 'Перечень участников',
      columns: [{ header: '№', width: 5 }, { header: 'ИНН', width: 14 }, { header: 'Наименование', width: 40 }, { header: 'Роль', width: 22 }, { header: 'ОКВЭД2', width: 9 }, { header: 'Регион', width: 8 }, { header: 'Вступил', width: 12 }, { header: 'Статус участия', width: 30 }],
      rows: p.participants.map((x, i) => [i + 1, x.inn, x.name, label(PARTICIPANT_ROLE_LABELS_RU as Record<ParticipantRole, string>, x.role), x.okved, x.region, date(x.joinedOn), PARTICIPANT_STATUS_LABELS[x.status as ParticipantStatus]?.ru ?? x.status]),
    }],
  };
}

function agreementsSection(p: ApplicationPackageData): Section {
  return {
    sheet: 'Соглашения', title: 'Соглашения участников', fields: [],
    tables: [{
      title: 'Соглашения',
      columns: [{ header: 'Наименование', width: 44 }, { header: '№', width: 10 }, { header: 'Подписано', width: 12 }, { header: 'Вид', width: 14 }, { header: 'Сторон-организаций', width: 12 }],
      rows: p.agreements.map((a) => [a.title, a.number ?? '—', date(a.signedOn), a.kind, a.parties]),
    }],
  };
}

function checkSection(p: ApplicationPackageData): Section {
  return {
    sheet: 'Проверка ПП 779', title: `Проверка требований ${p.check.ruleset} на ${date(p.check.asOf)}`,
    fields: [['Итог', p.check.compliant ? 'кластер соответствует всем требованиям' : 'кластер не соответствует требованиям'], ...p.check.warnings.map((w) => ['Предупреждение', w.message] as [string, string])],
    tables: [{
      title: 'Требования',
      columns: [{ header: 'Требование', width: 22 }, { header: 'Статус', width: 13 }, { header: 'Найдено', width: 10 }, { header: 'Требуется', width: 10 }, { header: 'Пояснение', width: 50 }, { header: 'Основание', width: 24 }, { header: 'Достоверность', width: 12 }],
      rows: p.check.requirements.map((r) => [r.id, STATUS_RU[r.status], r.found, r.required, r.message, r.legalBasis, r.confidence === 'confirmed' ? 'подтверждено' : 'допущение']),
    }],
  };
}

function documentsSection(p: ApplicationPackageData): Section {
  return {
    sheet: 'Документы', title: 'Документы пакета', fields: [],
    tables: [{
      title: 'Опись документов',
      columns: [{ header: 'Документ', width: 50 }, { header: 'Источник', width: 16 }, { header: 'Приложен', width: 10 }, { header: 'Реквизиты', width: 36 }],
      rows: p.documents.map((d) => [d.ru, d.source === 'generated' ? 'сформирован Klaster' : 'заявитель', d.provided ? 'да' : 'нет',
        d.title ? `${d.title}${d.number ? ` № ${d.number}` : ''}${d.date ? ` от ${date(d.date)}` : ''}` : '—']),
    }],
  };
}

function projectSections(p: ApplicationPackageData): Section[] {
  const project = p.project;
  const s = p.subsidy;
  if (!project || !s) return [];
  const stage = (k: string) => PROJECT_STAGE_LABELS[k as ProjectStage]?.ru ?? k;
  const item = (k: string) => COST_ITEM_LABELS[k as CostItem]?.ru ?? k;
  return [
    {
      sheet: 'Проект', title: `Совместный проект: ${project.title}`,
      fields: [
        ['Продукция', `${project.product.name} (ОКПД2 ${project.product.okpd2})`],
        ['Статус', PROJECT_STATUS_LABELS[project.status].ru],
        ['Участники', project.participants.map((x) => `${x.name} (ИНН ${x.inn})${x.role === 'lead' ? ' — ведущий' : ''}`).join('; ')],
        ['Выпуск за годы результатов', money(project.resultsSummary.output)],
        ['Импортозамещение', money(project.resultsSummary.importSubstitution)],
        ['Новые рабочие места', String(project.resultsSummary.jobs)],
      ],
      tables: [
        { title: 'Этапы жизненного цикла', columns: [{ header: 'Этап', width: 40 }, { header: 'Начало', width: 12 }, { header: 'Окончание', width: 12 }, { header: 'Содержание', width: 40 }], rows: project.stages.map((x) => [stage(x.stage), date(x.startsOn), date(x.endsOn), x.description]) },
        { title: 'Ожидаемые результаты', columns: [{ header: 'Год', width: 8 }, { header: 'Выпуск, руб.', width: 18, money: true }, { header: 'Импортозамещение, руб.', width: 18, money: true }, { header: 'Рабочие места', width: 12 }], rows: project.results.map((r) => [r.year, r.output, r.importSubstitution, r.jobs]) },
      ],
    },
    {
      sheet: 'Смета', title: `Смета проекта: ${money(project.budgetSummary.total)}`, fields: [],
      tables: [
        { title: 'Строки сметы', columns: [{ header: 'Участник (ИНН)', width: 14 }, { header: 'Поставщик (ИНН)', width: 14 }, { header: 'Этап', width: 28 }, { header: 'Статья', width: 22 }, { header: 'Год', width: 7 }, { header: 'Дата', width: 12 }, { header: 'Сумма, руб.', width: 18, money: true }], rows: project.budget.map((l) => [l.inn, l.supplierInn ?? '—', stage(l.stage), item(l.costItem), l.year, date(l.spentOn), l.amount]) },
        { title: 'По статьям и годам', columns: [{ header: 'Статья', width: 28 }, { header: 'Год', width: 8 }, { header: 'Сумма, руб.', width: 18, money: true }], rows: project.budgetSummary.byItemAndYear.map((x) => [item(x.costItem), x.year, x.amount]) },
      ],
    },
    {
      sheet: 'Субсидия', title: `Расчёт субсидии (${s.subsidy.ruleset})`,
      fields: [
        ['Доля возмещения', `до ${s.subsidy.sharePercent}%`],
        ['Предел', s.subsidy.capRub === null ? 'не установлен' : `${money(s.subsidy.capRub)} на ${s.subsidy.capPer === 'project' ? 'проект' : 'заявителя'}`],
        ['Затраты к возмещению', money(s.subsidy.eligibleCosts)],
        ['Субсидия', money(s.subsidy.amount)],
        ['Доля субсидии в смете', percentRu(s.shareOfBudget)],
        ['Кластер соответствует ПП № 779', s.cluster.compliant ? 'да' : 'нет'],
      ],
      tables: [
        { title: 'По заявителям', columns: [{ header: 'ИНН', width: 14 }, { header: 'Затраты к возмещению, руб.', width: 20, money: true }, { header: 'Субсидия, руб.', width: 18, money: true }], rows: s.subsidy.byApplicant.map((a) => [a.inn, a.eligibleCosts, a.amount]) },
        { title: 'Не возмещается', columns: [{ header: 'Строка сметы', width: 10 }, { header: 'Сумма, руб.', width: 18, money: true }, { header: 'Причина', width: 60 }], rows: s.subsidy.excluded.map((e) => [e.index + 1, e.excludedAmount, e.message]) },
      ],
    },
  ];
}

export function packageSections(p: ApplicationPackageData, meta: PackageMeta): Section[] {
  return [applicationSection(p, meta), participantsSection(p), agreementsSection(p), checkSection(p), documentsSection(p), ...projectSections(p)];
}

/** A cell as text for the PDF (the XLSX keeps numbers as numbers). */
export function cellText(value: Cell, column: Column): string {
  if (value == null) return '—';
  if (typeof value === 'number') return column.money ? roublesRu(value) : String(value);
  return value;
}
