import { Group, MultiSelect, NumberInput, Select, Switch } from '@mantine/core';
import { useI18n } from '../../i18n/i18n.tsx';
import { regionOptions, useRegions } from '../../lib/reference.ts';
import { setQuery } from '../../lib/router.tsx';
import { LIMITS, type MatchFilterValues } from './format-match.ts';

/** Region, radius, SME only, cluster only and how many: kept in the URL so a ranking can be shared as a link. */
/** `smeLabel` absent: no SME switch (a supplier's own ranking of needs cannot filter on its own status). */
export function MatchFilters({ value, smeLabel }: { value: MatchFilterValues; smeLabel?: string }) {
  const { t, lang } = useI18n();
  const regions = useRegions();
  return (
    <Group gap="md" align="flex-end" mb="md" data-testid="match-filters">
      <MultiSelect
        label={t('common.region')} placeholder={value.regions.length ? undefined : t('common.all')} data={regionOptions(regions, lang)} value={value.regions}
        onChange={(v) => setQuery({ region: v.join(',') || null })} searchable clearable w={320} data-testid="mf-region"
      />
      <NumberInput
        label={t('mm.radius')} placeholder={t('mm.radiusAny')} min={1} max={20000} step={50} value={value.radiusKm ?? ''} w={150} data-testid="mf-radius"
        onChange={(v) => setQuery({ radius: typeof v === 'number' && v > 0 ? String(v) : null })} suffix={lang === 'en' ? ' km' : ' км'}
      />
      <Select label={t('mm.limit')} data={LIMITS.map((n) => String(n))} value={String(value.limit)} w={90} allowDeselect={false}
        onChange={(v) => setQuery({ limit: v === '20' ? null : v })} data-testid="mf-limit" />
      {smeLabel && <Switch label={smeLabel} checked={value.smeOnly} onChange={(e) => setQuery({ sme: e.currentTarget.checked ? '1' : null })} data-testid="mf-sme" mb={8} />}
      <Switch label={t('mm.clusterOnly')} checked={value.clusterOnly} onChange={(e) => setQuery({ cluster: e.currentTarget.checked ? '1' : null })} data-testid="mf-cluster" mb={8} />
    </Group>
  );
}
