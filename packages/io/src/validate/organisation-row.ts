import type { OrganisationInput } from '@klaster/core';
import type { ColumnMap, ParsedValues } from '../columns/field-spec.ts';
import { ORGANISATION_COLUMNS } from '../columns/organisation-columns.ts';
import { checkOktmoInRegion } from '../columns/parse-reference.ts';
import { fieldError, type ParsedRow } from './parse-row.ts';
import type { ReferenceIndex } from './reference-index.ts';
import type { RowError } from './row-error.ts';

export type OrganisationColumns = typeof ORGANISATION_COLUMNS;
export type OrganisationRow = ParsedRow<OrganisationColumns>;

/** Checks that need several cells of the same row. */
export function organisationCrossChecks(row: OrganisationRow, map: ColumnMap<OrganisationColumns>, headers: readonly string[], refs: ReferenceIndex): RowError[] {
  const v = row.values;
  const errors: RowError[] = [];
  const err = (key: keyof OrganisationColumns & string, ru: string, en: string) => errors.push(fieldError(row, key, map, headers, ru, en));
  if (v.inn && v.ogrn) {
    if (v.inn.length === 10 && v.ogrn.length !== 13) err('ogrn', `ИНН ${v.inn} принадлежит юрлицу: нужен ОГРН из 13 цифр, а указано ${v.ogrn.length}`, `INN ${v.inn} is a legal entity's: a 13-digit OGRN is needed, got ${v.ogrn.length} digits`);
    if (v.inn.length === 12 && v.ogrn.length !== 15) err('ogrn', `ИНН ${v.inn} принадлежит ИП: нужен ОГРНИП из 15 цифр, а указано ${v.ogrn.length}`, `INN ${v.inn} is an entrepreneur's: a 15-digit OGRNIP is needed, got ${v.ogrn.length} digits`);
  }
  if (v.inn && v.kpp && v.inn.length === 12) err('kpp', `у ИП (ИНН ${v.inn}) нет КПП`, `an entrepreneur (INN ${v.inn}) has no KPP`);
  if (v.oktmo && v.region) {
    const checked = checkOktmoInRegion(v.oktmo, v.region, refs);
    if (!checked.ok) err('oktmo', checked.reasonRu, checked.reasonEn);
  }
  if (v.year === null && (v.headcount !== null || v.revenue !== null) && !row.errors.some((e) => e.field === 'year')) {
    err('year', 'численность или выручка указаны без года', 'headcount or revenue is given without a year');
  }
  if ((v.lat === null) !== (v.lon === null) && !row.errors.some((e) => e.field === 'lat' || e.field === 'lon')) {
    err(v.lat === null ? 'lat' : 'lon', 'координаты указаны не полностью: нужны и широта, и долгота', 'incomplete coordinates: both latitude and longitude are needed');
  }
  return errors;
}

/** The canonical OrganisationInput of one valid row: every optional field present, null when empty. */
export function organisationFromRow(v: ParsedValues<OrganisationColumns>): OrganisationInput {
  return {
    inn: v.inn!,
    ogrn: v.ogrn,
    kpp: v.kpp,
    name: v.name!,
    shortName: v.short_name,
    kind: v.kind!,
    okvedMain: v.okved_main!,
    okvedExtra: v.okved_extra ?? [],
    regionCode: v.region!,
    oktmo: v.oktmo,
    address: v.address,
    lat: v.lat,
    lon: v.lon,
    years: v.year === null ? [] : [{ year: v.year, headcount: v.headcount, revenue: v.revenue }],
    products: (v.products ?? []).map((okpd2) => ({ okpd2 })),
  };
}
