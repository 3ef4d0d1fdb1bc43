import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DemoBuilder } from './builder.ts';
import { placeInMunicipality } from './geography.ts';
import { LinkWeaver, type GroupMember } from './links.ts';

function group(b: DemoBuilder, n: number): GroupMember[] {
  return Array.from({ length: n }, (_, i) => {
    const org = b.enterprise({ place: placeInMunicipality(b.rng, '54', 'город Новосибирск'), okved: '27.1', size: i === 0 ? 'large' : 'small', theme: 'electrotech' });
    return { inn: org.inn, tier: i === 0 ? 0 : 1 };
  });
}

function partnerCounts(b: DemoBuilder): Map<string, Set<string>> {
  const partners = new Map<string, Set<string>>();
  for (const l of b.links) {
    if (!partners.has(l.supplierInn)) partners.set(l.supplierInn, new Set());
    if (!partners.has(l.buyerInn)) partners.set(l.buyerInn, new Set());
    partners.get(l.supplierInn)!.add(l.buyerInn);
    partners.get(l.buyerInn)!.add(l.supplierInn);
  }
  return partners;
}

test('weaveGroup: weak members get exactly one partner, "none" members none, the others 3–8', () => {
  const b = new DemoBuilder(1);
  const weaver = new LinkWeaver(b);
  const members = group(b, 20).map((m, i): GroupMember => ({ ...m, availability: i === 5 ? 'weak' : i === 6 ? 'none' : 'normal' }));
  weaver.weaveGroup(members);
  const partners = partnerCounts(b);
  assert.equal(partners.get(members[5]!.inn)!.size, 1);
  assert.equal(partners.get(members[6]!.inn), undefined);
  for (const m of members.filter((x) => x.availability === 'normal')) {
    const count = partners.get(m.inn)!.size;
    assert.ok(count >= 3 && count <= 8, `${count} partners`);
  }
});

test('relationship: one pair trades once, one link per year from its start to 2025 or 2024', () => {
  const b = new DemoBuilder(2);
  const weaver = new LinkWeaver(b);
  const [a, c] = group(b, 2);
  assert.equal(weaver.relationship(c!.inn, a!.inn), true);
  assert.equal(weaver.relationship(a!.inn, c!.inn), false, 'the reverse direction is the same pair');
  assert.equal(weaver.relationship(a!.inn, a!.inn), false);
  const years = b.links.map((l) => l.year);
  assert.ok(years.length >= 1 && years.length <= 3);
  assert.deepEqual(years, [...years].sort());
  assert.ok(years.every((y, i) => i === 0 || y === years[i - 1]! + 1), 'consecutive years');
  assert.ok(b.links.every((l) => l.okpd2?.startsWith('27.1')), 'the supplier product');
});
