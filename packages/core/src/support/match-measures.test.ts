import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { matchMeasures, type MeasureSubject } from './match-measures.ts';
import { measureCatalogueSchema, type SupportMeasure } from './measure-schema.ts';

function shipped(file: string): SupportMeasure[] {
  return measureCatalogueSchema.parse(JSON.parse(readFileSync(new URL(`../../../../data/measures/${file}`, import.meta.url), 'utf8'))).measures;
}
const catalogue = [...shipped('federal.json'), ...shipped('regional-examples.json')];

const biyskSme: MeasureSubject = {
  kind: 'industrial', smeCategory: 'small', region: '22', oktmo: '01705000', okved: '25.11',
  clusterParticipant: true, clusterCompliant: true, spicParty: false,
};

test('a small industrial participant in Biysk of a compliant cluster, on 2025-06-01', () => {
  const match = matchMeasures(biyskSme, catalogue, '2025-06-01');
  assert.deepEqual(match.fits.map((f) => f.measure.id), ['pp41-2023', 'example-22-biysk-rent', 'example-22-biysk-land-tax']);
  const nonFit = Object.fromEntries(match.nonFits.map((n) => [n.measure.id, n.missing.map((m) => m.condition)]));
  assert.deepEqual(nonFit, {
    'pp41-2016': ['validTo'], 'pp41-2021': ['validTo'], 'insurance-7-6-spic': ['spicParty'],
    'example-40-kaluga-property-tax': ['regions'], 'example-30-astrakhan-fund-loan': ['regions'],
    'example-54-novosibirsk-consulting': ['regions'], 'example-11-komi-subsidy': ['regions'],
  });
  assert.equal(match.nonFits.find((n) => n.measure.id === 'insurance-7-6-spic')!.missing[0]!.ru, 'сторона специального инвестиционного контракта (нет)');
  assert.deepEqual(match.fits[0]!.reasons.map((r) => r.ru), ['участник промышленного кластера (да)', 'кластер соответствует ПП № 779 (да)']);
});

test('unknown facts leave a measure undetermined rather than fitting', () => {
  const subject: MeasureSubject = { ...biyskSme, smeCategory: null, clusterCompliant: null, spicParty: null };
  const match = matchMeasures(subject, catalogue, '2025-06-01');
  assert.deepEqual(match.undetermined.map((u) => [u.measure.id, u.unknown.map((c) => c.condition)]), [
    ['pp41-2023', ['clusterCompliant']], ['insurance-7-6-spic', ['spicParty']], ['example-22-biysk-land-tax', ['smeOnly']],
  ]);
  assert.deepEqual(match.fits.map((f) => f.measure.id), ['example-22-biysk-rent']);
});

test('a large enterprise outside the municipality, before 2023: the 2021 subsidy fits', () => {
  const subject: MeasureSubject = { ...biyskSme, smeCategory: 'large', oktmo: '01604000' };
  const match = matchMeasures(subject, catalogue, '2022-06-01');
  assert.deepEqual(match.fits.map((f) => f.measure.id), ['pp41-2021']);
  const landTax = match.nonFits.find((n) => n.measure.id === 'example-22-biysk-land-tax')!;
  assert.deepEqual(landTax.missing.map((m) => m.condition), ['smeOnly', 'oktmo']);
});
