const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Header and label comparison key: case-insensitive, ё = е, punctuation and underscores become one space.
 * "ОГРН/ОГРНИП" → "огрн огрнип", "short_name" → "short name".
 */
export function normaliseName(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(NON_WORD, ' ').trim();
}
