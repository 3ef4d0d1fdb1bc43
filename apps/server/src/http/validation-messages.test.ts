import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { describeOnDatabases } from '@klaster/db';
import { buildApp } from '../app.ts';
import { multipartFile } from '../testing/multipart.ts';
import { validatorCompiler } from './validation.ts';

interface Entry { instancePath: string; message: string; messageEn: string; value?: unknown; keyword: string }

/** What the compiler makes of `data` against `schema`: the failures in words, by path. */
function failures(schema: z.ZodType, data: unknown): Entry[] {
  const validate = validatorCompiler({ schema, method: 'POST', url: '/test', httpPart: 'body' }) as (d: unknown) => { error?: Entry[]; value?: unknown };
  const result = validate(data);
  assert.ok(result.error, 'expected the data to be refused');
  return result.error;
}
const one = (schema: z.ZodType, data: unknown) => {
  const all = failures(schema, data);
  assert.equal(all.length, 1, JSON.stringify(all));
  return all[0]!;
};

/** Zod's own English wording, which must never reach a Russian message. */
const ZOD_ENGLISH = /Invalid input|Too small|Too big|expected .* to have|Invalid option|Invalid string|Unrecognized key|received/;

describe('validation issues in words (every zod issue code the routes can produce)', () => {
  test('a wrong type names what was expected and what was sent; a missing field is "required"', () => {
    const schema = z.object({ year: z.number().int(), name: z.string(), page: z.coerce.number().int() });
    const [year, name, page] = failures(schema, { year: 'двадцать', page: 'abc' });
    assert.deepEqual(year, { ...year, instancePath: '/year', message: 'ожидается число; получено: «двадцать»', messageEn: 'expected a number; got: "двадцать"', value: 'двадцать' });
    assert.equal(name!.message, 'обязательное поле: ожидается строка');
    assert.equal(name!.messageEn, 'required: expected a string');
    assert.equal('value' in name!, false);
    // the coercion turned "abc" into NaN; the message quotes what the client sent
    assert.equal(page!.message, 'ожидается число; получено: «abc»');
    assert.equal(page!.value, 'abc');
    assert.equal(one(z.object({ on: z.boolean() }), { on: 'да' }).message, 'ожидается true или false; получено: «да»');
    assert.equal(one(z.object({ ids: z.array(z.number()) }), { ids: 5 }).message, 'ожидается список; получено: 5');
  });

  test('sizes of strings, numbers and lists, with Russian plurals', () => {
    const schema = z.object({ s: z.string().min(10), t: z.string().max(3), u: z.string().length(2), e: z.string().min(1), n: z.number().min(1).max(500), p: z.number().positive(), list: z.array(z.string()).min(1), few: z.array(z.number()).max(2) });
    const byPath = new Map(failures(schema, { s: 'коротко', t: 'длинно', u: 'abc', e: '', n: 501, p: 0, list: [], few: [1, 2, 3] }).map((e) => [e.instancePath, e]));
    assert.equal(byPath.get('/s')!.message, 'слишком короткое: не меньше 10 символов; получено: «коротко»');
    assert.equal(byPath.get('/s')!.messageEn, 'too short: at least 10 characters; got: "коротко"');
    assert.equal(byPath.get('/t')!.message, 'слишком длинное: не больше 3 символов; получено: «длинно»');
    assert.equal(byPath.get('/u')!.message, 'нужно ровно 2 символа; получено: «abc»');
    assert.equal(byPath.get('/e')!.message, 'не может быть пустым; получено: пустая строка');
    assert.equal(byPath.get('/n')!.message, 'должно быть не больше 500; получено: 501');
    assert.equal(byPath.get('/p')!.message, 'должно быть больше 0; получено: 0');
    assert.equal(byPath.get('/list')!.message, 'список не может быть пустым; получено: список из 0 элементов');
    assert.equal(byPath.get('/few')!.message, 'не больше 2 элементов; получено: список из 3 элементов');
    assert.equal(one(z.object({ s: z.string().min(21) }), { s: 'a' }).message, 'слишком короткое: не меньше 21 символа; получено: «a»');
  });

  test('enums and literals list what is allowed', () => {
    assert.equal(one(z.object({ sort: z.enum(['name', '-name']) }), { sort: 'size' }).message, 'ожидается одно из: «name», «-name»; получено: «size»');
    assert.equal(one(z.object({ changed: z.literal(true) }), { changed: false }).message, 'ожидается true; получено: false');
    assert.equal(one(z.object({ role: z.enum(['admin', 'expert']) }), {}).message, 'обязательное поле: ожидается одно из: «admin», «expert»');
    const many = one(z.object({ n: z.enum(Array.from({ length: 20 }, (_, i) => `v${i}`) as [string, ...string[]]) }), { n: 'x' });
    assert.match(many.message, /«v11» и ещё 8; получено: «x»$/);
  });

  test('formats: the pattern, a date, an email; a message of the schema\'s own is kept in its language', () => {
    assert.equal(one(z.object({ okved: z.string().regex(/^\d{2}$/) }), { okved: 'zz' }).message, 'не соответствует шаблону /^\\d{2}$/; получено: «zz»');
    const own = one(z.object({ region: z.string().regex(/^\d{2}$/, 'код региона — две цифры') }), { region: '5' });
    assert.equal(own.message, 'код региона — две цифры; получено: «5»');
    assert.equal(own.messageEn, 'does not match the pattern /^\\d{2}$/; got: "5"');
    const english = one(z.object({ id: z.string().regex(/^[a-z-]+$/, 'expected a kebab-case id') }), { id: 'A B' });
    assert.equal(english.message, 'не соответствует шаблону /^[a-z-]+$/; получено: «A B»');
    assert.equal(english.messageEn, 'expected a kebab-case id; got: "A B"');
    assert.equal(one(z.object({ d: z.iso.date() }), { d: '2026-13-01' }).message, 'ожидается дата ГГГГ-ММ-ДД; получено: «2026-13-01»');
    assert.equal(one(z.object({ e: z.email() }), { e: 'nobody' }).message, 'ожидается адрес электронной почты; получено: «nobody»');
    assert.equal(one(z.object({ n: z.number().multipleOf(5) }), { n: 7 }).message, 'должно быть кратно 5; получено: 7');
  });

  test('refinements: their own message, or a generic one', () => {
    assert.equal(one(z.object({ d: z.string().refine((v) => v === 'ok', 'такой даты нет') }), { d: 'no' }).message, 'такой даты нет; получено: «no»');
    const bare = one(z.object({ d: z.string().refine((v) => v === 'ok') }), { d: 'no' });
    assert.deepEqual([bare.keyword, bare.message, bare.messageEn], ['custom', 'неверное значение; получено: «no»', 'invalid value; got: "no"']);
    const whole = one(z.object({ from: z.number(), to: z.number() }).refine((r) => r.from <= r.to, 'начало позже конца'), { from: 2, to: 1 });
    assert.deepEqual([whole.instancePath, whole.message], ['', 'начало позже конца']);
  });

  test('unknown fields are named one by one, at their own path', () => {
    const [a, b] = failures(z.strictObject({ inn: z.string() }), { inn: '1', innn: '2', extra: true });
    assert.deepEqual([a!.instancePath, a!.message, a!.messageEn], ['/innn', 'неизвестное поле «innn»: сервер его не принимает', 'unknown field "innn": the server does not accept it']);
    assert.equal(b!.instancePath, '/extra');
  });

  test('unions: the types of the branches, a discriminator\'s options, or the closest branch', () => {
    assert.equal(one(z.object({ v: z.union([z.string(), z.number()]) }), { v: true }).message, 'ожидается строка или число; получено: true');
    const tagged = z.object({ party: z.discriminatedUnion('kind', [z.object({ kind: z.literal('organisation'), inn: z.string() }), z.object({ kind: z.literal('authority'), name: z.string() })]) });
    const option = one(tagged, { party: { kind: 'person' } });
    assert.deepEqual([option.instancePath, option.message], ['/party/kind', 'ожидается одно из: «organisation», «authority»; получено: «person»']);
    const closest = one(z.object({ p: z.union([z.number(), z.string().min(5), z.string().regex(/^\d+$/)]) }), { p: 'ab' });
    assert.equal(closest.message, 'не подходит ни один вариант; ближайший: слишком короткое: не меньше 5 символов; получено: «ab»');
    const shapes = z.object({ p: z.union([z.object({ inn: z.string() }), z.object({ id: z.string() })]) });
    const shape = one(shapes, { p: { inn: 12 } });
    assert.doesNotMatch(shape.message, ZOD_ENGLISH);
    assert.match(shape.message, /^не подходит ни один вариант; ближайший: (inn: ожидается строка; получено: 12|id: обязательное поле: ожидается строка)$/);
  });

  test('secrets and long values are described, never repeated back', () => {
    const [password, note] = failures(z.object({ newPassword: z.string().min(10), note: z.string().max(10) }), { newPassword: 'Корот-1', note: 'д'.repeat(300) });
    assert.equal(password!.message, 'слишком короткое: не меньше 10 символов; получено: строка из 7 символов');
    assert.equal('value' in password!, false);
    assert.equal(note!.message, 'слишком длинное: не больше 10 символов; получено: строка из 300 символов');
    assert.equal('value' in note!, false);
  });

  test('no Russian message carries zod\'s English', () => {
    const schema = z.strictObject({ a: z.number(), b: z.string().min(3), c: z.enum(['x']), d: z.string().regex(/x/), e: z.array(z.number()).max(0), f: z.union([z.string(), z.number()]), g: z.iso.datetime() });
    for (const entry of failures(schema, { a: 'a', b: '', c: 'y', d: 'y', e: [1], f: null, g: 'вчера', h: 1 })) {
      assert.doesNotMatch(entry.message, ZOD_ENGLISH, entry.message);
      assert.match(entry.message, /[а-я]/, entry.message);
    }
  });
});

describeOnDatabases('validation errors over HTTP', (db) => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildApp({ db: db() });
  });

  test('a query parameter: the field as the client sent it, the Russian message, the English one, the value', async () => {
    const res = await app.inject('/api/organisations?pageSize=abc');
    assert.equal(res.statusCode, 400);
    const { error } = res.json();
    assert.equal(error.code, 'validation_failed');
    assert.deepEqual(error.details, [{ path: 'query.pageSize', value: 'abc', message: 'ожидается число; получено: «abc»', messageEn: 'expected a number; got: "abc"' }]);
    assert.equal(error.message, 'Неверные данные запроса: query.pageSize — ожидается число; получено: «abc»');
    assert.equal(error.messageEn, 'Invalid request: query.pageSize — expected a number; got: "abc"');
  });

  test('several codes at once: a number too big, an enum, a pattern; each detail in Russian', async () => {
    const res = await app.inject('/api/organisations?pageSize=501&sort=size&okved=zz');
    assert.equal(res.statusCode, 400);
    const { error } = res.json();
    const byPath = new Map<string, { message: string }>(error.details.map((d: { path: string; message: string }) => [d.path, d]));
    assert.equal(byPath.get('query.pageSize')!.message, 'должно быть не больше 500; получено: «501»');
    assert.match(byPath.get('query.sort')!.message, /^ожидается одно из: «name», «-name», .*; получено: «size»$/);
    assert.match(byPath.get('query.okved')!.message, /^не соответствует шаблону .*; получено: «zz»$/);
    assert.match(error.message, /^Неверные данные запроса \(ошибок: 3\): /);
    for (const d of error.details) assert.doesNotMatch(d.message, ZOD_ENGLISH);
  });

  test('the contract\'s own Russian message (a region code) and a body: empty, too long (a password: not echoed), missing', async () => {
    const region = (await app.inject('/api/investor/chains?region=5')).json().error;
    assert.deepEqual(region.details, [{ path: 'query.region', value: '5', message: 'код региона — две цифры; получено: «5»', messageEn: 'does not match the pattern /^\\d{2}$/; got: "5"' }]);
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: '', password: 'п'.repeat(201) } });
    assert.equal(login.statusCode, 400);
    assert.deepEqual(login.json().error.details, [
      { path: 'body.login', value: '', message: 'не может быть пустым; получено: пустая строка', messageEn: 'must not be empty; got: an empty string' },
      { path: 'body.password', message: 'слишком длинное: не больше 200 символов; получено: строка из 201 символа', messageEn: 'too long: at most 200 characters; got: a string of 201 characters' },
    ]);
    const missing = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'кто-то' } });
    assert.deepEqual(missing.json().error.details, [{ path: 'body.password', message: 'обязательное поле: ожидается строка', messageEn: 'required: expected a string' }]);
  });

  test('fastify\'s own request errors are in Russian too', async () => {
    const notJson = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"login":' });
    assert.equal(notJson.statusCode, 400);
    assert.match(notJson.json().error.message, /^Тело запроса — не JSON/);
    const wrongType = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/csv' }, payload: 'a;b' });
    assert.equal(wrongType.json().error.code, 'validation_failed');
    assert.match(wrongType.json().error.message, /^Тип содержимого \(Content-Type\) не поддерживается/);
  });

  test('a dossier checked through POST /api/check, as a body or a .json file: each problem at its dossier path, in Russian', async () => {
    const dossier = { cluster: { name: 'Кластер', regions: ['40'] }, participants: [{ inn: '4007986292', name: 'ООО «А»', okved: '21.20', region: '40' }], contracts: [{ supplier: '1', buyer: '4007986292', kind: 'loan', year: 2024, amount: 1 }], purchases: [] };
    const expected = [
      { path: 'participants[0].inn', value: '4007986292', message: 'неверный ИНН: не сходится контрольная сумма ИНН (10-я цифра); получено: «4007986292»', messageEn: 'invalid INN: INN checksum (digit 10) does not match; got: "4007986292"' },
      { path: 'contracts[0].supplier', value: '1', message: 'ожидается ИНН из 10 или 12 цифр; получено: «1»', messageEn: 'expected an INN of 10 or 12 digits; got: "1"' },
      { path: 'contracts[0].kind', value: 'loan', message: 'ожидается одно из: «supply», «joint-project», «works», «spic»; получено: «loan»', messageEn: 'expected one of: "supply", "joint-project", "works", "spic"; got: "loan"' },
    ];
    const body = await app.inject({ method: 'POST', url: '/api/check', payload: dossier });
    assert.equal(body.statusCode, 400, body.body);
    assert.deepEqual(body.json().error.details, expected);
    assert.equal(body.json().error.message, 'Досье не прочитано: participants[0].inn, contracts[0].supplier, contracts[0].kind');
    const file = await app.inject({ method: 'POST', url: '/api/check', ...multipartFile('досье.json', JSON.stringify(dossier)) });
    assert.equal(file.statusCode, 400, file.body);
    assert.deepEqual(file.json().error.details, expected);
    const broken = await app.inject({ method: 'POST', url: '/api/check', ...multipartFile('досье.json', '{"cluster":') });
    assert.deepEqual(broken.json().error.details.map((d: { path: string; message: string }) => [d.path, d.message]), [['(dossier)', 'файл не читается как JSON (ожидается .json или .xlsx)']]);
  });
});
