// One synthetic organisation, rendered two ways: as an import CSV row (Russian headers, ';') and as the
// PostgreSQL text-format COPY row the importer would end up storing. Both come from the same values,
// so the bench compares the importer with a bare COPY of exactly the same data.
import { completeInn10, completeOgrn, deriveSmeCategory, ORGANISATION_KIND_LABELS_RU, type OrganisationKind } from '@klaster/core';

export interface BenchRegion {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

export interface BenchOrganisation {
  inn: string;
  ogrn: string;
  kpp: string;
  name: string;
  shortName: string;
  kind: OrganisationKind;
  okvedMain: string;
  okvedExtra: string[];
  region: BenchRegion;
  address: string;
  lat: number;
  lon: number;
  year: number;
  headcount: number;
  revenue: number;
  products: string[];
}

export const CSV_HEADERS = [
  'ИНН', 'ОГРН/ОГРНИП', 'КПП', 'Полное наименование', 'Краткое наименование', 'Вид организации', 'ОКВЭД основной',
  'ОКВЭД дополнительные', 'Регион', 'Адрес', 'Широта', 'Долгота', 'Год', 'Численность', 'Выручка', 'Продукция ОКПД2',
];

/** The organisations columns a bare COPY fills: the same ones upsertOrganisations writes. */
export const COPY_COLUMNS = [
  'inn', 'ogrn', 'kpp', 'name', 'short_name', 'kind', 'okved_main', 'okved_extra', 'region_code', 'oktmo', 'address',
  'lat', 'lon', 'years', 'data_year', 'headcount', 'revenue', 'sme_category', 'products', 'okpd2', 'is_demo',
];

const KINDS: OrganisationKind[] = ['industrial', 'industrial', 'industrial', 'research', 'education', 'infrastructure'];
const FORMS = ['ООО', 'АО', 'ПАО', 'ООО НПП', 'АО НПО'];
const WORDS = ['Сибирь', 'Уралмаш', 'Прогресс', 'Вектор', 'Металлист', 'Ёлочка', 'Заря', 'Химпром', 'Станкострой', 'Энергия'];

/** Deterministic pseudo-random numbers (mulberry32): every run generates the same file. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeOrganisation(i: number, next: () => number, regions: BenchRegion[], okved: string[]): BenchOrganisation {
  const region = regions[i % regions.length]!;
  // Region code first, then the running number: 300 000 distinct 9-digit prefixes, so every INN is unique.
  const inn = completeInn10(`${region.code}${String(i).padStart(7, '0')}`);
  const okvedMain = okved[Math.floor(next() * okved.length)]!;
  const extra = okved[Math.floor(next() * okved.length)]!;
  const word = WORDS[i % WORDS.length]!;
  const form = FORMS[i % FORMS.length]!;
  const cls = okvedMain.slice(0, 2);
  return {
    inn, ogrn: completeOgrn(`10${region.code}${String(i).padStart(8, '0')}`), kpp: `${region.code}0101001`,
    name: `${form} «${word}-${i}»`, shortName: `${word}-${i}`, kind: KINDS[i % KINDS.length]!,
    okvedMain, okvedExtra: extra === okvedMain ? [] : [extra], region,
    address: `${region.name}, ул. Заводская, д. ${1 + (i % 200)}`,
    lat: round4(region.lat + (next() - 0.5)), lon: round4(region.lon + (next() - 0.5)),
    year: 2024, headcount: 1 + Math.floor(next() * 2000), revenue: Math.floor(next() * 5e9),
    products: [`${cls}.11.11.110`, `${cls}.20.12`],
  };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

function csvCell(value: string): string {
  return /[;"\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(o: BenchOrganisation): string {
  return [
    o.inn, o.ogrn, o.kpp, o.name, o.shortName, ORGANISATION_KIND_LABELS_RU[o.kind], o.okvedMain, o.okvedExtra.join(', '),
    o.region.code, o.address, String(o.lat).replace('.', ','), String(o.lon).replace('.', ','), String(o.year),
    String(o.headcount), String(o.revenue), o.products.join(', '),
  ].map(csvCell).join(';');
}

/** PostgreSQL COPY text format: tab separated, \N for null, backslashes escaped. */
function copyCell(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

const pgArray = (items: string[]) => `{${items.map((s) => `"${s}"`).join(',')}}`;

export function copyRow(o: BenchOrganisation): string {
  const years = [{ year: o.year, headcount: o.headcount, revenue: o.revenue }];
  const sme = deriveSmeCategory({ headcount: o.headcount, revenue: o.revenue, okvedMain: o.okvedMain });
  return [
    o.inn, o.ogrn, o.kpp, o.name, o.shortName, o.kind, o.okvedMain, pgArray(o.okvedExtra), o.region.code, null, o.address,
    String(o.lat), String(o.lon), JSON.stringify(years), String(o.year), String(o.headcount), String(o.revenue), sme,
    JSON.stringify(o.products.map((p) => ({ okpd2: p, name: null }))), pgArray(o.products), 'f',
  ].map(copyCell).join('\t');
}
