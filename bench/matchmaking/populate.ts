import type { Database } from '@klaster/db';

/** Manufacturing classes of OKPD2 (10–33): suppliers are spread evenly over them. */
const CLASS_COUNT = 24;

/**
 * Fills the database with `suppliers` organisations, one capability each, generated inside the database
 * (INSERT … SELECT generate_series) so populating 300 000 rows takes seconds, not the importer's minutes:
 * the importer is measured by bench/import. Everything is a function of the row number: every run builds
 * the same data. INNs are unique 10-digit strings without valid check digits (the bench never validates).
 *
 * Codes: class 10 + id mod 24, then four more digits from the id: 12 500 suppliers per class, about 125 per
 * four-digit group and one or two per six-digit code. Coordinates cover Russia's settled belt
 * (lat 43–62, lon 30–135); 80% of suppliers are SMEs.
 */
export async function populateSuppliers(db: Database, suppliers: number): Promise<void> {
  await db.exec(`
    INSERT INTO organisations (inn, name, kind, okved_main, region_code, lat, lon, sme_category, okpd2, is_demo)
    SELECT lpad((9000000000 + i)::text, 10, '0'), 'Поставщик ' || i, 'industrial',
           (10 + i % ${CLASS_COUNT})::text || '.1', r.code,
           43 + (i * 7919 % 19000) / 1000.0, 30 + (i * 104729 % 105000) / 1000.0,
           (ARRAY['micro', 'small', 'small', 'medium', 'large'])[1 + i % 5], '{}', false
    FROM generate_series(1::bigint, ${suppliers}) i
    JOIN (SELECT code, row_number() OVER (ORDER BY code) - 1 AS n, count(*) OVER () AS total FROM regions) r
      ON r.n = (i * 31) % r.total;
    INSERT INTO capabilities (supplier_id, okpd2, okpd2_prefixes, description, capacity, region_code, lat, lon, created_by)
    SELECT o.id, ARRAY[c.code], ARRAY[left(c.code, 2), left(replace(c.code, '.', ''), 3), left(replace(c.code, '.', ''), 4), left(replace(c.code, '.', ''), 5), replace(c.code, '.', '')], 'Возможность ' || o.id, (1 + o.id % 200) * 1000000, o.region_code, o.lat, o.lon, 'bench'
    FROM organisations o
    CROSS JOIN LATERAL (SELECT (10 + o.id % ${CLASS_COUNT})::text || '.' || ((o.id / ${CLASS_COUNT}) % 10)::text || ((o.id / 240) % 10)::text
                               || '.' || ((o.id / 2400) % 10)::text || ((o.id / 24000) % 10)::text AS code) c
    WHERE o.inn LIKE '9%';
  `);
}

/** The buyer, its need, 200 past suppliers (links over two years) and a cluster of 100 of them. */
export async function populateBuyer(db: Database): Promise<number> {
  await db.exec(`
    INSERT INTO organisations (inn, name, kind, okved_main, region_code, lat, lon, sme_category, is_demo)
    VALUES ('8000000001', 'АО «Верфь (бенч)»', 'industrial', '30.11', '30', 46.35, 48.04, 'large', false);
    INSERT INTO links (supplier_id, buyer_id, region_code, okpd2, year, volume, source)
    SELECT s.id, b.id, s.region_code, s.okpd2_code, y, 1000000, 'contract'
    FROM (SELECT o.id, o.region_code, c.okpd2[1] AS okpd2_code FROM organisations o JOIN capabilities c ON c.supplier_id = o.id
          WHERE c.okpd2_prefixes @> '{25}' ORDER BY o.id LIMIT 200) s
    CROSS JOIN (SELECT id FROM organisations WHERE inn = '8000000001') b CROSS JOIN generate_series(2023, 2024) y;
    INSERT INTO clusters (code, name, kind, specialization, status, regions) VALUES ('bench-ship', 'Бенч-кластер', 'industrial', 'суда', 'registered', '{30}');
    INSERT INTO cluster_participants (cluster_id, organisation_id, role)
    SELECT (SELECT id FROM clusters WHERE code = 'bench-ship'), id, 'enterprise' FROM organisations
    WHERE inn = '8000000001' OR id IN (SELECT supplier_id FROM links ORDER BY supplier_id LIMIT 100);
  `);
  const [need] = await db.query<{ id: number }>(
    `INSERT INTO needs (buyer_id, okpd2, okpd2_classes, description, volume, delivery_region, replaces_import, created_by)
     SELECT id, '{25.62.20}', '{25}', 'Детали механической обработки', 40000000, '30', true, 'bench' FROM organisations WHERE inn = '8000000001'
     RETURNING id`,
  );
  await db.exec('ANALYZE');
  return Number(need!.id);
}
