/** RFC 4180 writing with ';' (what Russian Excel opens) and CRLF line ends. */
export const EXPORT_DELIMITER = ';';

const NEEDS_QUOTES = /[";\r\n]|^\s|\s$/;

export function csvCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

export function toCsvText(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(EXPORT_DELIMITER)).join('\r\n') + '\r\n';
}
