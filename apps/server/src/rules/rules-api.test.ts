import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
// The CLI command itself, called as a function: the same check, reached from a file.
import { check, toJson } from '../../../cli/src/commands/check.ts';
import { describeOnDatabases, getCluster } from '@klaster/db';
import { RULES_DIR } from '@klaster/data';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { loadDemoData } from '../services/demo.service.ts';
import { multipartFile } from '../testing/multipart.ts';

const AS_OF = '2026-06-01';
type Requirement = { id: string; status: string; found: number | null };
const statuses = (result: { requirements: Requirement[] }) => Object.fromEntries(result.requirements.map((r) => [r.id, r.status]));
const ALL_PASS = {
  'industrial-participants': 'pass', 'cooperation-contracts': 'pass', newcomers: 'pass', 'functional-dependence': 'pass',
  'import-share': 'pass', 'specialized-organization': 'pass', 'development-programme': 'pass', territory: 'pass',
};

describeOnDatabases('rules engine API on the demo data', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  const ids: Record<string, number> = {};
  before(async () => {
    await loadDemoData(db());
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin', { login: 'tester' });
    for (const code of ['kaluga-pharma', 'kaluga-auto', 'astrakhan-shipbuilding', 'altai-biopharma', 'altai-polymer-composite', 'komi-woodworking'])
      ids[code] = (await getCluster(db(), code))!.id;
  });
  const get = async (url: string) => (await admin.inject(url)).json();

  test('each demo cluster gets the designed statuses, naming the rule set it used', async () => {
    const pharma = await get(`/api/clusters/${ids['kaluga-pharma']}/check?asOf=${AS_OF}`);
    assert.equal(pharma.ruleset, 'pp779@2021-11-16');
    assert.equal(pharma.compliant, true);
    assert.equal(pharma.checkYear, 2025);
    assert.deepEqual(statuses(pharma), ALL_PASS);
    assert.deepEqual(pharma.warnings, []);
    assert.deepEqual(statuses(await get(`/api/clusters/${ids['komi-woodworking']}/check?asOf=${AS_OF}`)), ALL_PASS);
    const astrakhan = await get(`/api/clusters/${ids['astrakhan-shipbuilding']}/check?asOf=${AS_OF}`);
    assert.equal(astrakhan.compliant, false);
    assert.deepEqual(statuses(astrakhan), { ...ALL_PASS, 'industrial-participants': 'fail', 'functional-dependence': 'fail', 'specialized-organization': 'fail', 'development-programme': 'fail' });
    assert.equal(astrakhan.requirements[0].found, 9);
    assert.deepEqual(statuses(await get(`/api/clusters/${ids['altai-biopharma']}/check?asOf=${AS_OF}`)), { ...ALL_PASS, 'functional-dependence': 'fail' });
    assert.deepEqual(statuses(await get(`/api/clusters/${ids['altai-polymer-composite']}/check?asOf=${AS_OF}`)), { ...ALL_PASS, 'import-share': 'fail' });
    assert.deepEqual(statuses(await get(`/api/clusters/${ids['kaluga-auto']}/check?asOf=${AS_OF}`)), {
      ...ALL_PASS, 'cooperation-contracts': 'fail', newcomers: 'fail', 'specialized-organization': 'fail', 'development-programme': 'fail',
    });
  });

  test('a registry decision within 6 months of its 5-year end is warned about', async () => {
    // Kaluga pharma was put in the registry on 15.11.2022: valid to 15.11.2027, warned from 15.05.2027.
    assert.deepEqual((await get(`/api/clusters/${ids['kaluga-pharma']}/check?asOf=2027-05-14`)).warnings, []);
    const warned = await get(`/api/clusters/${ids['kaluga-pharma']}/check?asOf=2027-05-15`);
    assert.deepEqual(warned.warnings.map((w: { code: string }) => w.code), ['registry-decision-expiring']);
  });

  test('what-if: adding the shipyard closes both Astrakhan gaps; removing a key supplier breaks Kaluga pharma', async () => {
    const add = await admin.inject({ method: 'POST', url: `/api/clusters/${ids['astrakhan-shipbuilding']}/what-if?asOf=${AS_OF}`, payload: { add: ['3016857011'] } });
    assert.equal(add.statusCode, 200);
    assert.deepEqual(add.json().changes, [
      { id: 'industrial-participants', from: 'fail', to: 'pass' },
      { id: 'functional-dependence', from: 'fail', to: 'pass' },
    ]);
    assert.equal(add.json().after.compliant, false);
    const remove = await admin.inject({ method: 'POST', url: `/api/clusters/${ids['kaluga-pharma']}/what-if?asOf=${AS_OF}`, payload: { remove: ['4007986291'] } });
    assert.deepEqual(remove.json().changes, [{ id: 'functional-dependence', from: 'pass', to: 'fail' }]);
    assert.equal(remove.json().after.compliant, false);
    const unknown = await admin.inject({ method: 'POST', url: `/api/clusters/${ids['kaluga-pharma']}/what-if`, payload: { add: ['7707083893'] } });
    assert.equal(unknown.statusCode, 422);
    assert.equal(unknown.json().error.details[0].value, '7707083893');
  });

  test('suggestions: who closes the gaps, and whose removal alone breaks compliance', async () => {
    const astrakhan = await get(`/api/clusters/${ids['astrakhan-shipbuilding']}/suggestions?asOf=${AS_OF}`);
    assert.deepEqual(astrakhan.additions.selection, ['3016857011']);
    assert.equal(astrakhan.additions.closesGaps, true);
    assert.deepEqual(astrakhan.critical, []);
    const pharma = await get(`/api/clusters/${ids['kaluga-pharma']}/suggestions?asOf=${AS_OF}`);
    assert.deepEqual(pharma.additions.selection, []);
    assert.deepEqual(pharma.critical.map((c: { inn: string; breaks: { id: string }[] }) => [c.inn, c.breaks.map((b) => b.id)]), [
      ['4007986291', ['functional-dependence']],
      ['4008087900', ['cooperation-contracts', 'newcomers']],
      ['4016156113', ['cooperation-contracts', 'newcomers']],
    ]);
  });

  test('dossier from the database → JSON file → `klaster check` gives the result of the API', async () => {
    const dossier = await get(`/api/clusters/${ids['kaluga-pharma']}/dossier?asOf=${AS_OF}`);
    assert.equal(dossier.participants.length, 17);
    assert.equal(dossier.cluster.specializedOrganization.inn, '4011614803');
    assert.ok(dossier.contracts.every((c: { kind: string }) => c.kind === 'supply'));
    const dir = mkdtempSync(join(tmpdir(), 'klaster-dossier-'));
    try {
      writeFileSync(join(dir, 'dossier.json'), JSON.stringify(dossier));
      let out = '';
      const code = await check(['dossier.json', '--json'], { stdout: (t) => { out += t; }, stderr: () => undefined, cwd: dir, env: {} });
      assert.equal(code, 0);
      const api = await get(`/api/clusters/${ids['kaluga-pharma']}/check?asOf=${AS_OF}`);
      assert.deepEqual(JSON.parse(out), toJson(api, 'ru'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const xlsx = await admin.inject(`/api/clusters/${ids['kaluga-pharma']}/dossier?format=xlsx&asOf=${AS_OF}`);
    const upload = await admin.inject({ method: 'POST', url: '/api/check', ...multipartFile('dossier.xlsx', xlsx.rawPayload) });
    assert.equal(upload.statusCode, 200);
    assert.deepEqual(upload.json(), await get(`/api/clusters/${ids['kaluga-pharma']}/check?asOf=${AS_OF}`));
  });

  test('an invalid uploaded dossier is refused naming the JSON path or the sheet, row and field', async () => {
    const dossier = await get(`/api/clusters/${ids['kaluga-pharma']}/dossier?asOf=${AS_OF}`);
    dossier.participants[1].inn = '4007986292';
    const body = await admin.inject({ method: 'POST', url: '/api/check', payload: dossier });
    assert.equal(body.statusCode, 400);
    assert.deepEqual(body.json().error.details.map((d: { path: string }) => d.path), ['participants[1].inn']);
    const file = await admin.inject({ method: 'POST', url: '/api/check', ...multipartFile('d.json', JSON.stringify({ ...dossier, participants: dossier.participants.slice(1) })) });
    assert.equal(file.statusCode, 400);
    assert.deepEqual(file.json().error.details.map((d: { path: string }) => d.path), ['participants[0].inn']);
    const template = await admin.inject('/api/dossier/template?format=xlsx');
    assert.equal(template.statusCode, 200);
    const empty = await admin.inject({ method: 'POST', url: '/api/check', ...multipartFile('template.xlsx', template.rawPayload) });
    assert.equal(empty.statusCode, 400);
    // cluster sheet: header and hint rows, then asOf (row 3) and cluster.name (row 4)
    assert.equal(empty.json().error.details[0].path, 'cluster!B4 (cluster.name)');
  });

  test('rule sets are listed with versions, legal basis and confidence', async () => {
    const list = await get('/api/rulesets');
    assert.deepEqual(list.items.map((s: { ref: string }) => s.ref), ['pp41@2016', 'pp41@2021', 'pp41@2023', 'pp779@2021-11-16']);
    const pp779 = await get('/api/rulesets/pp779/2021-11-16');
    assert.equal(pp779.inForce, true);
    assert.deepEqual(pp779.settings, { validityYears: 5, expiryWarningMonths: 6 });
    assert.deepEqual(pp779.requirements.slice(0, 2).map((r: { id: string; confidence: string }) => [r.id, r.confidence]), [['industrial-participants', 'assumed'], ['cooperation-contracts', 'confirmed']]);
    assert.equal((await admin.inject('/api/rulesets/pp779/1999')).statusCode, 404);
  });

  test('a newer rule-set version dropped into KLASTER_RULES_DIR is picked by asOf', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klaster-rules-'));
    const newer = JSON.parse(readFileSync(join(RULES_DIR, 'pp779@2021-11-16.json'), 'utf8'));
    newer.version = '2027-01-01';
    newer.effectiveFrom = '2027-01-01';
    newer.requirements[0].thresholds.min = 15;
    writeFileSync(join(dir, 'pp779@2027-01-01.json'), JSON.stringify(newer));
    process.env.KLASTER_RULES_DIR = dir;
    const operated = await buildApp({ db: db() });
    delete process.env.KLASTER_RULES_DIR;
    try {
      const before2027 = (await operated.inject(`/api/clusters/${ids['kaluga-pharma']}/check?asOf=2026-12-31`)).json();
      assert.equal(before2027.ruleset, 'pp779@2021-11-16');
      assert.equal(before2027.compliant, true);
      const in2027 = (await operated.inject(`/api/clusters/${ids['kaluga-pharma']}/check?asOf=2027-01-01`)).json();
      assert.equal(in2027.ruleset, 'pp779@2027-01-01');
      assert.deepEqual([in2027.requirements[0].status, in2027.requirements[0].found, in2027.requirements[0].required], ['fail', 14, 15]);
      assert.equal((await operated.inject('/api/rulesets')).json().items.length, 5);
    } finally {
      await operated.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  after(async () => {
    await app?.close();
  });
});
