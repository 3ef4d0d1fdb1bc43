/**
 * Formula-injection neutralisation (OWASP "CSV injection").
 * Export: a text cell that a spreadsheet could take for a formula gets one leading apostrophe.
 * Import: that apostrophe is removed again, so export → import is the identity on every string.
 * To stay reversible, text that already starts with apostrophes before a trigger gets one more.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return NEEDS_QUOTE.test(text) ? "'" + text : text;
}

export function restoreNeutralised(text: string): string {
  // the apostrophe test first: this runs on every cell of every imported file
  return text.charCodeAt(0) === 39 && QUOTED.test(text) ? text.slice(1) : text;
}

/** True when a spreadsheet would read the cell as a formula. */
export function startsWithFormulaTrigger(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
