import { PREFERENCE_KINDS, PREFERENCE_KIND_LABELS_RU, type PreferenceKind } from '@klaster/core';
import { CLUSTER_CODE_FIELD } from './cluster-columns.ts';
import { field } from './field-spec.ts';
import { parseInn } from './parse-identifiers.ts';
import { parseDate, parseEnum, parseText } from './parse-values.ts';

export const parsePreferenceKind = parseEnum<PreferenceKind>(PREFERENCE_KINDS, {
  rent: [PREFERENCE_KIND_LABELS_RU.rent, 'аренда', 'льготная аренда'],
  local_tax: [PREFERENCE_KIND_LABELS_RU.local_tax, 'местные налоги', 'местный налог'],
  regional_tax: [PREFERENCE_KIND_LABELS_RU.regional_tax, 'региональные налоги', 'региональный налог'],
  loan: [PREFERENCE_KIND_LABELS_RU.loan, 'заём', 'займ', 'льготный займ'],
  other: [PREFERENCE_KIND_LABELS_RU.other, 'иная', 'другое', 'прочее'],
}, 'вид льготы', 'preference kind');

/** Preferences (rent, local taxes…) granted to a cluster's participants: one row per preference, in the order given. */
export const PREFERENCE_COLUMNS = {
  cluster_code: CLUSTER_CODE_FIELD,
  preference_kind: field({ header: 'preference_kind', headerRu: 'Вид льготы', aliasesRu: ['льгота', 'вид преференции', 'преференция'], required: true, descriptionRu: 'Вид: ' + PREFERENCE_KINDS.map((k) => `${k} — ${PREFERENCE_KIND_LABELS_RU[k]}`).join('; '), descriptionEn: 'Kind: ' + PREFERENCE_KINDS.join(', '), example: PREFERENCE_KIND_LABELS_RU.rent, parse: parsePreferenceKind }),
  preference_inn: field({ header: 'preference_inn', headerRu: 'ИНН получателя льготы', aliasesRu: ['получатель льготы инн'], required: false, descriptionRu: 'ИНН участника, получающего льготу (пусто — всем участникам)', descriptionEn: 'INN of the participant that receives it (blank: every participant)', example: '7707083893', parse: parseInn }),
  preference_description: field({ header: 'preference_description', headerRu: 'Содержание льготы', aliasesRu: ['описание льготы'], required: true, descriptionRu: 'Что именно предоставлено', descriptionEn: 'What is granted', example: 'Снижение арендной платы за муниципальные помещения на 50%', parse: parseText }),
  preference_granted_by: field({ header: 'preference_granted_by', headerRu: 'Кем предоставлена льгота', aliasesRu: ['кем предоставлена', 'орган предоставивший льготу'], required: true, descriptionRu: 'Орган власти или организация, предоставившая льготу', descriptionEn: 'The authority or body that granted it', example: 'Администрация города Калуги', parse: parseText }),
  preference_valid_from: field({ header: 'preference_valid_from', headerRu: 'Льгота действует с', aliasesRu: ['начало действия льготы'], required: false, descriptionRu: 'Дата начала действия', descriptionEn: 'Valid from', example: '2024-01-01', parse: parseDate }),
  preference_valid_to: field({ header: 'preference_valid_to', headerRu: 'Льгота действует по', aliasesRu: ['окончание действия льготы'], required: false, descriptionRu: 'Дата окончания действия', descriptionEn: 'Valid to', example: '2026-12-31', parse: parseDate }),
};
