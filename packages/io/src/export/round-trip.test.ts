import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { ClusterInput, LinkInput, OrganisationInput } from '@klaster/core';
import { readTable } from '../table/read-table.ts';
import { loadReferenceIndex } from '../validate/reference-index.ts';
import { validateLinks } from '../validate/validate-links.ts';
import { validateOrganisations } from '../validate/validate-organisations.ts';
import { exportCsv } from './export-csv.ts';
import { exportJson, readJsonExport } from './export-json.ts';
import { exportXlsx } from './export-xlsx.ts';
import { readClusterFile, validateClusterSource } from '../cluster-file/read-cluster-file.ts';

const refs = loadReferenceIndex();

const organisations: OrganisationInput[] = [
  {
    inn: '7707083893', ogrn: '1027700132195', kpp: '773601001', name: '=HYPERLINK("http://evil","click")', shortName: '-минус', kind: 'research',
    okvedMain: '72.19', okvedExtra: ['25.62', '28.41'], regionCode: '40', oktmo: '29502000', address: 'Калуга; ул. "Ленина",\nд. 1', lat: 54.5, lon: -170.25,
    years: [{ year: 2023, headcount: 10, revenue: 1234567.89 }, { year: 2024, headcount: null, revenue: 0 }], products: [{ okpd2: '25.11.23' }],
  },
  {
    inn: '500100732259', ogrn: '304500116000157', kpp: null, name: '@ИП Иванов', shortName: null, kind: 'other', okvedMain: '25.11', okvedExtra: [],
    regionCode: '22', oktmo: null, address: null, lat: null, lon: null, years: [], products: [],
  },
];
const links: LinkInput[] = [
  { supplierInn: '7707083893', buyerInn: '500100732259', okpd2: '25.11.23', product: '+7 (495) 000-00-00', year: 2024, volume: 1500000.5, source: 'contract' },
  { supplierInn: '500100732259', buyerInn: '7707083893', okpd2: null, product: null, year: 2023, volume: 0, source: 'survey' },
];
const clusters: ClusterInput[] = [
  {
    code: 'kaluga-auto', name: 'Автокластер', kind: 'industrial', specialization: 'Авто', status: 'in_registry', regions: ['40'], municipalities: ['29502000'],
    specializedOrgInn: '7707083893', registryDecisionDate: '2017-05-30', developmentProgrammeFrom: '2024-01-01', developmentProgrammeTo: '2030-12-31',
    participants: [
      { inn: '7707083893', role: 'anchor', joinedOn: '2017-05-30', leftOn: null, specialTerritory: true },
      { inn: '500100732259', role: 'participant', joinedOn: null, leftOn: '2024-06-30', specialTerritory: false },
    ],
    agreements: [
      { title: 'Соглашение о сотрудничестве', number: '1/2017', signedOn: '2017-04-01', kind: 'cooperation', parties: [{ inn: '7707083893', name: null }, { inn: null, name: '=Администрация; "города" Калуги' }, { inn: '500100732259', name: null }] },
      { title: 'Соглашение о присоединении', number: null, signedOn: null, kind: 'accession', parties: [{ inn: '500100732259', name: null }] },
    ],
    preferences: [
      { inn: '500100732259', kind: 'rent', description: 'Аренда −50%', grantedBy: 'Городская управа', validFrom: '2022-01-01', validTo: '2026-12-31' },
      { inn: null, kind: 'local_tax', description: 'Земельный налог 0,5%', grantedBy: 'Городская дума', validFrom: null, validTo: null },
    ],
  },
  {
    code: 'empty', name: 'Пустой', kind: 'candidate', specialization: '', status: 'candidate', regions: ['22', '54'], municipalities: [], specializedOrgInn: null,
    registryDecisionDate: null, developmentProgrammeFrom: null, developmentProgrammeTo: null, participants: [], agreements: [], preferences: [],
  },
];

async function reimport(data: Buffer, name: string) {
  const table = await readTable(data, name);
  return {
    organisations: () => validateOrganisations(table, refs),
    links: () => validateLinks(table, { refs }),
  };
}

for (const [format, write] of [['csv', exportCsv], ['xlsx', exportXlsx]] as const) {
  test(`${format} export re-imports to the same organisations, links and clusters`, async () => {
    const orgs = (await reimport(await write('organisations', organisations), `o.${format}`)).organisations();
    assert.deepEqual(orgs.errors, []);
    assert.deepEqual(orgs.valid.map((v) => v.input), organisations);
    const l = (await reimport(await write('links', links), `l.${format}`)).links();
    assert.deepEqual(l.errors, []);
    assert.deepEqual(l.valid.map((v) => v.input), links);
  });
}

for (const [format, write] of [['csv', exportCsv], ['xlsx', exportXlsx], ['json', (kind: 'clusters', records: ClusterInput[]) => Buffer.from(exportJson(kind, records))]] as const) {
  test(`${format} export of clusters re-imports to the same clusters: participants, agreements with their parties, preferences`, async () => {
    const c = validateClusterSource(await readClusterFile(await write('clusters', clusters), `c.${format}`), refs);
    assert.deepEqual(c.errors, []);
    assert.deepEqual(c.valid.map((v) => v.input), clusters);
  });
}

test('cluster XLSX export: sheets «Кластеры», «Соглашения», «Льготы», a row per participant, party and preference', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportXlsx('clusters', clusters)) as unknown as ArrayBuffer);
  assert.deepEqual(workbook.worksheets.map((s) => [s.name, s.rowCount]), [['Кластеры', 4], ['Соглашения', 5], ['Льготы', 3]]);
  const party = workbook.getWorksheet('Соглашения')!.getRow(3);
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map((i) => party.getCell(i).value), ['kaluga-auto', 'Соглашение о сотрудничестве', '1/2017', '2017-04-01', 'О сотрудничестве', null, `'=Администрация; "города" Калуги`]);
});

test('cluster CSV export: the three parts side by side, one row each', () => {
  const lines = exportCsv('clusters', [clusters[0]!]).toString('utf8').split('\r\n').filter(Boolean);
  assert.equal(lines.length, 1 + 2 + 4 + 2);
  assert.ok(lines[0]!.includes(';Особая территория;Соглашение;Номер соглашения;'), lines[0]);
  assert.ok(lines[0]!.endsWith(';Льгота действует с;Льгота действует по'), lines[0]);
  // 16 columns of the cluster and its participant, 6 of the agreement party, then the preference
  assert.equal(lines[8], `kaluga-auto${';'.repeat(16 + 6)}Льгота по местным налогам;;Земельный налог 0,5%;Городская дума;;`);
});

test('JSON export round trip and kind check', () => {
  const text = exportJson('links', links);
  assert.deepEqual(readJsonExport(text, 'links'), links);
  assert.throws(() => readJsonExport(text, 'clusters'), /не является выгрузкой/);
});

test('CSV export: BOM, semicolons, RFC 4180 quotes, formula triggers neutralised, negative numbers stay numbers', () => {
  const text = exportCsv('organisations', [organisations[0]!]).toString('utf8');
  assert.ok(text.startsWith('\uFEFFИНН;ОГРН/ОГРНИП;КПП;'));
  const firstRow = text.split('\r\n')[1]!;
  assert.ok(firstRow.startsWith(`7707083893;1027700132195;773601001;"'=HYPERLINK(""http://evil"",""click"")";'-минус;Научная организация;72.19;25.62, 28.41;40;29502000;"Калуга; ул. ""Ленина"",\nд. 1";54,5;-170,25;2023;10;1234567,89;25.11.23`), firstRow);
});

test('XLSX export: neutralised text cells, numeric cells for numbers (negative included)', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportXlsx('organisations', organisations)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  assert.equal(sheet.name, 'Организации');
  const row = sheet.getRow(2);
  assert.equal(row.getCell(4).value, `'=HYPERLINK("http://evil","click")`);
  assert.equal(row.getCell(5).value, "'-минус");
  assert.equal(row.getCell(13).value, -170.25);
  assert.equal(sheet.getRow(4).getCell(4).value, "'@ИП Иванов");
  assert.equal(sheet.rowCount, 4);
});
