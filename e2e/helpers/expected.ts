import assert from 'node:assert/strict';
import type { WatchedPage } from './browser.ts';

/**
 * A test that provokes an error on purpose (an invalid upload answered with 400) takes those entries out of the
 * page's problems, so `finish` still fails on anything unexpected; each pattern must have matched at least once.
 */
export function acceptExpectedProblems(w: WatchedPage, patterns: RegExp[]): void {
  for (const pattern of patterns) {
    const before = w.problems.length;
    const kept = w.problems.filter((p) => !pattern.test(p));
    assert.ok(kept.length < before, `expected a problem matching ${pattern}, got: ${JSON.stringify(w.problems)}`);
    w.problems.splice(0, w.problems.length, ...kept);
  }
}
