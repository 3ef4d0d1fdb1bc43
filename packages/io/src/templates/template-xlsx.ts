import ExcelJS from 'exceljs';
import {
  CLUSTER_KIND_LABELS_RU, CLUSTER_STATUS_LABELS_RU, LINK_SOURCE_LABELS_RU, ORGANISATION_KIND_LABELS_RU, PARTICIPANT_ROLE_LABELS_RU,
} from '@klaster/core';
import type { ImportFileKind } from '../columns/field-spec.ts';
import { templateExampleRow, templateHeaders } from './template-csv.ts';
import { TEMPLATE_COLUMNS } from './template-columns.ts';

const SHEET_NAMES: Record<ImportFileKind, string> = {
  organisations: 'Организации', links: 'Связи', clusters: 'Кластеры', needs: 'Потребности', capabilities: 'Возможности',
  purchases: 'Закупки', 'reference-totals': 'Итоги статистики',
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** Allowed values listed on the "Справка" sheet: key — Russian label. */
const ALLOWED_VALUES: Record<ImportFileKind, [string, Record<string, string>][]> = {
  organisations: [['Вид организации', ORGANISATION_KIND_LABELS_RU]],
  links: [['Источник', LINK_SOURCE_LABELS_RU]],
  clusters: [['Вид кластера', CLUSTER_KIND_LABELS_RU], ['Статус', CLUSTER_STATUS_LABELS_RU], ['Роль участника', PARTICIPANT_ROLE_LABELS_RU]],
  needs: [['Статус', { open: 'открыта', closed: 'закрыта' }]],
  capabilities: [],
  purchases: [],
  'reference-totals': [['Территория', { '00': 'Россия в целом', '40': 'код субъекта РФ (две цифры)', '29701000': 'ОКТМО муниципального образования' }], ['ОКВЭД', { '25': 'класс', '25.6': 'группа', 'всего': 'все виды деятельности' }]],
};

/** XLSX template: a styled header, column widths, an example row, and a "Справка" sheet describing each column. */
export async function templateXlsx(kind: ImportFileKind): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addDataSheet(workbook, kind);
  addHelpSheet(workbook, kind);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addDataSheet(workbook: ExcelJS.Workbook, kind: ImportFileKind): void {
  const sheet = workbook.addWorksheet(SHEET_NAMES[kind], { views: [{ state: 'frozen', ySplit: 1 }] });
  const fields = Object.values(TEMPLATE_COLUMNS[kind]);
  const example = templateExampleRow(kind);
  sheet.columns = templateHeaders(kind).map((header, i) => ({ header, width: Math.min(Math.max(header.length, example[i]!.length) + 4, 50) }));
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
  for (const [title, labels] of ALLOWED_VALUES[kind]) {
    help.addRow([]);
    help.addRow([`Допустимые значения: ${title}`]).font = { bold: true };
    for (const [key, label] of Object.entries(labels)) help.addRow([label, key]);
  }
}
