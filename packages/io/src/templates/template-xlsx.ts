import ExcelJS from 'exceljs';
import {
  CLUSTER_KIND_LABELS_RU, CLUSTER_STATUS_LABELS_RU, LINK_SOURCE_LABELS_RU, ORGANISATION_KIND_LABELS_RU, PARTICIPANT_ROLE_LABELS_RU, PREFERENCE_KIND_LABELS_RU,
} from '@klaster/core';
import { AGREEMENT_KIND_LABELS_RU } from '../columns/agreement-columns.ts';
import { CLUSTER_SECTIONS } from '../columns/cluster-sections.ts';
import type { FieldSpec } from '../columns/field-spec.ts';
import type { ImportFileKind } from '../columns/field-spec.ts';
import { TEMPLATE_COLUMNS } from './template-columns.ts';

const SHEET_NAMES: Record<ImportFileKind, string> = {
  organisations: 'Организации', links: 'Связи', clusters: 'Кластеры', needs: 'Потребности', capabilities: 'Возможности',
  purchases: 'Закупки', 'reference-totals': 'Итоги статистики',
};
/** How the parts of a cluster file fit together (also in README, section on import). */
const CLUSTER_LAYOUT_HELP = [
  'Кластер загружается целиком, части связывает код кластера: лист «Кластеры» — строка на участника (столбцы кластера можно не повторять),',
  '«Соглашения» — строка на сторону соглашения (строки с одинаковыми наименованием, номером и датой — одно соглашение; сторона — ИНН или наименование),',
  '«Льготы» — строка на льготу. Лист есть, а строк кластера на нём нет — у кластера нет соглашений (льгот); листа нет — они в реестре не меняются.',
  'CSV: те же столбцы в одной таблице; строка заполняет столбцы участника, стороны соглашения или льготы (одно из трёх).',
  'Статус из файла (реестр министерства) записывается в историю кластера и шагом его жизненного цикла от имени загрузки.',
];
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** Allowed values listed on the "Справка" sheet: key — Russian label. */
const ALLOWED_VALUES: Record<ImportFileKind, [string, Record<string, string>][]> = {
  organisations: [['Вид организации', ORGANISATION_KIND_LABELS_RU]],
  links: [['Источник', LINK_SOURCE_LABELS_RU]],
  clusters: [['Вид кластера', CLUSTER_KIND_LABELS_RU], ['Статус', CLUSTER_STATUS_LABELS_RU], ['Роль участника', PARTICIPANT_ROLE_LABELS_RU], ['Вид соглашения', AGREEMENT_KIND_LABELS_RU], ['Вид льготы', PREFERENCE_KIND_LABELS_RU]],
  needs: [['Статус', { open: 'открыта', closed: 'закрыта' }]],
  capabilities: [],
  purchases: [],
  'reference-totals': [['Территория', { '00': 'Россия в целом', '40': 'код субъекта РФ (две цифры)', '29701000': 'ОКТМО муниципального образования' }], ['ОКВЭД', { '25': 'класс', '25.6': 'группа', 'всего': 'все виды деятельности' }]],
};

/**
 * XLSX template: a styled header, column widths, an example row, and a "Справка" sheet describing each column.
 * Clusters have a data sheet per part (Кластеры, Соглашения, Льготы), as their XLSX export has.
 */
export async function templateXlsx(kind: ImportFileKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (kind === 'clusters') for (const section of CLUSTER_SECTIONS) addDataSheet(workbook, section.sheet, Object.values(section.spec));
  else addDataSheet(workbook, SHEET_NAMES[kind], Object.values(TEMPLATE_COLUMNS[kind]));
  addHelpSheet(workbook, kind);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addDataSheet(workbook: ExcelJS.Workbook, name: string, fields: FieldSpec<unknown>[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const example = fields.map((f) => f.example);
  sheet.columns = fields.map((f, i) => ({ header: f.headerRu, width: Math.min(Math.max(f.headerRu.length, example[i]!.length) + 4, 50) }));
  // Text format keeps INN, OKTMO and codes from losing leading zeros when people type into the template.
  sheet.columns.forEach((column) => (column.numFmt = '@'));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  fields.forEach((f, i) => {
    if (f.required) header.getCell(i + 1).font = { bold: true, color: { argb: 'FFC00000' } };
  });
  sheet.addRow(example);
}

function addHelpSheet(workbook: ExcelJS.Workbook, kind: ImportFileKind): void {
  const help = workbook.addWorksheet('Справка');
  help.columns = [
    { header: 'Столбец', width: 34 },
    { header: 'Column', width: 22 },
    { header: 'Обязательный', width: 14 },
    { header: 'Описание', width: 70 },
    { header: 'Пример', width: 30 },
  ];
  help.getRow(1).font = { bold: true };
  for (const f of Object.values(TEMPLATE_COLUMNS[kind])) {
    help.addRow([f.headerRu, f.header, f.required ? 'да' : 'нет', f.descriptionRu, f.example]);
  }
  help.addRow([]);
  help.addRow(['Обязательные столбцы выделены красным на первом листе. Значения можно писать по-русски или ключом по-английски.']);
  if (kind === 'clusters') for (const line of CLUSTER_LAYOUT_HELP) help.addRow([line]);
  for (const [title, labels] of ALLOWED_VALUES[kind]) {
    help.addRow([]);
    help.addRow([`Допустимые значения: ${title}`]).font = { bold: true };
    for (const [key, label] of Object.entries(labels)) help.addRow([label, key]);
  }
}
