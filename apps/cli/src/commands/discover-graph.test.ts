import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliContext } from '../context.ts';
import { discoverGraph } from './discover-graph.ts';

function capture(cwd: string): { ctx: CliContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { ctx: { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: {} }, out, err };
}

// Two triangles a,b,c and d,e,f joined by c–d; a duplicate a–b and a self-loop on f.
const EDGES = 'source,target,weight\na,b,1\nb,c,1\na,c,1\nc,d,1\nd,e,1\ne,f,1\nd,f,1\na,b,1\nf,f,\n';

test('writes node,community for two triangles to stdout', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'discover-graph-'));
  writeFileSync(join(dir, 'edges.csv'), EDGES);
  const { ctx, out, err } = capture(dir);
  const code = await discoverGraph(['--graph', 'edges.csv', '--seed', '7'], ctx);
  assert.equal(code, 0);
  assert.equal(out.join(''), 'node,community\na,0\nb,0\nc,0\nd,1\ne,1\nf,1\n');
  assert.match(err.join(''), /Узлов: 6, рёбер: 9, сообществ: 2/);
});

test('writes to --out when given (and reads --name=value)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'discover-graph-'));
  writeFileSync(join(dir, 'edges.csv'), EDGES);
  const { ctx, out } = capture(dir);
  const code = await discoverGraph(['--graph=edges.csv', '--out', 'result.csv', '--quality=cpm', '--resolution', '0.5'], ctx);
  assert.equal(code, 0);
  assert.deepEqual(out, []);
  assert.equal(readFileSync(join(dir, 'result.csv'), 'utf8'), 'node,community\na,0\nb,0\nc,0\nd,1\ne,1\nf,1\n');
});

test('exits 2 naming the file and line of unreadable input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'discover-graph-'));
  writeFileSync(join(dir, 'bad.csv'), 'source,target,weight\na,b,1\nb,c,x\n');
  const { ctx, err } = capture(dir);
  assert.equal(await discoverGraph(['--graph', 'bad.csv'], ctx), 2);
  assert.match(err.join(''), /Ошибка чтения bad\.csv: строка 3: вес «x»/);
});

test('exits 2 on a missing file and on bad arguments', async () => {
  const { ctx, err } = capture(tmpdir());
  assert.equal(await discoverGraph(['--graph', 'no-such-file.csv'], ctx), 2);
  assert.match(err.join(''), /файл не найден/);
  assert.equal(await discoverGraph(['--graph', 'x.csv', '--quality', 'best'], ctx), 2);
  assert.match(err.join(''), /--quality: modularity или cpm/);
});
