import type { TableDelimiter } from './table.ts';

const CANDIDATES: readonly TableDelimiter[] = [';', ',', '\t'];

/**
 * Counts each candidate on the header line, outside double quotes.
 * Ties go to ';' (what Russian Excel writes), then ',', then tab; a one-column file gets ','.
 */
export function detectDelimiter(text: string): TableDelimiter {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: TableDelimiter = ',';
  let bestCount = 0;
  for (const candidate of CANDIDATES) {
    const n = counts.get(candidate)!;
    if (n > bestCount) {
      best = candidate;
      bestCount = n;
    }
  }
  return best;
}
