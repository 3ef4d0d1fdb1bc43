/**
 * Exact roubles for budget tables: grouped as lib/format.ts groups (Russian digit groups), kopecks only when
 * there are any. Scaled sums ("42 млн ₽") stay with formatRub of lib/format.ts.
 */
const roubles = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

export function formatRoubles(value: number | null | undefined): string {
  return value == null ? '—' : `${roubles.format(value)} ₽`;
}
