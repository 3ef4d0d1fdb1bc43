// Writes N valid organisations twice: as an import CSV (Russian headers, ';', valid INN/OGRN, real OKVED codes
// and regions) and as the COPY text file of the rows the importer would store.
// Run: node --import tsx bench/import/generate.ts [--rows 300000] [--out DIR]
import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { loadOkved, loadRegions } from '@klaster/data';
import { COPY_COLUMNS, CSV_HEADERS, copyRow, csvRow, makeOrganisation, random, type BenchRegion } from './rows.ts';

export interface GeneratedFiles {
  csv: string;
  copy: string;
  rows: number;
  columns: string[];
}

export function benchRegions(): BenchRegion[] {
  return loadRegions()
    .filter((r) => r.centroidLat !== null && r.centroidLon !== null)
    .map((r) => ({ code: r.code, name: r.nameRu, lat: r.centroidLat!, lon: r.centroidLon! }));
}

/** Manufacturing OKVED groups (sections B–E): the industries clusters are made of. */
export function benchOkvedCodes(): string[] {
  return loadOkved().filter((o) => o.level === 'group' && ['B', 'C', 'D', 'E'].includes(o.section)).map((o) => o.code);
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function close(stream: Writable): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

export async function generateBenchFiles(rows: number, outDir: string, seed = 2026): Promise<GeneratedFiles> {
  mkdirSync(outDir, { recursive: true });
  const files = { csv: join(outDir, `organisations-${rows}.csv`), copy: join(outDir, `organisations-${rows}.copy.tsv`) };
  const csv = createWriteStream(files.csv);
  const copy = createWriteStream(files.copy);
  const regions = benchRegions();
  const okved = benchOkvedCodes();
  const next = random(seed);
  await write(csv, '\uFEFF' + CSV_HEADERS.join(';') + '\n');
  const CHUNK = 1000;
  for (let start = 0; start < rows; start += CHUNK) {
    const csvLines: string[] = [];
    const copyLines: string[] = [];
    for (let i = start; i < Math.min(rows, start + CHUNK); i++) {
      const o = makeOrganisation(i, next, regions, okved);
      csvLines.push(csvRow(o));
      copyLines.push(copyRow(o));
    }
    await write(csv, csvLines.join('\n') + '\n');
    await write(copy, copyLines.join('\n') + '\n');
  }
  await Promise.all([close(csv), close(copy)]);
  return { ...files, rows, columns: COPY_COLUMNS };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '300000' }, out: { type: 'string', default: '/tmp/klaster-bench-import' } } });
  const files = await generateBenchFiles(Number(values.rows), values.out!);
  console.log(`${files.rows} organisations: ${files.csv} and ${files.copy}`);
}
