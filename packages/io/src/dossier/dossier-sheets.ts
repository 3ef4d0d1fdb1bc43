/**
 * The dossier workbook (RULES.md): sheets `cluster`, `participants`, `contracts`, `purchases`.
 * Row 1 holds the JSON field names (so a sheet maps 1:1 to the JSON), row 2 a Russian hint that
 * readers skip; data starts on row 3.
 */
export type ValueKind = 'text' | 'inn' | 'region' | 'number' | 'integer' | 'boolean' | 'date' | 'list';

export interface ColumnDef {
  key: string;
  kind: ValueKind;
  hint: string;
  width: number;
}

export const HEADER_ROW = 1;
export const HINT_ROW = 2;
export const FIRST_DATA_ROW = 3;

export const TABLE_SHEETS = {
  participants: [
    { key: 'inn', kind: 'inn', hint: 'ИНН (10 или 12 цифр)', width: 16 },
    { key: 'name', kind: 'text', hint: 'Наименование', width: 36 },
    { key: 'okved', kind: 'text', hint: 'Основной ОКВЭД2, напр. 21.20', width: 12 },
    { key: 'region', kind: 'region', hint: 'Код региона, 2 цифры', width: 10 },
    { key: 'specialTerritory', kind: 'boolean', hint: 'Особая территория: да / нет', width: 14 },
    { key: 'joinedOn', kind: 'date', hint: 'Дата вступления', width: 14 },
  ],
  contracts: [
    { key: 'supplier', kind: 'inn', hint: 'ИНН поставщика', width: 16 },
    { key: 'buyer', kind: 'inn', hint: 'ИНН покупателя', width: 16 },
    { key: 'kind', kind: 'text', hint: 'supply / joint-project / works / spic', width: 16 },
    { key: 'year', kind: 'integer', hint: 'Год', width: 8 },
    { key: 'amount', kind: 'number', hint: 'Сумма, руб.', width: 18 },
  ],
  purchases: [
    { key: 'buyer', kind: 'inn', hint: 'ИНН участника', width: 16 },
    { key: 'year', kind: 'integer', hint: 'Год', width: 8 },
    { key: 'intermediateTotal', kind: 'number', hint: 'Закупки промежуточной продукции, руб.', width: 22 },
    { key: 'imported', kind: 'number', hint: 'В том числе импорт, руб.', width: 18 },
  ],
} as const satisfies Record<string, readonly ColumnDef[]>;

export type TableSheetName = keyof typeof TABLE_SHEETS;
export const TABLE_SHEET_NAMES = Object.keys(TABLE_SHEETS) as TableSheetName[];

/** The `cluster` sheet is a list of fields (column A) and values (column B); dotted names are nested JSON. */
export const CLUSTER_FIELDS: readonly ColumnDef[] = [
  { key: 'asOf', kind: 'date', hint: 'Дата, на которую проверяется кластер', width: 0 },
  { key: 'cluster.name', kind: 'text', hint: 'Наименование кластера', width: 0 },
  { key: 'cluster.regions', kind: 'list', hint: 'Коды регионов через запятую', width: 0 },
  { key: 'cluster.registryDecisionDate', kind: 'date', hint: 'Дата решения о включении в реестр', width: 0 },
  { key: 'cluster.specializedOrganization.inn', kind: 'inn', hint: 'ИНН специализированной организации', width: 0 },
  { key: 'cluster.specializedOrganization.ogrn', kind: 'inn', hint: 'ОГРН специализированной организации', width: 0 },
  { key: 'cluster.specializedOrganization.name', kind: 'text', hint: 'Наименование специализированной организации', width: 0 },
  { key: 'cluster.specializedOrganization.inLiquidation', kind: 'boolean', hint: 'В процессе ликвидации: да / нет', width: 0 },
  { key: 'cluster.developmentProgramme.from', kind: 'date', hint: 'Программа развития: начало (пусто — программы нет)', width: 0 },
  { key: 'cluster.developmentProgramme.to', kind: 'date', hint: 'Программа развития: окончание', width: 0 },
];

/** Excel column letter of a 1-based index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let out = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
