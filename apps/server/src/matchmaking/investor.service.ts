import { regionChains, regionOpenNeeds, type Sql } from '@klaster/db';

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const mln = (x: number) => `${(x / 1e6).toLocaleString('ru-RU', { maximumFractionDigits: 1 })} млн ₽`;
const mlnEn = (x: number) => `RUB ${(x / 1e6).toFixed(1)} mln`;

/**
 * Production chains of a region an investor could enter. A chain is an input class flowing into a local
 * industry (from the latest year of links). The opportunity is what the region's buyers bring in from
 * elsewhere for it plus the open needs for that input delivered to the region: the market a new local
 * producer could take without taking anyone's local customer.
 */
export async function investorChains(db: Sql, regionCode: string, limit = 15) {
  const [chains, needs] = await Promise.all([regionChains(db, regionCode), regionOpenNeeds(db, regionCode)]);
  const needsByClass = new Map(needs.map((n) => [n.inputClass, n]));
  const scored = chains.map((c) => {
    const n = needsByClass.get(c.inputClass);
    // open needs belong to the input, not to one industry: counted once per chain of that input
    const openNeedsVolume = n?.volume ?? 0;
    return {
      ...c, outsideShare: c.total > 0 ? round4(c.fromOutside / c.total) : 0, openNeeds: n?.needs ?? 0, openNeedsVolume,
      importReplacingNeeds: n?.replacesImport ?? 0, opportunity: c.fromOutside + openNeedsVolume,
    };
  });
  scored.sort((a, b) => b.opportunity - a.opportunity || b.total - a.total || a.inputClass.localeCompare(b.inputClass) || a.buyerIndustry.localeCompare(b.buyerIndustry));
  const items = scored.slice(0, limit).map((c, i) => ({
    ...c, rank: i + 1,
    reasonRu: `${c.buyers} покупател(я/ей) отрасли ${c.buyerIndustry} закупают продукцию класса ${c.inputClass} на ${mln(c.total)} в ${c.year} г., из них из других регионов — ${mln(c.fromOutside)} (${Math.round(c.outsideShare * 100)}%); местных поставщиков: ${c.localSuppliers}; открытых потребностей: ${c.openNeeds}`,
    reasonEn: `${c.buyers} buyer(s) in industry ${c.buyerIndustry} buy class ${c.inputClass} for ${mlnEn(c.total)} in ${c.year}, ${mlnEn(c.fromOutside)} (${Math.round(c.outsideShare * 100)}%) from other regions; local suppliers: ${c.localSuppliers}; open needs: ${c.openNeeds}`,
  }));
  return { region: regionCode, items };
}
