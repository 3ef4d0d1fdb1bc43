import { Group, TextInput } from '@mantine/core';
import { DateField } from '../../components/DateField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export interface DocumentValue {
  title: string;
  number: string;
  date: string | null;
}

export const EMPTY_DOCUMENT: DocumentValue = { title: '', number: '', date: null };

/** The document as the API takes it: blank fields are left out. */
export function documentBody(d: DocumentValue): { title?: string; number?: string; date?: string } | null {
  const body = { ...(d.title.trim() ? { title: d.title.trim() } : {}), ...(d.number.trim() ? { number: d.number.trim() } : {}), ...(d.date ? { date: d.date } : {}) };
  return Object.keys(body).length ? body : null;
}

/** Title, number and date of the document a step or a status rests on; errors come keyed as the API names them. */
export function DocumentFields({ value, onChange, required, numberRequired, placeholder, errors, today }: {
  value: DocumentValue;
  onChange(next: DocumentValue): void;
  required: boolean;
  numberRequired: boolean;
  placeholder?: string;
  errors: Record<string, string>;
  today: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextInput label={t('lc.docTitle')} placeholder={placeholder} required={required} value={value.title} maxLength={500}
        onChange={(e) => onChange({ ...value, title: e.currentTarget.value })} error={errors['document.title']} data-testid="doc-title" />
      <Group grow align="flex-start">
        <TextInput label={t('lc.docNumber')} required={numberRequired} value={value.number} maxLength={100}
          onChange={(e) => onChange({ ...value, number: e.currentTarget.value })} error={errors['document.number']} data-testid="doc-number" />
        <DateField label={t('lc.docDate')} required={required} value={value.date} maxDate={today}
          onChange={(date) => onChange({ ...value, date })} error={errors['document.date']} data-testid="doc-date" />
      </Group>
    </>
  );
}
