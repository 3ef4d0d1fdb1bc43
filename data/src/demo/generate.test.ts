import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkInn, checkKpp, checkOgrn, checkOgrnip, deriveSmeCategory, isSme } from '@klaster/core';
import { loadMunicipalities, loadOkved } from '../reference.ts';
import { generateDemoData } from './generate.ts';

const data = generateDemoData();
const byInn = new Map(data.organisations.map((o) => [o.inn, o]));

function latestCategory(inn: string) {
  const org = byInn.get(inn)!;
  const latest = org.years![org.years!.length - 1]!;
  return deriveSmeCategory({ headcount: latest.headcount, revenue: latest.revenue, okvedMain: org.okvedMain });
}

test('the same seed gives identical data, another seed different data', () => {
  assert.equal(JSON.stringify(generateDemoData({ seed: 779 })), JSON.stringify(data));
  assert.equal(JSON.stringify(generateDemoData({ seed: 42 })), JSON.stringify(generateDemoData({ seed: 42 })));
  assert.notEqual(JSON.stringify(generateDemoData({ seed: 42 })), JSON.stringify(data));
});

test('the set has the planned size', () => {
  assert.ok(data.organisations.length >= 500 && data.organisations.length <= 700, `organisations: ${data.organisations.length}`);
  assert.ok(data.links.length >= 3000 && data.links.length <= 6000, `links: ${data.links.length}`);
});

test('every identifier is valid by checksum and unique', () => {
  const seen = new Set<string>();
  for (const org of data.organisations) {
    assert.equal(checkInn(org.inn), null, org.inn);
    assert.equal(org.inn.slice(0, 2), org.regionCode, `INN ${org.inn} starts with region ${org.regionCode}`);
    if (org.inn.length === 12) {
      assert.equal(checkOgrnip(org.ogrn!), null, org.ogrn!);
      assert.equal(org.kpp, null);
      assert.match(org.name, /^ИП /);
    } else {
      assert.equal(checkOgrn(org.ogrn!), null, org.ogrn!);
      assert.equal(checkKpp(org.kpp!), null, org.kpp!);
      assert.equal(org.kpp, org.inn.slice(0, 4) + '01001');
    }
    for (const id of [org.inn, org.ogrn!]) {
      assert.ok(!seen.has(id), `duplicate ${id}`);
      seen.add(id);
    }
  }
  const entrepreneurs = data.organisations.filter((o) => o.inn.length === 12).length;
  assert.ok(entrepreneurs >= 5 && entrepreneurs <= 40, `entrepreneurs: ${entrepreneurs}`);
});

test('names are unique', () => {
  assert.equal(new Set(data.organisations.map((o) => o.name)).size, data.organisations.length);
});

test('every OKVED code exists in the reference, manufacturing as NN.N groups', () => {
  const codes = new Map(loadOkved().map((o) => [o.code, o]));
  for (const org of data.organisations) {
    for (const code of [org.okvedMain, ...(org.okvedExtra ?? [])]) {
      const ref = codes.get(code);
      assert.ok(ref && ref.level !== 'section', `${org.name}: ${code}`);
      if (ref.section === 'C') assert.equal(ref.level, 'group', `${code} should be a group`);
    }
  }
});

test('every OKTMO belongs to the organisation region; coordinates near its centre', () => {
  const municipalities = new Map(loadMunicipalities().map((m) => [m.oktmo, m]));
  const seedRegions = new Set(['22', '40', '30', '54', '11']);
  for (const org of data.organisations) {
    if (!seedRegions.has(org.regionCode)) {
      assert.equal(org.oktmo, null);
      continue;
    }
    const m = municipalities.get(org.oktmo!);
    assert.ok(m, `${org.name}: OKTMO ${org.oktmo}`);
    assert.equal(m.regionCode, org.regionCode);
    // 6 km of jitter at most: under 0.06° of latitude, under 0.15° of longitude at these latitudes.
    assert.ok(Math.abs(org.lat! - m.centreLat!) < 0.06 && Math.abs(org.lon! - m.centreLon!) < 0.15, `${org.name} too far from ${m.nameRu}`);
  }
});

test('every link joins two known organisations in 2023–2025 with 1–500 mln roubles', () => {
  for (const link of data.links) {
    assert.ok(byInn.has(link.supplierInn) && byInn.has(link.buyerInn));
    assert.notEqual(link.supplierInn, link.buyerInn);
    assert.ok(link.year >= 2023 && link.year <= 2025);
    assert.ok(link.volume >= 1_000_000 && link.volume <= 500_000_000, String(link.volume));
  }
});

test('all records are demo records', () => {
  assert.ok(data.organisations.every((o) => o.isDemo === true));
  assert.ok(data.links.every((l) => l.isDemo === true));
  assert.ok(data.clusters.every((c) => c.isDemo === true));
});

test('the Biysk clusters have 22 and 13 participants, the 13 all SMEs, with the city administration as a party', () => {
  const bio = data.clusters.find((c) => c.code === 'altai-biopharma')!;
  const poly = data.clusters.find((c) => c.code === 'altai-polymer-composite')!;
  assert.equal(bio.participants.length, 22);
  assert.equal(poly.participants.length, 13);
  for (const p of poly.participants) assert.ok(isSme(latestCategory(p.inn)), `${byInn.get(p.inn)!.name} is not an SME`);
  for (const cluster of [bio, poly]) {
    assert.equal(cluster.kind, 'local');
    assert.ok(cluster.municipalities!.length >= 2, 'inter-municipal');
    const parties = cluster.agreements![0]!.parties;
    assert.ok(parties.some((p) => p.name === 'Администрация города Бийска' && byInn.get(p.inn!)?.kind === 'authority'));
    const kinds = new Set(cluster.preferences!.map((p) => p.kind));
    assert.ok(kinds.has('rent') && kinds.has('local_tax'));
  }
});

test('Kaluga has 120+ organisations; Novosibirsk five planted groups of 12–25 and no cluster', () => {
  assert.ok(data.organisations.filter((o) => o.regionCode === '40').length >= 120);
  const nsk = data.plantedGroups.filter((g) => g.region === '54');
  assert.deepEqual(nsk.map((g) => g.key).sort(), ['nsk-chemical', 'nsk-digital', 'nsk-electrotech', 'nsk-machinery', 'nsk-medical']);
  for (const g of nsk) assert.ok(g.inns.length >= 12 && g.inns.length <= 25, `${g.key}: ${g.inns.length}`);
  assert.ok(data.clusters.every((c) => !c.regions.includes('54')));
});

test('the Astrakhan shipbuilding cluster is a candidate with gaps; its potential suppliers do not trade with it', () => {
  const cluster = data.clusters.find((c) => c.code === 'astrakhan-shipbuilding')!;
  assert.equal(cluster.kind, 'candidate');
  assert.equal(cluster.participants.length, 9);
  assert.equal(cluster.specializedOrgInn, null);
  assert.deepEqual(cluster.agreements, []);
  const yards = data.plantedGroups.find((g) => g.key === 'astrakhan-shipbuilding')!.inns.filter((inn) => byInn.get(inn)!.okvedMain === '30.1');
  assert.equal(yards.length, 4);
  const potential = new Set(data.potentialSuppliers.find((g) => g.key === 'astrakhan-shipbuilding')!.inns);
  assert.ok(potential.size >= 8);
  assert.ok(!data.links.some((l) => potential.has(l.supplierInn) && yards.includes(l.buyerInn)));
});

test('planted groups are disjoint, dense inside, and at least 8% of links join different groups', () => {
  const groupOf = new Map<string, string>();
  for (const g of data.plantedGroups) {
    for (const inn of g.inns) {
      assert.ok(byInn.has(inn));
      assert.ok(!groupOf.has(inn), `${inn} in two groups`);
      groupOf.set(inn, g.key);
    }
  }
  assert.equal(data.plantedGroups.length, 14);
  const cross = data.links.filter((l) => groupOf.has(l.supplierInn) && groupOf.has(l.buyerInn) && groupOf.get(l.supplierInn) !== groupOf.get(l.buyerInn));
  assert.ok(cross.length / data.links.length >= 0.08, `cross share ${cross.length / data.links.length}`);
  const inside = data.links.filter((l) => groupOf.get(l.supplierInn) !== undefined && groupOf.get(l.supplierInn) === groupOf.get(l.buyerInn));
  assert.ok(inside.length > cross.length * 4, 'groups stay denser inside than between');
});

test('some group members have a single partner inside their group, some none', () => {
  const groupOf = new Map(data.plantedGroups.flatMap((g) => g.inns.map((inn) => [inn, g.key] as const)));
  const partners = new Map<string, Set<string>>([...groupOf.keys()].map((inn) => [inn, new Set<string>()]));
  for (const l of data.links) {
    if (groupOf.get(l.supplierInn) !== undefined && groupOf.get(l.supplierInn) === groupOf.get(l.buyerInn)) {
      partners.get(l.supplierInn)!.add(l.buyerInn);
      partners.get(l.buyerInn)!.add(l.supplierInn);
    }
  }
  const counts = [...partners.values()].map((s) => s.size);
  assert.ok(counts.filter((c) => c === 1).length >= 10);
  assert.ok(counts.filter((c) => c === 0).length >= 5);
});

test('a large anchor has thousands of staff and billions of revenue; all years 2022–2025', () => {
  for (const org of data.organisations.filter((o) => o.kind === 'industrial')) {
    assert.deepEqual(org.years!.map((y) => y.year), [2022, 2023, 2024, 2025]);
    const categories = new Set(org.years!.map((y) => deriveSmeCategory({ headcount: y.headcount, revenue: y.revenue, okvedMain: org.okvedMain })));
    assert.equal(categories.size, 1, `${org.name} changes SME category`);
  }
  const large = data.organisations.filter((o) => o.kind === 'industrial' && latestCategory(o.inn) === 'large');
  assert.ok(large.length >= 20);
  for (const org of large) {
    const latest = org.years![3]!;
    assert.ok(latest.headcount! >= 600 && latest.revenue! >= 3_000_000_000);
  }
});

test('the biopharmaceutical cluster covers its four lines plus research, education and infrastructure', () => {
  const bio = data.clusters.find((c) => c.code === 'altai-biopharma')!;
  const okveds = bio.participants.map((p) => byInn.get(p.inn)!.okvedMain);
  for (const line of ['21.2', '21.1', '10.8', '32.5']) assert.ok(okveds.includes(line), line);
  const roles = new Set(bio.participants.map((p) => p.role));
  for (const role of ['research', 'education', 'infrastructure', 'specialized_org'] as const) assert.ok(roles.has(role), role);
  assert.equal(bio.specializedOrgInn, bio.participants.find((p) => p.role === 'specialized_org')!.inn);
});

test('every participant of a recorded cluster beyond the candidate stage trades with another participant', () => {
  for (const cluster of data.clusters.filter((c) => ['altai-biopharma', 'altai-polymer-composite', 'kaluga-pharma', 'komi-woodworking'].includes(c.code))) {
    const inns = new Set(cluster.participants.map((p) => p.inn));
    const cooperating = new Set(data.links.filter((l) => inns.has(l.supplierInn) && inns.has(l.buyerInn)).flatMap((l) => [l.supplierInn, l.buyerInn]));
    assert.equal(cooperating.size, inns.size, cluster.code);
    const industrial = cluster.participants.filter((p) => byInn.get(p.inn)!.kind === 'industrial').length;
    if (cluster.kind === 'industrial') assert.ok(industrial >= 10, `${cluster.code}: ${industrial} industrial participants`);
  }
});

test('Komi: the woodworking group reaches Arkhangelsk or Kirov; the oil-and-gas group sits in Ukhta and Usinsk with SMEs', () => {
  const wood = data.plantedGroups.find((g) => g.key === 'komi-wood')!;
  const regions = new Set(wood.inns.map((inn) => byInn.get(inn)!.regionCode));
  assert.ok(regions.has('11') && (regions.has('29') || regions.has('43')));
  const oil = data.plantedGroups.find((g) => g.key === 'komi-oilgas')!.inns.map((inn) => byInn.get(inn)!);
  assert.ok(oil.some((o) => o.oktmo === '87525000') && oil.some((o) => o.oktmo === '87523000'));
  assert.ok(oil.filter((o) => latestCategory(o.inn) !== 'large').length >= 12);
  const kaluga = data.clusters.filter((c) => c.regions.includes('40')).map((c) => c.status).sort();
  assert.deepEqual(kaluga, ['in_registry', 'initiative']);
});
