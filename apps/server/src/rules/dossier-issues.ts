import { safeParse } from 'zod/v4/core';
import { checkInn, dossierSchema, formatJsonPath, type Dossier } from '@klaster/core';
import type { ErrorDetail } from '../services/app-error.ts';
import { describeIssue, GENERIC, valueAt, type Issue } from '../http/validation-messages.ts';

/**
 * A dossier validated as core's parseDossier does (the same schema), with its problems worded for people in
 * Russian and English by the request validator's wording (validation-messages.ts), each at its dossier path
 * (`participants[3].inn`). Core's parser keeps zod's English; the API and the CLI answer in either language.
 */
export type DossierDetail = ErrorDetail & { messageEn: string };
export type DossierValidation = { ok: true; dossier: Dossier } | { ok: false; details: DossierDetail[] };

/**
 * The schema's own messages (dossier-schema.ts words them in English) in Russian. A message missing here still
 * gets a Russian wording, the generic one of its issue's code.
 */
const OWN_RU: Record<string, string> = {
  'expected a date YYYY-MM-DD': 'ожидается дата ГГГГ-ММ-ДД',
  'not a calendar date': 'такой даты нет в календаре',
  'expected a two-digit region code': 'ожидается код региона из двух цифр',
  'expected an OKVED2 code such as 21.20': 'ожидается код ОКВЭД2, например 21.20',
  'expected an INN of 10 or 12 digits': 'ожидается ИНН из 10 или 12 цифр',
  'expected digits': 'ожидаются только цифры',
  'programme ends before it starts': 'программа заканчивается раньше, чем начинается',
  'imported exceeds intermediateTotal': 'импорт (imported) больше всех закупок промежуточной продукции (intermediateTotal)',
};

type Own = { ru: string; en: string };

/**
 * The schema's own message in both languages. Those carrying a figure are worded here: the participant's INN
 * problem (by core's checksum wording) and a repeated INN, which names its first occurrence as `refer` does
 * (the JSON path, or the workbook cell it came from).
 */
function ownWording(message: string, value: unknown, refer: (path: string) => string): Own | undefined {
  if (message.startsWith('invalid INN: ') && typeof value === 'string') {
    const problem = checkInn(value);
    if (problem) return { ru: `неверный ИНН: ${problem.ru}`, en: message };
  }
  const duplicate = /^duplicate INN, already at (participants\[\d+\])$/.exec(message);
  if (duplicate) {
    const first = refer(`${duplicate[1]}.inn`);
    return { ru: `ИНН повторяется: он уже указан в ${first}`, en: `duplicate INN, already at ${first}` };
  }
  const ru = OWN_RU[message];
  return ru === undefined ? undefined : { ru, en: message };
}

/** `refer` names another entry of the dossier in a message; by default its JSON path. */
export function validateDossier(value: unknown, refer: (path: string) => string = (path) => path): DossierValidation {
  // The per-parse map marks zod's own messages (GENERIC); the schema's own messages win over it and stay as written.
  const result = safeParse(dossierSchema, value, { error: () => GENERIC });
  if (!result.error) return { ok: true, dossier: result.data as Dossier };
  const details = result.error.issues.flatMap((raw) => {
    const issue = raw as unknown as Issue;
    const own = issue.message !== GENERIC ? ownWording(issue.message, valueAt(value, issue.path).value, refer) : undefined;
    return describeIssue(own ? { ...issue, message: own.en } : issue, value, issue.path, own?.ru).map((text) => ({
      path: formatJsonPath(text.path), message: text.message, messageEn: text.messageEn, ...('value' in text ? { value: text.value } : {}),
    }));
  });
  return { ok: false, details };
}
