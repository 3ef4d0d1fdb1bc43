import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS_RU, type OrganisationKind } from '@klaster/core';
import { field } from './field-spec.ts';
import { parseInn, parseKpp, parseOgrnOrOgrnip } from './parse-identifiers.ts';
import { parseOkpd2, parseOkved, parseOktmoFormat, parseRegion } from './parse-reference.ts';
import { listOf, parseEnum, parseInRange, parseNonNegative, parseNonNegativeInteger, parseText, parseYear } from './parse-values.ts';

const KIND_ALIASES: Record<OrganisationKind, readonly string[]> = {
  industrial: [ORGANISATION_KIND_LABELS_RU.industrial, 'промышленное', 'предприятие', 'завод'],
  research: [ORGANISATION_KIND_LABELS_RU.research, 'научная', 'нии'],
  education: [ORGANISATION_KIND_LABELS_RU.education, 'образовательная', 'вуз', 'колледж'],
  infrastructure: [ORGANISATION_KIND_LABELS_RU.infrastructure, 'инфраструктура', 'технопарк', 'индустриальный парк'],
  finance: [ORGANISATION_KIND_LABELS_RU.finance, 'финансовая', 'фонд', 'банк'],
  authority: [ORGANISATION_KIND_LABELS_RU.authority, 'администрация', 'министерство'],
  public: [ORGANISATION_KIND_LABELS_RU.public, 'ассоциация', 'общественная'],
  other: [ORGANISATION_KIND_LABELS_RU.other, 'иная', 'прочее', 'другое'],
};

export const parseOrganisationKind = parseEnum(ORGANISATION_KINDS, KIND_ALIASES, 'вид организации', 'organisation kind');

/** Organisations: one row per organisation and year (rows of one INN with different years are merged). */
export const ORGANISATION_COLUMNS = {
  inn: field({ header: 'inn', headerRu: 'ИНН', aliasesRu: ['инн организации', 'инн юл', 'инн ип'], required: true, descriptionRu: 'ИНН: 10 цифр (юрлицо) или 12 (ИП), с верной контрольной суммой', descriptionEn: 'INN: 10 digits (legal entity) or 12 (entrepreneur), with a valid checksum', example: '7707083893', parse: parseInn }),
  ogrn: field({ header: 'ogrn', headerRu: 'ОГРН/ОГРНИП', aliasesRu: ['огрн', 'огрнип', 'огрн огрнип'], required: false, descriptionRu: 'ОГРН (13 цифр) или ОГРНИП (15 цифр)', descriptionEn: 'OGRN (13 digits) or OGRNIP (15 digits)', example: '1027700132195', parse: parseOgrnOrOgrnip }),
  kpp: field({ header: 'kpp', headerRu: 'КПП', aliasesRu: [], required: false, descriptionRu: 'КПП: 9 знаков', descriptionEn: 'KPP: 9 characters', example: '773601001', parse: parseKpp }),
  name: field({ header: 'name', headerRu: 'Полное наименование', aliasesRu: ['наименование', 'название', 'наименование организации', 'полное название'], required: true, descriptionRu: 'Полное наименование организации', descriptionEn: 'Full name of the organisation', example: 'Публичное акционерное общество «Сбербанк России»', parse: parseText }),
  short_name: field({ header: 'short_name', headerRu: 'Краткое наименование', aliasesRu: ['краткое название', 'сокращенное наименование'], required: false, descriptionRu: 'Краткое наименование', descriptionEn: 'Short name', example: 'ПАО Сбербанк', parse: parseText }),
  kind: field({ header: 'kind', headerRu: 'Вид организации', aliasesRu: ['тип организации', 'вид', 'тип'], required: true, descriptionRu: 'Вид: ' + ORGANISATION_KINDS.map((k) => `${k} — ${ORGANISATION_KIND_LABELS_RU[k]}`).join('; '), descriptionEn: 'Kind: ' + ORGANISATION_KINDS.join(', '), example: ORGANISATION_KIND_LABELS_RU.industrial, parse: parseOrganisationKind }),
  okved_main: field({ header: 'okved_main', headerRu: 'ОКВЭД основной', aliasesRu: ['основной оквэд', 'оквэд', 'код оквэд'], required: true, descriptionRu: 'Основной код ОКВЭД 2 (например, 25.11)', descriptionEn: 'Main OKVED 2 code (e.g. 25.11)', example: '25.11', parse: parseOkved }),
  okved_extra: field({ header: 'okved_extra', headerRu: 'ОКВЭД дополнительные', aliasesRu: ['дополнительные оквэд', 'доп оквэд'], required: false, descriptionRu: 'Дополнительные коды ОКВЭД 2 через запятую, точку с запятой или пробел', descriptionEn: 'Extra OKVED 2 codes separated by commas, semicolons or spaces', example: '25.62, 28.41', parse: listOf(parseOkved) }),
  region: field({ header: 'region', headerRu: 'Регион', aliasesRu: ['код региона', 'субъект рф', 'субъект'], required: true, descriptionRu: 'Двузначный код субъекта РФ или его название', descriptionEn: 'Two-digit region code or the region name', example: '77', parse: parseRegion }),
  oktmo: field({ header: 'oktmo', headerRu: 'ОКТМО', aliasesRu: ['код октмо'], required: false, descriptionRu: 'ОКТМО: 8 или 11 цифр', descriptionEn: 'OKTMO: 8 or 11 digits', example: '45397000', parse: parseOktmoFormat }),
  address: field({ header: 'address', headerRu: 'Адрес', aliasesRu: ['юридический адрес', 'адрес производства'], required: false, descriptionRu: 'Адрес', descriptionEn: 'Address', example: 'г. Москва, ул. Вавилова, д. 19', parse: parseText }),
  lat: field({ header: 'lat', headerRu: 'Широта', aliasesRu: ['шир'], required: false, descriptionRu: 'Широта, градусы (−90…90)', descriptionEn: 'Latitude, degrees (−90…90)', example: '55,7033', parse: parseInRange(-90, 90, 'широта', 'latitude') }),
  lon: field({ header: 'lon', headerRu: 'Долгота', aliasesRu: ['долг'], required: false, descriptionRu: 'Долгота, градусы (−180…180)', descriptionEn: 'Longitude, degrees (−180…180)', example: '37,5863', parse: parseInRange(-180, 180, 'долгота', 'longitude') }),
  year: field({ header: 'year', headerRu: 'Год', aliasesRu: ['отчетный год'], required: false, descriptionRu: 'Год, к которому относятся численность и выручка', descriptionEn: 'Year of the headcount and revenue', example: '2024', parse: parseYear }),
  headcount: field({ header: 'headcount', headerRu: 'Численность', aliasesRu: ['среднесписочная численность', 'численность работников', 'сотрудников'], required: false, descriptionRu: 'Среднесписочная численность, человек', descriptionEn: 'Average headcount', example: '250', parse: parseNonNegativeInteger }),
  revenue: field({ header: 'revenue', headerRu: 'Выручка', aliasesRu: ['выручка руб', 'доход', 'выручка рублей'], required: false, descriptionRu: 'Выручка за год, рублей', descriptionEn: 'Revenue for the year, roubles', example: '1 500 000 000', parse: parseNonNegative }),
  products: field({ header: 'products', headerRu: 'Продукция ОКПД2', aliasesRu: ['продукция', 'окпд2', 'коды окпд2'], required: false, descriptionRu: 'Коды ОКПД2 выпускаемой продукции через запятую', descriptionEn: 'OKPD2 codes of the products, comma separated', example: '25.11.23', parse: listOf(parseOkpd2) }),
};

