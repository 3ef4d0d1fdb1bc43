import { COST_ITEMS, type Project } from '../../api/projects-types.ts';

export interface BudgetMatrix {
  years: number[];
  rows: { costItem: string; cells: (number | null)[]; total: number }[];
  yearTotals: number[];
  total: number;
}

/**
 * The budget as a table of cost item × year, with the totals the server added up (in kopecks): items in the
 * order of the cost-item list (R&D first), unknown ones after, years ascending; an empty cell is null.
 */
export function budgetMatrix(summary: Project['budgetSummary']): BudgetMatrix {
  const years = summary.byYear.map((y) => y.year).sort((a, b) => a - b);
  const rank = (item: string) => { const i = (COST_ITEMS as readonly string[]).indexOf(item); return i < 0 ? COST_ITEMS.length : i; };
  const items = summary.byItem.map((x) => x.costItem).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const cell = new Map(summary.byItemAndYear.map((c) => [`${c.costItem}|${c.year}`, c.amount]));
  return {
    years,
    rows: items.map((costItem) => ({
      costItem, cells: years.map((y) => cell.get(`${costItem}|${y}`) ?? null), total: summary.byItem.find((x) => x.costItem === costItem)!.amount,
    })),
    yearTotals: years.map((y) => summary.byYear.find((x) => x.year === y)!.amount),
    total: summary.total,
  };
}
