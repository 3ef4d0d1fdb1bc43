import { completeInn10, type OrganisationInput } from '@klaster/core';
import { upsertCapabilities, upsertLinks, upsertNeeds, upsertOrganisations, type Database } from '@klaster/db';

/** One degree of a meridian in km (the haversine sphere): S2 sits exactly 150 km north of the buyer. */
export const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;
const BASE = { lat: 46.35, lon: 48.04 };

export const INN = {
  buyer: completeInn10('300000001'),
  s1: completeInn10('300000002'),
  s2: completeInn10('300000003'),
  s3: completeInn10('300000004'),
  s4: completeInn10('110000005'),
  komiBuyer: completeInn10('110000006'),
};

function org(inn: string, name: string, okved: string, region: string, at: { lat: number; lon: number } | null, headcount: number, revenue: number, products: string[]): OrganisationInput {
  return {
    inn, name, kind: 'industrial', okvedMain: okved, regionCode: region, lat: at?.lat ?? null, lon: at?.lon ?? null,
    years: [{ year: 2024, headcount, revenue }], products: products.map((okpd2) => ({ okpd2, name: null })),
  };
}

/**
 * Hand-made matchmaking data. Need N (buyer, 25.62.20, 40 mln, replaces imports) and its candidates:
 *  S1 next door, small, exact code, capacity 20 mln          → 0.4 + 0.2 + 0.075 + 0.1             = 0.775
 *  S2 150 km north, large, "25.62", capacity 80 mln, in the buyer's cluster, supplied it in 2023 and 2024
 *                                                             → 0.2667 + 0.1 + 0.15 + 0.1 + 0.0333 = 0.65
 *  S3 "26.11": another class, never a candidate
 *  S4 in Komi, unlocated, micro, exact code, capacity unknown, supplied the buyer in 2024
 *                                                             → 0.4 + 0 + 0.075 + 0.1 + 0.0167      = 0.5917
 * N2: the Komi buyer, 25.62.20, 10 mln.
 */
export async function loadMatchmakingFixture(db: Database): Promise<{ clusterId: number }> {
  await db.transaction(async (tx) => {
    await upsertOrganisations(tx, [
      org(INN.buyer, 'АО «Верфь»', '30.11', '30', BASE, 2000, 20e9, ['30.11.24']),
      org(INN.s1, 'ООО «Мехобработка»', '25.62', '30', BASE, 30, 200e6, ['25.62.20']),
      org(INN.s2, 'АО «Северный завод»', '25.62', '30', { lat: BASE.lat + 150 / KM_PER_DEGREE, lon: BASE.lon }, 500, 5e9, ['25.62']),
      org(INN.s3, 'ООО «Электроника»', '26.11', '30', BASE, 20, 100e6, ['26.11.22']),
      org(INN.s4, 'ООО «Печора-Деталь»', '25.62', '11', null, 5, 20e6, ['25.62.20']),
      org(INN.komiBuyer, 'АО «Ухта-Нефть»', '06.10', '11', { lat: 63.56, lon: 53.68 }, 3000, 40e9, []),
    ], 'fixture');
    await upsertCapabilities(tx, [
      { supplierInn: INN.s1, okpd2: ['25.62.20'], capacity: 20e6 },
      { supplierInn: INN.s2, okpd2: ['25.62'], capacity: 80e6 },
      { supplierInn: INN.s3, okpd2: ['26.11.22'], capacity: 5e6 },
      { supplierInn: INN.s4, okpd2: ['25.62.20'] },
    ], 'fixture');
    await upsertNeeds(tx, [
      { buyerInn: INN.buyer, okpd2: ['25.62.20'], description: 'Детали валопровода', volume: 40e6, replacesImport: true },
      { buyerInn: INN.komiBuyer, okpd2: ['25.62.20'], description: 'Детали насосов', volume: 10e6 },
    ], 'fixture');
    await upsertLinks(tx, [
      { supplierInn: INN.s2, buyerInn: INN.buyer, okpd2: '25.62', year: 2023, volume: 5e6, source: 'contract' },
      { supplierInn: INN.s2, buyerInn: INN.buyer, okpd2: '25.62', year: 2024, volume: 6e6, source: 'contract' },
      { supplierInn: INN.s4, buyerInn: INN.buyer, okpd2: '25.62.20', year: 2024, volume: 9e6, source: 'contract' },
    ], 'fixture');
  });
  const [cluster] = await db.query<{ id: number }>(
    `INSERT INTO clusters (code, name, kind, specialization, status, regions) VALUES ('mm-test', 'Тестовый кластер', 'industrial', 'судостроение', 'registered', '{30}') RETURNING id`,
  );
  await db.query(
    `INSERT INTO cluster_participants (cluster_id, organisation_id, role) SELECT $1, id, 'enterprise' FROM organisations WHERE inn = ANY($2::text[])`,
    [cluster!.id, [INN.buyer, INN.s2]],
  );
  return { clusterId: Number(cluster!.id) };
}
