import {
  CLUSTER_KINDS, CLUSTER_KIND_LABELS_RU, CLUSTER_STATUSES, CLUSTER_STATUS_LABELS_RU, PARTICIPANT_ROLES, PARTICIPANT_ROLE_LABELS_RU,
  type ClusterKind, type ClusterStatus, type ParticipantRole,
} from '@klaster/core';
import { field } from './field-spec.ts';
import { fail, ok, type ParseOutcome } from './outcome.ts';
import { parseInn } from './parse-identifiers.ts';
import { parseOktmoFormat, parseRegion } from './parse-reference.ts';
import { listOf, parseBoolean, parseDate, parseEnum, parseText } from './parse-values.ts';

function labelsAsAliases<K extends string>(labels: Record<K, string>, extra: Partial<Record<K, string[]>> = {}): Record<K, readonly string[]> {
  const out = {} as Record<K, readonly string[]>;
  for (const key of Object.keys(labels) as K[]) out[key] = [labels[key], ...(extra[key] ?? [])];
  return out;
}

export const parseClusterKind = parseEnum<ClusterKind>(CLUSTER_KINDS, labelsAsAliases(CLUSTER_KIND_LABELS_RU, { industrial: ['промышленный', 'промышленный кластер'], innovative: ['инновационный'], local: ['локальный', 'межмуниципальный'], candidate: ['кандидат'] }), 'вид кластера', 'cluster kind');
export const parseClusterStatus = parseEnum<ClusterStatus>(CLUSTER_STATUSES, labelsAsAliases(CLUSTER_STATUS_LABELS_RU, { in_registry: ['в реестре минпромторга'], excluded: ['исключен'] }), 'статус', 'status');
export const parseParticipantRole = parseEnum<ParticipantRole>(PARTICIPANT_ROLES, labelsAsAliases(PARTICIPANT_ROLE_LABELS_RU, { anchor: ['якорный', 'якорь'], specialized_org: ['специализированная организация кластера', 'управляющая компания'] }), 'роль', 'role');

const CLUSTER_CODE = /^[\p{L}\p{N}._-]{1,100}$/u;

export function parseClusterCode(raw: string): ParseOutcome<string> {
  const code = raw.trim();
  return CLUSTER_CODE.test(code) ? ok(code) : fail(`код кластера «${raw}»: только буквы, цифры, «.», «_», «-», без пробелов, до 100 знаков`, `cluster code "${raw}": letters, digits, ".", "_", "-" only, no spaces, up to 100 characters`);
}

/** The code that ties a cluster's rows together, on every sheet (participants, agreements, preferences). */
export const CLUSTER_CODE_FIELD = field({ header: 'cluster_code', headerRu: 'Код кластера', aliasesRu: ['код', 'идентификатор кластера'], required: true, descriptionRu: 'Постоянный код кластера (латиница, цифры, «-»): строки с одним кодом — один кластер', descriptionEn: 'Stable cluster code: rows with the same code form one cluster', example: 'kaluga-auto', parse: parseClusterCode });

/** Clusters: one row per participant; the cluster's own columns are repeated (or left blank) on its other rows. */
export const CLUSTER_COLUMNS = {
  cluster_code: CLUSTER_CODE_FIELD,
  cluster_name: field({ header: 'cluster_name', headerRu: 'Наименование кластера', aliasesRu: ['название кластера', 'кластер'], required: false, descriptionRu: 'Наименование (обязательно в первой строке кластера)', descriptionEn: 'Name (required on the first row of the cluster)', example: 'Автомобильный кластер Калужской области', parse: parseText }),
  kind: field({ header: 'kind', headerRu: 'Вид кластера', aliasesRu: ['тип кластера'], required: false, descriptionRu: 'Вид: ' + CLUSTER_KINDS.map((k) => `${k} — ${CLUSTER_KIND_LABELS_RU[k]}`).join('; '), descriptionEn: 'Kind: ' + CLUSTER_KINDS.join(', '), example: CLUSTER_KIND_LABELS_RU.industrial, parse: parseClusterKind }),
  specialization: field({ header: 'specialization', headerRu: 'Специализация', aliasesRu: ['отраслевая специализация'], required: false, descriptionRu: 'Отраслевая специализация', descriptionEn: 'Industry specialisation', example: 'Автомобилестроение', parse: parseText }),
  status: field({ header: 'status', headerRu: 'Статус', aliasesRu: ['стадия'], required: false, descriptionRu: 'Статус: ' + CLUSTER_STATUSES.map((s) => `${s} — ${CLUSTER_STATUS_LABELS_RU[s]}`).join('; '), descriptionEn: 'Status: ' + CLUSTER_STATUSES.join(', '), example: CLUSTER_STATUS_LABELS_RU.in_registry, parse: parseClusterStatus }),
  regions: field({ header: 'regions', headerRu: 'Регионы', aliasesRu: ['регион', 'коды регионов', 'субъекты рф'], required: false, descriptionRu: 'Двузначные коды регионов через запятую', descriptionEn: 'Two-digit region codes, comma separated', example: '40', parse: listOf(parseRegion) }),
  municipalities: field({ header: 'municipalities', headerRu: 'Муниципальные образования ОКТМО', aliasesRu: ['октмо', 'муниципальные образования'], required: false, descriptionRu: 'Коды ОКТМО муниципальных образований через запятую', descriptionEn: 'OKTMO codes of the municipalities, comma separated', example: '29502000', parse: listOf(parseOktmoFormat) }),
  specialized_org_inn: field({ header: 'specialized_org_inn', headerRu: 'ИНН специализированной организации', aliasesRu: ['инн управляющей компании'], required: false, descriptionRu: 'ИНН специализированной организации кластера', descriptionEn: 'INN of the cluster specialised organisation', example: '7736207543', parse: parseInn }),
  registry_decision_date: field({ header: 'registry_decision_date', headerRu: 'Дата включения в реестр', aliasesRu: ['дата решения', 'дата внесения в реестр'], required: false, descriptionRu: 'Дата решения о включении в реестр (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)', descriptionEn: 'Registry decision date (YYYY-MM-DD or DD.MM.YYYY)', example: '2017-05-30', parse: parseDate }),
  programme_from: field({ header: 'programme_from', headerRu: 'Программа развития: начало', aliasesRu: ['программа развития с'], required: false, descriptionRu: 'Дата начала программы развития кластера', descriptionEn: 'Start of the development programme', example: '2024-01-01', parse: parseDate }),
  programme_to: field({ header: 'programme_to', headerRu: 'Программа развития: окончание', aliasesRu: ['программа развития по'], required: false, descriptionRu: 'Дата окончания программы развития кластера', descriptionEn: 'End of the development programme', example: '2030-12-31', parse: parseDate }),
  participant_inn: field({ header: 'participant_inn', headerRu: 'ИНН участника', aliasesRu: ['участник инн', 'инн'], required: false, descriptionRu: 'ИНН участника кластера (пусто — строка описывает только кластер)', descriptionEn: 'Participant INN (blank: the row describes the cluster only)', example: '7707083893', parse: parseInn }),
  role: field({ header: 'role', headerRu: 'Роль участника', aliasesRu: ['роль'], required: false, descriptionRu: 'Роль: ' + PARTICIPANT_ROLES.map((r) => `${r} — ${PARTICIPANT_ROLE_LABELS_RU[r]}`).join('; '), descriptionEn: 'Role: ' + PARTICIPANT_ROLES.join(', '), example: PARTICIPANT_ROLE_LABELS_RU.anchor, parse: parseParticipantRole }),
  joined_on: field({ header: 'joined_on', headerRu: 'Дата вступления', aliasesRu: ['дата присоединения'], required: false, descriptionRu: 'Дата вступления в кластер', descriptionEn: 'Date the participant joined', example: '2017-05-30', parse: parseDate }),
  left_on: field({ header: 'left_on', headerRu: 'Дата выхода', aliasesRu: ['дата выхода из кластера'], required: false, descriptionRu: 'Дата выхода участника из кластера (пусто — участвует)', descriptionEn: 'Date the participant left (blank: still a participant)', example: '', parse: parseDate }),
  special_territory: field({ header: 'special_territory', headerRu: 'Особая территория', aliasesRu: ['ипсэр', 'моногород'], required: false, descriptionRu: 'Участник работает на особой территории (ИПСЭР, геостратегическая территория, моногород): да/нет', descriptionEn: 'Works in a special territory: yes/no', example: 'нет', parse: parseBoolean }),
};
