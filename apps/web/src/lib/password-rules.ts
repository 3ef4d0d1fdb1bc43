/**
 * The rules of a new password, as the server applies them (apps/server/src/access/passwords.ts,
 * passwordProblem): shown as a checklist while the user types. The server still decides; the test
 * password-rules.test.ts keeps the two in step.
 */
export type PasswordRule = 'length' | 'mix' | 'noLogin';

export const MIN_PASSWORD_LENGTH = 10;

export function passwordChecks(password: string, login: string): Record<PasswordRule, boolean> {
  return {
    length: password.length >= MIN_PASSWORD_LENGTH,
    mix: password.length > 0 && !/^\d+$/.test(password) && !/^\p{L}+$/u.test(password),
    noLogin: login === '' || !password.toLowerCase().includes(login.toLowerCase()),
  };
}

export function passwordAcceptable(password: string, login: string): boolean {
  return Object.values(passwordChecks(password, login)).every(Boolean);
}

// No 0/O, 1/l/I: a temporary password is read aloud or copied from a letter.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '-_.!';

/** A temporary password an administrator hands over: 14 characters with letters, digits and a symbol. */
export function generatePassword(random: (n: number) => Uint32Array = (n) => crypto.getRandomValues(new Uint32Array(n))): string {
  const r = random(14);
  const pick = (set: string, i: number) => set[r[i]! % set.length]!;
  const chars = Array.from({ length: 11 }, (_, i) => pick(LETTERS, i));
  chars.splice(r[11]! % 12, 0, pick(DIGITS, 11));
  chars.splice(r[12]! % 13, 0, pick(DIGITS, 12));
  chars.splice(r[13]! % 14, 0, pick(SYMBOLS, 13));
  return chars.join('');
}
