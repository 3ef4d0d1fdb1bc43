import type { AgreementInput, PreferenceInput } from '@klaster/core';
import { AGREEMENT_COLUMNS } from '../columns/agreement-columns.ts';
import { PREFERENCE_COLUMNS } from '../columns/preference-columns.ts';
import type { RowError } from './row-error.ts';
import { rowPlace, sectionError, type SectionRow } from './section-row.ts';

export type AgreementRow = SectionRow<typeof AGREEMENT_COLUMNS>;
export type PreferenceRow = SectionRow<typeof PREFERENCE_COLUMNS>;

interface Building {
  agreement: AgreementInput;
  /** The row that set the kind (the first one that names it). */
  kindRow: AgreementRow | null;
  parties: Map<string, AgreementRow>;
}

/**
 * A cluster's agreements from its party rows: rows with the same title, number and date are one agreement,
 * agreements and their parties keep the order of the rows. Each party is named by INN or by name, once.
 */
export function buildAgreements(code: string, rows: readonly AgreementRow[]): { agreements: AgreementInput[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const byKey = new Map<string, Building>();
  for (const r of rows) {
    const v = r.parsed.values;
    const title = v.agreement_title!;
    if (v.party_inn === null && v.party_name === null) {
      errors.push(sectionError(r, 'party_inn', `кластер ${code}, соглашение «${title}»: укажите ИНН или наименование стороны`, `cluster ${code}, agreement "${title}": give the party's INN or name`));
      continue;
    }
    const key = JSON.stringify([title, v.agreement_number, v.agreement_signed_on]);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { agreement: { title, number: v.agreement_number, signedOn: v.agreement_signed_on, kind: v.agreement_kind ?? 'cooperation', parties: [] }, kindRow: v.agreement_kind ? r : null, parties: new Map() };
      byKey.set(key, entry);
    } else if (v.agreement_kind !== null) {
      if (!entry.kindRow) {
        entry.agreement.kind = v.agreement_kind;
        entry.kindRow = r;
      } else if (entry.kindRow.parsed.values.agreement_kind !== v.agreement_kind) {
        const at = rowPlace(entry.kindRow);
        errors.push(sectionError(r, 'agreement_kind', `кластер ${code}, соглашение «${title}»: вид расходится с указанным в ${at.ru}`, `cluster ${code}, agreement "${title}": the kind differs from ${at.en}`));
        continue;
      }
    }
    const partyKey = v.party_inn ?? `name:${v.party_name}`;
    const seen = entry.parties.get(partyKey);
    if (seen) {
      const at = rowPlace(seen);
      errors.push(sectionError(r, v.party_inn ? 'party_inn' : 'party_name', `дубликат: сторона ${v.party_inn ?? `«${v.party_name}»`} соглашения «${title}» уже есть в ${at.ru}`, `duplicate: party ${v.party_inn ?? `"${v.party_name}"`} of agreement "${title}" is already in ${at.en}`));
      continue;
    }
    entry.parties.set(partyKey, r);
    entry.agreement.parties.push({ inn: v.party_inn, name: v.party_name });
  }
  return { agreements: [...byKey.values()].map((e) => e.agreement), errors };
}

/** A cluster's preferences, one a row, in the order of the rows. */
export function buildPreferences(rows: readonly PreferenceRow[]): PreferenceInput[] {
  return rows.map(({ parsed: { values: v } }) => ({
    inn: v.preference_inn, kind: v.preference_kind!, description: v.preference_description!, grantedBy: v.preference_granted_by!,
    validFrom: v.preference_valid_from, validTo: v.preference_valid_to,
  }));
}
