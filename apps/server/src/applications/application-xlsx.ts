import ExcelJS from 'exceljs';
import type { ApplicationPackageData } from './assemble-package.ts';
import { packageSections, type PackageMeta, type Section } from './package-sections.ts';

const MONEY_FORMAT = '#,##0.00';

function writeSection(workbook: ExcelJS.Workbook, section: Section): void {
  const sheet = workbook.addWorksheet(section.sheet);
  const widths: number[] = [];
  const fit = (i: number, w: number) => (widths[i] = Math.max(widths[i] ?? 10, w));
  sheet.addRow([section.title]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  for (const [name, value] of section.fields) {
    const row = sheet.addRow([name, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    fit(0, 32);
    fit(1, 60);
  }
  for (const table of section.tables) {
    if (sheet.rowCount > 2) sheet.addRow([]);
    sheet.addRow([table.title]).font = { bold: true };
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } }));
    table.columns.forEach((c, i) => fit(i, c.width));
    for (const values of table.rows) {
      const row = sheet.addRow(values.map((v) => v ?? ''));
      table.columns.forEach((c, i) => {
        if (c.money) row.getCell(i + 1).numFmt = MONEY_FORMAT;
      });
    }
  }
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/**
 * The application package as a workbook, one sheet per section (Заявка, Участники, Соглашения, Проверка ПП 779,
 * Документы; for a subsidy also Проект, Смета, Субсидия). Numbers stay numbers so the figures can be summed in Excel.
 */
export async function applicationXlsx(pkg: ApplicationPackageData, meta: PackageMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Klaster';
  workbook.title = pkg.cluster.name;
  for (const section of packageSections(pkg, meta)) writeSection(workbook, section);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
