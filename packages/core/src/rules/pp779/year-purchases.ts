import type { Pp779Context } from './context.ts';
import { industrialInns } from './industrial-participants.ts';

/** Participants' intermediate purchases in the check year, and which industrial participants did not report any. */
export interface YearPurchases {
  year: number;
  intermediateTotal: number;
  imported: number;
  /** JSON-like names of the missing rows: `purchases[buyer=<inn>, year=<year>]`. */
  missingRows: string[];
}

/**
 * Non-industrial participants (universities, funds) buy no intermediate products, so only industrial
 * participants are expected to report purchases; a missing row makes the share uncertain.
 */
export function yearPurchases(ctx: Pp779Context): YearPurchases | null {
  if (ctx.checkYear === null) return null;
  const year = ctx.checkYear;
  let intermediateTotal = 0;
  let imported = 0;
  const reported = new Set<string>();
  for (const p of ctx.dossier.purchases) {
    if (p.year !== year || !ctx.participantInns.has(p.buyer)) continue;
    intermediateTotal += p.intermediateTotal;
    imported += p.imported;
    reported.add(p.buyer);
  }
  const missingRows = industrialInns(ctx)
    .filter((inn) => !reported.has(inn))
    .map((inn) => `purchases[buyer=${inn}, year=${year}]`);
  return { year, intermediateTotal, imported, missingRows };
}
