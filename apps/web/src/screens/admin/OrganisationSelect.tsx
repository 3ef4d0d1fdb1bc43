import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Organisation, Page } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../lib/use-api.ts';

/**
 * One organisation of the registry, found by name or INN as the administrator types (the registry holds
 * hundreds of thousands: no full list). The chosen one stays shown with its INN.
 */
export function OrganisationSelect({ value, onChange, error, label }: { value: number | null; onChange(id: number | null): void; error?: string; label: string }) {
  const { t } = useI18n();
  const chosen = useApi<Organisation>(value ? `/api/organisations/${value}` : null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const chosenLabel = chosen.data && chosen.data.id === value ? `${chosen.data.name} · ${chosen.data.inn}` : null;
  // While the search box shows the chosen organisation's own label there is nothing to look up.
  const query = debounced.length >= 2 && debounced !== chosenLabel ? debounced : null;
  const found = useApi<Page<Organisation>>(query ? '/api/organisations' : null, { q: query, pageSize: 15 });
  const options = (found.data?.items ?? []).map((o) => ({ value: String(o.id), label: `${o.name} · ${o.inn}` }));
  if (chosenLabel && !options.some((o) => o.value === String(value))) options.unshift({ value: String(value), label: chosenLabel });
  return (
    <Select
      label={label} required searchable clearable data-testid="user-form-organisation" placeholder={t('org.searchPlaceholder')}
      searchValue={search} onSearchChange={setSearch} value={value ? String(value) : null} filter={({ options: all }) => all}
      data={options} error={error}
      nothingFoundMessage={query && found.data ? t('common.empty') : undefined}
      onChange={(v) => onChange(v ? Number(v) : null)}
    />
  );
}
