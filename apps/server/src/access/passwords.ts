import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt (node:crypto, no native dependency). The parameters are stored in the hash,
 * so they can be raised later without breaking existing accounts. N = 2^17, r = 8, p = 1 is OWASP's
 * recommendation for scrypt (128 MiB, about a quarter of a second per hash on these machines).
 */
const DEFAULT = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function hashPassword(password: string, params = DEFAULT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash that never verifies, checked against when the login is unknown so both cases take the same time. */
let dummyHash: Promise<string> | null = null;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** Rules for a new password: long enough, not only one kind of character. Messages in Russian and English. */
export function passwordProblem(password: string, login: string): { ru: string; en: string } | null {
  if (password.length < 10) return { ru: 'пароль короче 10 символов', en: 'the password is shorter than 10 characters' };
  if (password.toLowerCase().includes(login.toLowerCase())) return { ru: 'пароль не должен содержать логин', en: 'the password must not contain the login' };
  if (/^\d+$/.test(password) || /^\p{L}+$/u.test(password)) return { ru: 'пароль должен содержать и буквы, и цифры или знаки', en: 'the password must mix letters with digits or symbols' };
  return null;
}
