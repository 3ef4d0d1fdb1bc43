import type { AgreementInput } from '@klaster/core';
import { CLUSTER_CODE_FIELD } from './cluster-columns.ts';
import { field } from './field-spec.ts';
import { parseInn } from './parse-identifiers.ts';
import { parseDate, parseEnum, parseText } from './parse-values.ts';

export type AgreementKind = NonNullable<AgreementInput['kind']>;
export const AGREEMENT_KINDS: readonly AgreementKind[] = ['cooperation', 'accession', 'other'];
export const AGREEMENT_KIND_LABELS_RU: Record<AgreementKind, string> = {
  cooperation: 'О сотрудничестве',
  accession: 'О присоединении',
  other: 'Иное',
};

export const parseAgreementKind = parseEnum<AgreementKind>(AGREEMENT_KINDS, {
  cooperation: [AGREEMENT_KIND_LABELS_RU.cooperation, 'сотрудничество', 'соглашение о сотрудничестве', 'кооперация'],
  accession: [AGREEMENT_KIND_LABELS_RU.accession, 'присоединение', 'соглашение о присоединении'],
  other: [AGREEMENT_KIND_LABELS_RU.other, 'другое', 'прочее'],
}, 'вид соглашения', 'agreement kind');

/**
 * Agreements of clusters: one row per party. Rows of one cluster with the same title, number and date are one
 * agreement; its parties keep the order of the rows. A party is an organisation of the registry (INN) or one
 * that is not (a city administration, a ministry: its name).
 */
export const AGREEMENT_COLUMNS = {
  cluster_code: CLUSTER_CODE_FIELD,
  agreement_title: field({ header: 'agreement_title', headerRu: 'Соглашение', aliasesRu: ['наименование соглашения', 'название соглашения'], required: true, descriptionRu: 'Наименование соглашения (повторяется в строке каждой стороны)', descriptionEn: 'Title of the agreement (repeated on the row of each party)', example: 'Соглашение о сотрудничестве в целях развития кластера', parse: parseText }),
  agreement_number: field({ header: 'agreement_number', headerRu: 'Номер соглашения', aliasesRu: ['№ соглашения'], required: false, descriptionRu: 'Номер соглашения', descriptionEn: 'Number of the agreement', example: '1/2024', parse: parseText }),
  agreement_signed_on: field({ header: 'agreement_signed_on', headerRu: 'Дата соглашения', aliasesRu: ['дата подписания соглашения', 'дата подписания'], required: false, descriptionRu: 'Дата подписания соглашения', descriptionEn: 'Date the agreement was signed', example: '2024-02-01', parse: parseDate }),
  agreement_kind: field({ header: 'agreement_kind', headerRu: 'Вид соглашения', aliasesRu: ['тип соглашения'], required: false, descriptionRu: 'Вид: ' + AGREEMENT_KINDS.map((k) => `${k} — ${AGREEMENT_KIND_LABELS_RU[k]}`).join('; ') + ' (пусто — о сотрудничестве)', descriptionEn: 'Kind: ' + AGREEMENT_KINDS.join(', ') + ' (blank: cooperation)', example: AGREEMENT_KIND_LABELS_RU.cooperation, parse: parseAgreementKind }),
  party_inn: field({ header: 'party_inn', headerRu: 'ИНН стороны соглашения', aliasesRu: ['инн стороны'], required: false, descriptionRu: 'ИНН стороны, если она есть в реестре (иначе — наименование)', descriptionEn: 'INN of the party when it is in the registry (otherwise its name)', example: '7707083893', parse: parseInn }),
  party_name: field({ header: 'party_name', headerRu: 'Сторона соглашения', aliasesRu: ['наименование стороны', 'сторона'], required: false, descriptionRu: 'Наименование стороны, которой нет в реестре (администрация, министерство)', descriptionEn: 'Name of a party not in the registry (an administration, a ministry)', example: '', parse: parseText }),
};
