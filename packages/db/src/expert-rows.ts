/** Small conversions shared by the expert repositories. */

/** timestamptz arrives as a Date from both drivers; the API speaks ISO 8601 in UTC. */
export function isoTime(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

export function isoTimeOrNull(value: Date | string | null): string | null {
  return value == null ? null : isoTime(value);
}
