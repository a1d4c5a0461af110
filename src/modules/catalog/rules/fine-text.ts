// B3 fine rules in words (published benchmarks, E1; explanations of a range): amounts to the fen,
// multiples as exact rationals so that no binary floating-point error can move a bound by a fen.
import type { FineRule } from '../model.ts';

// ---------------------------------------------------------------------------------------------------
// Money formatting

/**
 * 12345.67 yuan as "12,345.67 元". Always two decimals: decision documents state fines to the fen, and
 * a fixed format keeps explanations comparable. Integer arithmetic only, so 10^15 fen prints exactly.
 */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`金额必须是整数分：${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}.${String(cents).padStart(2, '0')} 元`;
}

/** "5,000.00 元 — 30,000.00 元", or one amount when the bounds meet. */
export function rangeText(minFen: number, maxFen: number): string {
  return minFen === maxFen ? formatYuan(minFen) : `${formatYuan(minFen)} — ${formatYuan(maxFen)}`;
}

/** Statute wording of a fixed range: "罚款 5,000.00 元以上 30,000.00 元以下" (以上/以下 include the bound). */
export function fixedText(minFen: number, maxFen: number): string {
  if (minFen === maxFen) return `罚款 ${formatYuan(minFen)}`;
  if (minFen === 0) return `罚款 ${formatYuan(maxFen)}以下`;
  return `罚款 ${formatYuan(minFen)}以上 ${formatYuan(maxFen)}以下`;
}

// ---------------------------------------------------------------------------------------------------
// Exact multiples

export interface Rational {
  num: bigint;
  den: bigint;
}

/**
 * A multiple as the exact decimal it was written as (0.57 → 57/100, 1.5 → 3/2, 30 → 30/1).
 * `String(x)` gives the shortest decimal that round-trips, i.e. the number the catalogue editor typed,
 * so 0.57 means exactly 57/100 even though the double is 0.56999…; multiplying the double instead would
 * make 100 fen × 0.57 floor to 56 fen. Returns null for negative, NaN or infinite multiples.
 */
export function exactMultiple(multiple: number): Rational | null {
  if (!Number.isFinite(multiple) || multiple < 0) return null;
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(multiple));
  if (!match) return null;
  const intPart = match[1] ?? '0';
  const fracPart = match[2] ?? '';
  const exponent = Number(match[3] ?? '0') - fracPart.length;
  const digits = BigInt(intPart + fracPart);
  return exponent >= 0
    ? { num: digits * 10n ** BigInt(exponent), den: 1n }
    : { num: digits, den: 10n ** BigInt(-exponent) };
}

/** Decimal text of a multiple for explanations ("0.5", "1.5", "30"); 1e-7 style never occurs in statutes. */
export function multipleText(multiple: number): string {
  return String(multiple);
}

export const BASE_LABELS: Record<'illegal_income' | 'goods_value', string> = {
  illegal_income: '违法所得',
  goods_value: '货值金额',
};

// ---------------------------------------------------------------------------------------------------
// Describing and validating benchmarks (catalogue editing, E1 publication)

/**
 * The fine rule in words, without facts, for the published benchmark:
 * "违法所得 2 倍以上 5 倍以下；没有违法所得或者违法所得不足 1,000.00 元的，罚款 5,000.00 元以上 30,000.00 元以下".
 */
export function describeFineRule(rule: FineRule | null): string {
  if (rule === null) return '不处罚款';
  switch (rule.kind) {
    case 'fixed':
      return fixedText(rule.minFen, rule.maxFen);
    case 'multiple': {
      const label = BASE_LABELS[rule.base];
      const multiples =
        rule.minMultiple === rule.maxMultiple
          ? `${multipleText(rule.minMultiple)} 倍`
          : `${multipleText(rule.minMultiple)} 倍以上 ${multipleText(rule.maxMultiple)} 倍以下`;
      const main = `${label} ${multiples}罚款`;
      if (!rule.fallback) return main;
      const when =
        rule.fallback.belowFen > 0
          ? `没有${label}或者${label}不足 ${formatYuan(rule.fallback.belowFen)}的`
          : `没有${label}的`;
      return `${main}；${when}，${fixedText(rule.fallback.minFen, rule.fallback.maxFen)}`;
    }
    default: {
      const unknown: never = rule;
      return `未知的罚款规则：${JSON.stringify(unknown)}`;
    }
  }
}
