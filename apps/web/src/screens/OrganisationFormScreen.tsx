import { useEffect, useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { api, ApiError } from '../api/client.ts';
import type { Organisation, OrganisationInput } from '../api/types.ts';
import { PageHeader } from '../components/PageHeader.tsx';
import { errorText, LoadingState } from '../components/States.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { regionOptions, useRegions } from '../lib/reference.ts';
import { navigate } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';

const KINDS = ['industrial', 'research', 'education', 'infrastructure', 'finance', 'authority', 'public', 'other'] as const;
type Kind = (typeof KINDS)[number];

interface FormValues {
  inn: string; ogrn: string; kpp: string; name: string; shortName: string; kind: Kind; okvedMain: string;
  regionCode: string; oktmo: string; address: string; lat: number | null; lon: number | null;
}

const EMPTY: FormValues = { inn: '', ogrn: '', kpp: '', name: '', shortName: '', kind: 'industrial', okvedMain: '', regionCode: '', oktmo: '', address: '', lat: null, lon: null };

function fromOrganisation(o: Organisation): FormValues {
  return {
    inn: o.inn, ogrn: o.ogrn ?? '', kpp: o.kpp ?? '', name: o.name, shortName: o.shortName ?? '', kind: (KINDS as readonly string[]).includes(o.kind) ? (o.kind as Kind) : 'other',
    okvedMain: o.okvedMain, regionCode: o.regionCode, oktmo: o.oktmo ?? '', address: o.address ?? '', lat: o.lat, lon: o.lon,
  };
}

/** Years, products and extra OKVED codes are not edited here; they travel unchanged so a save keeps them. */
function toInput(v: FormValues, existing: Organisation | null): OrganisationInput {
  const blank = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    inn: v.inn.trim(), ogrn: blank(v.ogrn), kpp: blank(v.kpp), name: v.name.trim(), shortName: blank(v.shortName), kind: v.kind,
    okvedMain: v.okvedMain.trim(), regionCode: v.regionCode, oktmo: blank(v.oktmo), address: blank(v.address), lat: v.lat, lon: v.lon,
    okvedExtra: existing?.okvedExtra ?? [], years: existing?.years ?? [], products: existing?.products ?? [],
  };
}

export function OrganisationFormScreen({ id }: { id?: number }) {
  const { t, label, lang } = useI18n();
  const regions = useRegions();
  const existing = useApi<Organisation>(id ? `/api/organisations/${id}` : null);
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => { if (existing.data) setValues(fromOrganisation(existing.data)); }, [existing.data]);
  if (id && !existing.data) return <LoadingState />;

  const set = <K extends keyof FormValues>(key: K) => (value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const text = (key: keyof FormValues, title: string, required = false) => (
    <TextInput label={title} required={required} value={String(values[key] ?? '')} error={fieldErrors[key]} name={key}
      onChange={(e) => set(key)(e.currentTarget.value as never)} />
  );
  const submit = async () => {
    setSaving(true); setFieldErrors({}); setFormError(null);
    try {
      const body = toInput(values, existing.data);
      const saved = id ? await api.put<Organisation>(`/api/organisations/${id}`, body) : await api.post<Organisation>('/api/organisations', body);
      navigate(`/organisations/${saved.id}`);
    } catch (error) {
      if (error instanceof ApiError) setFieldErrors(error.fieldErrors(lang));
      setFormError(error instanceof Error ? errorText(error, lang) : String(error));
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <PageHeader title={id ? t('org.formTitleEdit') : t('org.formTitleNew')} />
      <Paper withBorder p="lg" maw={960}>
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }} data-testid="org-form">
          {formError && <Alert color="red" mb="md" role="alert" data-testid="form-error">{formError}</Alert>}
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
            {text('inn', t('common.inn'), true)}
            {text('ogrn', t('org.ogrn'))}
            {text('kpp', t('org.kpp'))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="md">
            {text('name', t('common.name'), true)}
            {text('shortName', t('org.shortName'))}
            <Select label={t('common.kind')} data={KINDS.map((k) => ({ value: k, label: label('kind', k) }))} value={values.kind} onChange={(v) => v && set('kind')(v as Kind)} allowDeselect={false} error={fieldErrors.kind} />
            {text('okvedMain', t('org.okvedMain'), true)}
            <Select label={t('common.region')} required data={regionOptions(regions, lang)} value={values.regionCode || null} onChange={(v) => set('regionCode')(v ?? '')} searchable error={fieldErrors.regionCode} />
            {text('oktmo', t('org.oktmo'))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md" mt="md">
            {text('address', t('org.address'))}
            <NumberInput label={t('org.lat')} value={values.lat ?? ''} onChange={(v) => set('lat')(typeof v === 'number' ? v : null)} decimalScale={6} error={fieldErrors.lat} />
            <NumberInput label={t('org.lon')} value={values.lon ?? ''} onChange={(v) => set('lon')(typeof v === 'number' ? v : null)} decimalScale={6} error={fieldErrors.lon} />
          </SimpleGrid>
          <Group mt="lg">
            <Button type="submit" loading={saving}>{t('common.save')}</Button>
            <Button variant="default" onClick={() => history.back()}>{t('common.cancel')}</Button>
          </Group>
        </form>
      </Paper>
    </>
  );
}
