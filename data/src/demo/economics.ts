import type { OrganisationYear, SmeCategory } from '@klaster/core';
import type { Prng } from './prng.ts';

export const DEMO_YEARS = [2022, 2023, 2024, 2025] as const;

interface SizeBand {
  headcount: [number, number];
  revenue: [number, number];
}

const MLN = 1_000_000;

/**
 * Bands sit strictly inside the 209-FZ thresholds (SME_THRESHOLDS in @klaster/core), so year-to-year
 * drift never moves an enterprise into another category: the demo stories depend on stable categories.
 */
const SIZE_BANDS: Record<SmeCategory, SizeBand> = {
  micro: { headcount: [3, 15], revenue: [8 * MLN, 118 * MLN] },
  small: { headcount: [18, 98], revenue: [130 * MLN, 790 * MLN] },
  medium: { headcount: [105, 248], revenue: [820 * MLN, 1990 * MLN] },
  large: { headcount: [600, 7000], revenue: [3000 * MLN, 90000 * MLN] },
};

function clamp(value: number, [min, max]: [number, number]): number {
  return Math.min(max, Math.max(min, value));
}

/** Headcount and revenue for 2022–2025 of an enterprise of the given size. */
export function enterpriseYears(rng: Prng, size: SmeCategory): OrganisationYear[] {
  const band = SIZE_BANDS[size];
  let headcount = rng.int(band.headcount[0], band.headcount[1]);
  let revenue = rng.between(band.revenue[0], band.revenue[1]);
  const trend = rng.between(-0.03, 0.1);
  return DEMO_YEARS.map((year) => {
    const row: OrganisationYear = {
      year,
      headcount: Math.round(clamp(headcount, band.headcount)),
      revenue: Math.round(clamp(revenue, band.revenue) / 1000) * 1000,
    };
    headcount *= 1 + trend / 2 + rng.between(-0.04, 0.04);
    revenue *= 1 + trend + rng.between(-0.06, 0.06);
    return row;
  });
}

/** Research, education and infrastructure bodies: staff and budget in a fixed range, no SME logic. */
export function institutionYears(rng: Prng, headcount: [number, number], revenueMln: [number, number]): OrganisationYear[] {
  const staff = rng.int(headcount[0], headcount[1]);
  const budget = rng.between(revenueMln[0], revenueMln[1]) * MLN;
  return DEMO_YEARS.map((year, i) => ({
    year,
    headcount: Math.round(staff * (1 + 0.01 * i)),
    revenue: Math.round((budget * (1 + 0.05 * i)) / 1000) * 1000,
  }));
}
