import { IDENTIFIER_CHECKS, type IdentifierKind } from '@klaster/core';
import type { CliCommand } from '../context.ts';

const KINDS = Object.keys(IDENTIFIER_CHECKS) as IdentifierKind[];

/** `klaster validate inn|ogrn|ogrnip|kpp VALUE…`: one line per value; exit 0 when all are valid, 1 otherwise. */
export const validate: CliCommand = async (args, ctx) => {
  const [kind, ...values] = args;
  if (!kind || !KINDS.includes(kind as IdentifierKind) || values.length === 0) {
    ctx.stderr(`Usage: klaster validate ${KINDS.join('|')} VALUE…\n`);
    return 2;
  }
  const check = IDENTIFIER_CHECKS[kind as IdentifierKind];
  let allValid = true;
  for (const value of values) {
    const problem = check(value.trim());
    if (problem) allValid = false;
    ctx.stdout(problem ? `${value} invalid: ${problem.en}\n` : `${value} valid\n`);
  }
  return allValid ? 0 : 1;
};
