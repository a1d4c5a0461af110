// Helpers for writing article data compactly: the display number (第二十四条) is derived from the ordinal
// so the two can never disagree.
import type { Article } from '../../model.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral of an article ordinal, 1–999 (十一, 二十, 一百零一, 一百一十). */
export function articleNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`条文序号超出范围：${n}`);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = '';
  if (h > 0) out += `${DIGITS[h]}百`;
  if (t > 0) out += h === 0 && t === 1 ? '十' : `${DIGITS[t]}十`;
  else if (h > 0 && u > 0) out += '零';
  if (u > 0) out += DIGITS[u];
  return out;
}

/** An article; `needsReview` marks text quoted from memory that a person must check against the official text. */
export function art(ordinal: number, text: string, needsReview = false): Article {
  const a: Article = { ordinal, number: `第${articleNumeral(ordinal)}条`, text };
  if (needsReview) a.needsReview = true;
  return a;
}
