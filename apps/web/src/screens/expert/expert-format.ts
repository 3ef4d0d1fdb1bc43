/** Points as the commission reads them: up to two decimals, Russian comma ("66,5"); a dash when there is none. */
const points = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const pointsEn = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function formatPoints(value: number | null | undefined, lang: 'ru' | 'en' = 'ru'): string {
  return value == null ? '—' : (lang === 'en' ? pointsEn : points).format(value);
}

/**
 * A deadline typed as a day and a time of day in the browser's zone, as the API takes it (ISO with offset).
 * Null when either part is missing or not a real time.
 */
export function deadlineIso(day: string | null, time: string): string | null {
  if (!day || !/^\d{1,2}:\d{2}(:\d{2})?$/.test(time.trim())) return null;
  const [h, m] = time.trim().split(':').map(Number) as [number, number];
  if (h > 23 || m > 59) return null;
  const date = new Date(`${day}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The moment reminders are computed for when the secretary picks a day: now for today, else noon of that day. */
export function reminderMoment(day: string | null, now: Date): string | undefined {
  if (!day || day === localDay(now)) return undefined;
  const noon = new Date(`${day}T12:00:00`);
  return Number.isNaN(noon.getTime()) ? undefined : noon.toISOString();
}

export function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
