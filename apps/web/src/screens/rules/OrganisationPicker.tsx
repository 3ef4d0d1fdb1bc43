import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { Organisation, Page } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useApi } from '../../lib/use-api.ts';

/** Searches the registry by name or INN as the user types and hands back the chosen organisation. */
export function OrganisationPicker({ onPick, exclude, testId }: { onPick(o: Organisation): void; exclude: Set<string>; testId?: string }) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const found = useApi<Page<Organisation>>(debounced.length >= 2 ? '/api/organisations' : null, { q: debounced, pageSize: 15 });
  const options = (found.data?.items ?? []).filter((o) => !exclude.has(o.inn));
  return (
    <Select
      searchable data-testid={testId} placeholder={t('org.searchPlaceholder')} aria-label={t('wi.add')}
      searchValue={search} onSearchChange={setSearch} value={null} filter={({ options: all }) => all}
      data={options.map((o) => ({ value: o.inn, label: `${o.name} · ${o.inn}` }))}
      nothingFoundMessage={debounced.length >= 2 && found.data ? t('common.empty') : undefined}
      onChange={(inn) => { const o = options.find((x) => x.inn === inn); if (o) { onPick(o); setSearch(''); } }}
    />
  );
}
