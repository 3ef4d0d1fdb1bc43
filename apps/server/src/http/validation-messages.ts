import { countEn, countRu } from '@klaster/core/rules/wording.ts';

/**
 * Zod's validation issues in words for people, Russian and English, so a Russian error panel does not show
 * "Invalid input: expected number, received NaN". Each message says what was expected and, when the value is
 * short and not a secret, what was sent. A message the schema's author wrote (a regex's «код региона — две
 * цифры») is kept in its language; the other language gets the generic wording of the issue's code.
 */

/** What zod's issue carries once finalised (zod 4): a code, a path, the message, the code's own fields. */
export interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  [field: string]: unknown;
}

export interface IssueText {
  /** The path inside the request part, as the client spelled it: ["participants", 3, "inn"]. */
  path: PropertyKey[];
  message: string;
  messageEn: string;
  /** The value sent, when it is short and not a secret. */
  value?: unknown;
}

/**
 * The message zod gets from our per-parse error map: it marks "no message of the schema's own", so only the
 * schema author's messages differ from it (zod lets a schema's own message win over the per-parse map).
 */
export const GENERIC = '\u0000generic';

const SHORT_STRING = 40;
/** Field names whose values are never repeated back (they would also land in screenshots and bug reports). */
const SECRET = /password|secret|token/i;

type Pair = { ru: string; en: string };
/** A wording that already tells what was sent (the closest branch of a union), so nothing is added to it. */
type Worded = Pair & { complete?: boolean };

/** The sent value at a path of the raw request part (before coercion: the query's "abc", not NaN). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key)) return { found: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: current };
}

const isPlainObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);
const hasCyrillic = (text: string) => /[А-Яа-яЁё]/.test(text);

function isSecret(path: readonly PropertyKey[]): boolean {
  return path.some((key) => typeof key === 'string' && SECRET.test(key));
}

/** A value worth quoting back: a short string, a number, a boolean, null. */
function isShort(value: unknown): boolean {
  if (typeof value === 'string') return value.length <= SHORT_STRING;
  return value === null || typeof value === 'number' || typeof value === 'boolean';
}

function quote(value: unknown): Pair {
  if (typeof value === 'string') return { ru: `«${value}»`, en: `"${value}"` };
  return { ru: String(value), en: String(value) };
}

/** What was sent, in words: «abc», 12, пустая строка, строка из 300 символов, список из 3 элементов. */
function described(value: unknown, secret: boolean): Pair {
  if (value === undefined) return { ru: 'ничего', en: 'nothing' };
  if (value === null) return { ru: 'null', en: 'null' };
  if (typeof value === 'string') {
    if (value === '') return { ru: 'пустая строка', en: 'an empty string' };
    if (secret || value.length > SHORT_STRING) return { ru: `строка из ${countRu(value.length, 'символа', 'символов', 'символов')}`, en: `a string of ${countEn(value.length, 'character', 'characters')}` };
    return quote(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return secret ? { ru: 'значение', en: 'a value' } : quote(value);
  if (Array.isArray(value)) return { ru: `список из ${countRu(value.length, 'элемента', 'элементов', 'элементов')}`, en: `a list of ${countEn(value.length, 'item', 'items')}` };
  return { ru: 'объект', en: 'an object' };
}

const TYPE_NAMES: Record<string, Pair> = {
  string: { ru: 'строка', en: 'a string' },
  number: { ru: 'число', en: 'a number' },
  int: { ru: 'целое число', en: 'an integer' },
  bigint: { ru: 'целое число', en: 'an integer' },
  boolean: { ru: 'true или false', en: 'true or false' },
  date: { ru: 'дата', en: 'a date' },
  object: { ru: 'объект', en: 'an object' },
  record: { ru: 'объект', en: 'an object' },
  array: { ru: 'список', en: 'a list' },
  tuple: { ru: 'список', en: 'a list' },
  set: { ru: 'список', en: 'a list' },
  map: { ru: 'объект', en: 'an object' },
  null: { ru: 'null', en: 'null' },
  undefined: { ru: 'отсутствие значения', en: 'no value' },
  file: { ru: 'файл', en: 'a file' },
  nan: { ru: 'NaN', en: 'NaN' },
};

const typeName = (t: unknown): Pair => TYPE_NAMES[String(t)] ?? { ru: String(t), en: String(t) };

const FORMATS: Record<string, Pair> = {
  email: { ru: 'ожидается адрес электронной почты', en: 'expected an email address' },
  url: { ru: 'ожидается адрес (URL)', en: 'expected a URL' },
  uuid: { ru: 'ожидается идентификатор UUID', en: 'expected a UUID' },
  guid: { ru: 'ожидается идентификатор GUID', en: 'expected a GUID' },
  date: { ru: 'ожидается дата ГГГГ-ММ-ДД', en: 'expected a date YYYY-MM-DD' },
  datetime: { ru: 'ожидаются дата и время ISO 8601 (ГГГГ-ММ-ДДTчч:мм:ссZ)', en: 'expected an ISO 8601 date and time (YYYY-MM-DDThh:mm:ssZ)' },
  time: { ru: 'ожидается время чч:мм:сс', en: 'expected a time hh:mm:ss' },
  duration: { ru: 'ожидается длительность ISO 8601', en: 'expected an ISO 8601 duration' },
  ipv4: { ru: 'ожидается адрес IPv4', en: 'expected an IPv4 address' },
  ipv6: { ru: 'ожидается адрес IPv6', en: 'expected an IPv6 address' },
  base64: { ru: 'ожидаются данные base64', en: 'expected base64 data' },
  base64url: { ru: 'ожидаются данные base64url', en: 'expected base64url data' },
  lowercase: { ru: 'допустимы только строчные буквы', en: 'expected lowercase letters only' },
  uppercase: { ru: 'допустимы только прописные буквы', en: 'expected uppercase letters only' },
  json_string: { ru: 'ожидается строка JSON', en: 'expected a JSON string' },
};

function formatText(issue: Issue): Pair {
  switch (issue.format) {
    case 'regex':
      return { ru: `не соответствует шаблону ${String(issue.pattern)}`, en: `does not match the pattern ${String(issue.pattern)}` };
    case 'starts_with':
      return { ru: `должно начинаться с «${String(issue.prefix)}»`, en: `must start with "${String(issue.prefix)}"` };
    case 'ends_with':
      return { ru: `должно заканчиваться на «${String(issue.suffix)}»`, en: `must end with "${String(issue.suffix)}"` };
    case 'includes':
      return { ru: `должно содержать «${String(issue.includes)}»`, en: `must contain "${String(issue.includes)}"` };
    default:
      return FORMATS[String(issue.format)] ?? { ru: `неверный формат (${String(issue.format)})`, en: `invalid format (${String(issue.format)})` };
  }
}

function bound(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** Sizes of strings, lists and files; bounds of numbers and dates. */
function sizeText(issue: Issue): Pair {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const exact = issue.exact === true;
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string': {
      if (small && limit === 1 && !exact) return { ru: 'не может быть пустым', en: 'must not be empty' };
      // "ровно 2 символа" (nominative), "не больше 2 символов" (genitive after a comparative)
      const ru = countRu(limit, 'символа', 'символов', 'символов');
      const en = countEn(limit, 'character', 'characters');
      if (exact) return { ru: `нужно ровно ${countRu(limit, 'символ', 'символа', 'символов')}`, en: `must be exactly ${en}` };
      return small ? { ru: `слишком короткое: не меньше ${ru}`, en: `too short: at least ${en}` } : { ru: `слишком длинное: не больше ${ru}`, en: `too long: at most ${en}` };
    }
    case 'array':
    case 'set': {
      if (small && limit === 1 && !exact) return { ru: 'список не может быть пустым', en: 'the list must not be empty' };
      const ru = countRu(limit, 'элемента', 'элементов', 'элементов');
      const en = countEn(limit, 'item', 'items');
      if (exact) return { ru: `нужно ровно ${countRu(limit, 'элемент', 'элемента', 'элементов')}`, en: `must have exactly ${en}` };
      return small ? { ru: `не меньше ${ru}`, en: `at least ${en}` } : { ru: `не больше ${ru}`, en: `at most ${en}` };
    }
    case 'file': {
      const ru = countRu(limit, 'байта', 'байт', 'байт');
      const en = countEn(limit, 'byte', 'bytes');
      return small ? { ru: `файл меньше допустимого: не меньше ${ru}`, en: `file too small: at least ${en}` } : { ru: `файл больше допустимого: не больше ${ru}`, en: `file too large: at most ${en}` };
    }
    case 'date': {
      const at = bound(small ? issue.minimum : issue.maximum);
      if (small) return inclusive ? { ru: `не раньше ${at}`, en: `not before ${at}` } : { ru: `позже ${at}`, en: `after ${at}` };
      return inclusive ? { ru: `не позже ${at}`, en: `not after ${at}` } : { ru: `раньше ${at}`, en: `before ${at}` };
    }
    default: {
      // numbers and bigints
      const at = bound(small ? issue.minimum : issue.maximum);
      if (exact) return { ru: `должно быть равно ${at}`, en: `must equal ${at}` };
      if (small) return inclusive ? { ru: `должно быть не меньше ${at}`, en: `must be at least ${at}` } : { ru: `должно быть больше ${at}`, en: `must be greater than ${at}` };
      return inclusive ? { ru: `должно быть не больше ${at}`, en: `must be at most ${at}` } : { ru: `должно быть меньше ${at}`, en: `must be less than ${at}` };
    }
  }
}

function listOf(values: readonly unknown[]): Pair {
  const shown = values.slice(0, 12);
  const more = values.length - shown.length;
  return {
    ru: shown.map((v) => quote(v).ru).join(', ') + (more > 0 ? ` и ещё ${more}` : ''),
    en: shown.map((v) => quote(v).en).join(', ') + (more > 0 ? ` and ${more} more` : ''),
  };
}

/** A union that failed: the discriminator's options, the types each branch wanted, or the closest branch. */
function unionText(issue: Issue, data: unknown, path: PropertyKey[]): Worded {
  if (Array.isArray(issue.options) && issue.options.length > 0) {
    const options = listOf(issue.options);
    return { ru: `ожидается одно из: ${options.ru}`, en: `expected one of: ${options.en}` };
  }
  const branches = (Array.isArray(issue.errors) ? issue.errors : []) as Issue[][];
  if (branches.length > 0 && branches.every((b) => b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0)) {
    const types = branches.map((b) => typeName(b[0]!.expected));
    return { ru: `ожидается ${types.map((t) => t.ru).join(' или ')}`, en: `expected ${types.map((t) => t.en).join(' or ')}` };
  }
  // The closest branch: one whose value had the right type, with the fewest problems.
  const distance = (b: Issue[]) => b.length + (b.some((i) => i.code === 'invalid_type' && i.path.length === 0) ? 1000 : 0);
  const closest = [...branches].sort((a, b) => distance(a) - distance(b))[0];
  const first = closest?.[0];
  if (!first) return { ru: 'значение не подходит ни под один допустимый вариант', en: 'the value matches none of the allowed forms' };
  const inner = describeIssue(first, data, [...path, ...first.path])[0]!;
  const where = first.path.length ? `${first.path.join('.')}: ` : '';
  return { ru: `не подходит ни один вариант; ближайший: ${where}${inner.message}`, en: `matches none of the allowed forms; the closest: ${where}${inner.messageEn}`, complete: true };
}

/** The generic wording of an issue (without the value sent, which the caller adds). */
function generic(issue: Issue, sent: { found: boolean; value: unknown }, data: unknown, path: PropertyKey[]): Worded {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected);
      if (!sent.found || sent.value === undefined) return { ru: `обязательное поле: ожидается ${expected.ru}`, en: `required: expected ${expected.en}` };
      return { ru: `ожидается ${expected.ru}`, en: `expected ${expected.en}` };
    }
    case 'too_small':
    case 'too_big':
      return sizeText(issue);
    case 'invalid_value': {
      const values = Array.isArray(issue.values) ? issue.values : [];
      if (values.length === 1) return { ru: `ожидается ${quote(values[0]).ru}`, en: `expected ${quote(values[0]).en}` };
      const list = listOf(values);
      return { ru: `ожидается одно из: ${list.ru}`, en: `expected one of: ${list.en}` };
    }
    case 'invalid_format':
      return formatText(issue);
    case 'not_multiple_of':
      return { ru: `должно быть кратно ${String(issue.divisor)}`, en: `must be a multiple of ${String(issue.divisor)}` };
    case 'invalid_union':
      return unionText(issue, data, path);
    case 'invalid_key':
      return { ru: 'недопустимый ключ', en: 'invalid key' };
    case 'invalid_element':
      return { ru: 'недопустимый элемент', en: 'invalid element' };
    default:
      // 'custom' (a refine without its own message) and codes a later zod may add
      return { ru: 'неверное значение', en: 'invalid value' };
  }
}

/**
 * One issue in words (an unrecognised-keys issue becomes one entry per unknown field, at that field's path).
 * `data` is the request part as sent; `path` is where the issue points in it. `ownRu` is the Russian of a
 * schema's own message written in English only (a schema of core, shared with the English CLI), so Russian
 * readers get the author's meaning rather than the generic wording of the issue's code.
 */
export function describeIssue(issue: Issue, data: unknown, path: PropertyKey[] = issue.path, ownRu?: string): IssueText[] {
  if (issue.code === 'unrecognized_keys' && Array.isArray(issue.keys)) {
    return (issue.keys as string[]).map((key) => ({
      path: [...path, key],
      message: `неизвестное поле «${key}»: сервер его не принимает`,
      messageEn: `unknown field "${key}": the server does not accept it`,
    }));
  }
  const sent = valueAt(data, path);
  const secret = isSecret(path);
  const text = generic(issue, sent, data, path);
  const own = issue.message && issue.message !== GENERIC ? issue.message : null;
  let ru = ownRu ?? (own && hasCyrillic(own) ? own : text.ru);
  let en = own && !hasCyrillic(own) ? own : text.en;
  const missing = !sent.found || sent.value === undefined;
  if (missing) {
    // invalid_type already says "required"; other codes (an enum, a union) get it said here
    if (issue.code !== 'invalid_type') [ru, en] = [`обязательное поле: ${ru}`, `required: ${en}`];
  } else if (!text.complete && (issue.code === 'invalid_type' || !isPlainObject(sent.value))) {
    const got = described(sent.value, secret);
    [ru, en] = [`${ru}; получено: ${got.ru}`, `${en}; got: ${got.en}`];
  }
  const quoted = sent.found && sent.value !== undefined && !secret && isShort(sent.value);
  return [{ path, message: ru, messageEn: en, ...(quoted ? { value: sent.value } : {}) }];
}
