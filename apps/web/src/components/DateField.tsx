import { DateInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import 'dayjs/locale/ru';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A date field that shows dates as the interface language writes them (31.12.2026 in Russian) whatever the
 * browser's own locale is — a native <input type="date"> follows the browser and showed mm/dd/yyyy to Russian
 * users of an English browser. The value stays an ISO day ('YYYY-MM-DD') or null, as the API takes it.
 */
export interface DateFieldProps {
  label?: ReactNode;
  value: string | null;
  onChange(value: string | null): void;
  required?: boolean;
  clearable?: boolean;
  minDate?: string;
  maxDate?: string;
  error?: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  w?: number | string;
  'data-testid'?: string;
}

export function DateField({ value, onChange, clearable = true, ...rest }: DateFieldProps) {
  const { lang } = useI18n();
  return (
    <DateInput
      {...rest}
      value={value || null}
      onChange={(next) => onChange(next ? String(next).slice(0, 10) : null)}
      clearable={clearable}
      locale={lang}
      valueFormat={lang === 'ru' ? 'DD.MM.YYYY' : 'YYYY-MM-DD'}
      placeholder={lang === 'ru' ? 'ДД.ММ.ГГГГ' : 'YYYY-MM-DD'}
      dateParser={(input) => parseTypedDay(input)}
    />
  );
}

/** Accepts what people type: 31.12.2026, 31/12/2026, 2026-12-31. Returns an ISO day or null. */
export function parseTypedDay(input: string): string | null {
  const text = input.trim();
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [y, m, d] = dotted ? [dotted[3], dotted[2], dotted[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return null;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : day;
}
