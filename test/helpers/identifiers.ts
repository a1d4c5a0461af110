// Fresh identifiers nobody else has, with valid check characters, so factories and tests never collide.
import { randomInt } from 'node:crypto';
import { creditCodeCheckChar, idNumberCheckChar } from '../../src/modules/bodies/rules.ts';

export const randomDigits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

/** A unified social credit code with a correct check character. */
export function newCreditCode(): string {
  const first17 = `91990100${randomDigits(9)}`;
  return first17 + creditCodeCheckChar(first17);
}

/**
 * The credit code of an administrative organ (11…), with letters in its organisation code as most real
 * ones have, so a page showing it never looks as if it showed an ID number (17 digits and a check).
 */
export function newOrganCreditCode(): string {
  const first17 = `11990100MB${randomDigits(7)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** An ID number with a real birth date and a correct check character. */
export function newIdNumber(): string {
  const birth = `19${randomInt(60, 99)}${String(randomInt(1, 13)).padStart(2, '0')}${String(randomInt(1, 29)).padStart(2, '0')}`;
  const first17 = `990102${birth}${randomDigits(3)}`;
  return first17 + idNumberCheckChar(first17);
}

export const newCertNumber = () => `TS${randomDigits(10)}`;
export const newName = (prefix = '测试') => `${prefix}${randomDigits(6)}`;
