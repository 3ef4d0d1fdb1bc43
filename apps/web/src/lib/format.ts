/** Russian number formatting: spaces between thousands, comma decimals, "млн ₽" / "млрд ₽". */
const integer = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });

export function formatInt(value: number | null | undefined): string {
  return value == null ? '—' : integer.format(value);
}

/** Roubles scaled to the unit a reader expects: 1 234 ₽, 12,3 тыс. ₽, 104,9 млрд ₽. */
export function formatRub(value: number | null | undefined, lang: 'ru' | 'en' = 'ru'): string {
  if (value == null) return '—';
  const units = lang === 'ru' ? ['трлн ₽', 'млрд ₽', 'млн ₽', 'тыс. ₽'] : ['tn ₽', 'bn ₽', 'mn ₽', 'k ₽'];
  const scales = [1e12, 1e9, 1e6, 1e3];
  for (let i = 0; i < scales.length; i++) {
    if (Math.abs(value) >= scales[i]!) return `${oneDecimal.format(value / scales[i]!)} ${units[i]}`;
  }
  return `${integer.format(value)} ₽`;
}

export function formatPercent(share: number | null | undefined): string {
  return share == null || Number.isNaN(share) ? '—' : `${oneDecimal.format(share * 100)} %`;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? iso + 'T00:00:00' : iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('ru-RU');
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short' });
}
