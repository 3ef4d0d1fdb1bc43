import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { passwordProblem } from '../../../server/src/access/passwords.ts';
import { generatePassword, passwordAcceptable, passwordChecks } from './password-rules.ts';

const SAMPLES: [string, string][] = [
  ['short1', 'ivanov'], ['abcdefghij', 'ivanov'], ['1234567890', 'ivanov'], ['пароль-надёжный', 'ivanov'], ['ПарольБезЦифр', 'ivanov'],
  ['x-ivanov-2026', 'ivanov'], ['x-IVANOV-2026', 'ivanov'], ['demo-Klaster-2026', 'admin'], ['correct horse battery', 'horse'],
  ['correct horse battery', 'ivanov'], ['ёжик-в-тумане', 'ivanov'], ['          ', 'ivanov'], ['9 digits!', 'ivanov'],
];

describe('password rules shown while typing', () => {
  it('accept and refuse exactly what the server accepts and refuses', () => {
    for (const [password, login] of SAMPLES) {
      assert.equal(passwordAcceptable(password, login), passwordProblem(password, login) === null, `${password} / ${login}`);
    }
  });

  it('name the rule that fails', () => {
    assert.deepEqual(passwordChecks('abc', 'ivanov'), { length: false, mix: false, noLogin: true });
    assert.deepEqual(passwordChecks('ivanov-2026-x', 'ivanov'), { length: true, mix: true, noLogin: false });
    assert.deepEqual(passwordChecks('', ''), { length: false, mix: false, noLogin: true });
  });

  it('generate temporary passwords the server accepts, different each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      assert.equal(password.length, 14);
      assert.equal(passwordProblem(password, 'user'), null, password);
      seen.add(password);
    }
    assert.equal(seen.size, 200);
  });

  it('a generated password has a digit and a symbol whatever the random numbers', () => {
    for (const fill of [0, 1, 0xffffffff]) {
      const password = generatePassword((n) => new Uint32Array(n).fill(fill));
      assert.match(password, /\d/);
      assert.match(password, /[-_.!]/);
      assert.equal(passwordProblem(password, 'user'), null, password);
    }
  });
});
