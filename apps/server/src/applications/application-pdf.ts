import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { ApplicationPackageData } from './assemble-package.ts';
import { cellText, packageSections, type PackageMeta, type Section, type Table } from './package-sections.ts';

/** DejaVu from npm: the built-in PDF fonts have no Cyrillic. The fonts are embedded (subset) in every file. */
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
pdfmake.setFonts({
  DejaVu: {
    normal: join(FONT_DIR, 'DejaVuSans.ttf'), bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
    italics: join(FONT_DIR, 'DejaVuSans-Oblique.ttf'), bolditalics: join(FONT_DIR, 'DejaVuSans-BoldOblique.ttf'),
  },
});
// A package is built from registry data only: pdfmake may read the fonts and nothing else, and fetch nothing.
pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
pdfmake.setUrlAccessPolicy(() => false);

/** A4 landscape less the margins, in points: wide tables (participants, requirements) need the width. */
const CONTENT_WIDTH = 842 - 2 * 36;

function fieldsTable(fields: [string, string][]) {
  return {
    table: { widths: [180, '*'], body: fields.map(([k, v]) => [{ text: k, bold: true }, v]) },
    layout: 'lightHorizontalLines', margin: [0, 0, 0, 10],
  };
}

function dataTable(t: Table) {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  return [
    { text: t.title, style: 'tableTitle' },
    t.rows.length === 0
      ? { text: 'нет записей', italics: true, margin: [0, 0, 0, 10] }
      : {
          table: {
            headerRows: 1, widths: t.columns.map((c) => (CONTENT_WIDTH * c.width) / total),
            body: [t.columns.map((c) => ({ text: c.header, bold: true, fillColor: '#e8eef5' })),
              ...t.rows.map((r) => r.map((v, i) => ({ text: cellText(v, t.columns[i]!), alignment: t.columns[i]!.money ? 'right' : 'left' })))],
          },
          layout: 'lightHorizontalLines', margin: [0, 0, 0, 10],
        },
  ];
}

function sectionContent(s: Section, first: boolean) {
  return [
    { text: s.title, style: 'heading', pageBreak: first ? undefined : 'before' },
    ...(s.fields.length ? [fieldsTable(s.fields)] : []),
    ...s.tables.flatMap(dataTable),
  ];
}

/** The application package as a PDF: the same sections as the workbook, each from a new page. */
export async function applicationPdf(pkg: ApplicationPackageData, meta: PackageMeta): Promise<Buffer> {
  const sections = packageSections(pkg, meta);
  const stamp = meta.version === null ? 'ЧЕРНОВИК' : `версия ${meta.version}`;
  const doc = {
    pageSize: 'A4', pageOrientation: 'landscape', pageMargins: [36, 40, 36, 40],
    info: { title: `${pkg.cluster.name}: заявка № ${pkg.applicationId}`, author: 'Klaster', subject: sections[0]!.title },
    defaultStyle: { font: 'DejaVu', fontSize: 8 },
    styles: { heading: { fontSize: 13, bold: true, margin: [0, 0, 0, 8] }, tableTitle: { fontSize: 10, bold: true, margin: [0, 4, 0, 4] } },
    header: { text: `${pkg.cluster.name} — заявка № ${pkg.applicationId}, ${stamp}`, fontSize: 7, color: '#666666', margin: [36, 20, 36, 0] },
    footer: (page: number, pages: number) => ({ text: `${page} / ${pages}`, alignment: 'right', fontSize: 7, color: '#666666', margin: [36, 10, 36, 0] }),
    content: sections.flatMap((s, i) => sectionContent(s, i === 0)),
  };
  return pdfmake.createPdf(doc).getBuffer();
}
