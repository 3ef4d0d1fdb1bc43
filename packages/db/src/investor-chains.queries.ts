import type { Sql } from './driver.ts';

/**
 * One production chain of a region: an input (two-digit OKPD2 class) flowing into an industry (two-digit
 * OKVED class of the buyers) in the latest year of the region's links, with how much of it comes from
 * outside the region, and the open needs for that input there.
 */
export interface RegionChainRow {
  inputClass: string;
  inputName: string | null;
  buyerIndustry: string;
  buyerIndustryName: string | null;
  year: number;
  total: number;
  fromOutside: number;
  buyers: number;
  localSuppliers: number;
  outsideSuppliers: number;
  topProducts: string[];
}

export async function regionChains(db: Sql, regionCode: string): Promise<RegionChainRow[]> {
  const rows = await db.query(
    `WITH yr AS (SELECT max(l.year) AS y FROM links l JOIN organisations b ON b.id = l.buyer_id
                 WHERE b.region_code = $1 AND l.deleted_at IS NULL),
     flows AS (
       SELECT left(l.okpd2, 2) AS input_class, left(b.okved_main, 2) AS industry, l.volume, l.buyer_id, l.supplier_id, l.product,
              s.region_code <> $1 AS outside
       FROM links l JOIN organisations b ON b.id = l.buyer_id JOIN organisations s ON s.id = l.supplier_id CROSS JOIN yr
       WHERE b.region_code = $1 AND l.year = yr.y AND l.deleted_at IS NULL AND b.deleted_at IS NULL AND l.okpd2 <> ''
         AND l.supplier_id <> l.buyer_id)
     SELECT f.input_class, oi.name_ru AS input_name, f.industry, ob.name_ru AS industry_name, (SELECT y FROM yr) AS year,
       sum(f.volume)::float8 AS total, coalesce(sum(f.volume) FILTER (WHERE f.outside), 0)::float8 AS from_outside,
       count(DISTINCT f.buyer_id)::int AS buyers,
       count(DISTINCT f.supplier_id) FILTER (WHERE NOT f.outside)::int AS local_suppliers,
       count(DISTINCT f.supplier_id) FILTER (WHERE f.outside)::int AS outside_suppliers,
       (array_agg(DISTINCT f.product) FILTER (WHERE f.product IS NOT NULL)) AS products
     FROM flows f LEFT JOIN okved oi ON oi.code = f.input_class LEFT JOIN okved ob ON ob.code = f.industry
     GROUP BY f.input_class, oi.name_ru, f.industry, ob.name_ru`,
    [regionCode],
  );
  return rows.map((r) => ({
    inputClass: r.input_class as string, inputName: (r.input_name as string) ?? null, buyerIndustry: r.industry as string,
    buyerIndustryName: (r.industry_name as string) ?? null, year: Number(r.year), total: Number(r.total), fromOutside: Number(r.from_outside),
    buyers: Number(r.buyers), localSuppliers: Number(r.local_suppliers), outsideSuppliers: Number(r.outside_suppliers),
    topProducts: ((r.products as string[]) ?? []).slice(0, 5),
  }));
}

/** Open needs delivered to a region, per two-digit OKPD2 class of their codes. */
export async function regionOpenNeeds(db: Sql, regionCode: string): Promise<{ inputClass: string; needs: number; volume: number; replacesImport: number }[]> {
  const rows = await db.query(
    `SELECT cls AS input_class, count(*)::int AS needs, coalesce(sum(n.volume), 0)::float8 AS volume,
       count(*) FILTER (WHERE n.replaces_import)::int AS replaces_import
     FROM needs n CROSS JOIN LATERAL unnest(n.okpd2_classes) cls
     WHERE n.delivery_region = $1 AND n.status = 'open' GROUP BY cls ORDER BY cls`,
    [regionCode],
  );
  return rows.map((r) => ({ inputClass: r.input_class as string, needs: Number(r.needs), volume: Number(r.volume), replacesImport: Number(r.replaces_import) }));
}
