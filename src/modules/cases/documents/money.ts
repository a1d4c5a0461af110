// C5 amounts as enforcement documents print them: 行政处罚决定书 and 催告书 state a fine both in figures
// ("人民币30000元") and in Chinese capital numerals (叁万元整), written by the rules for financial
// documents (《支付结算办法》附件 正确填写票据和结算凭证的基本规定) so the sum cannot be altered.
// Money is integer fen throughout the platform.

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const GROUP_UNITS = ['', '万', '亿', '万亿'] as const;

function checkFen(fen: number): void {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`金额必须是以分为单位的非负整数：${fen}`);
}

/** Figures with two decimals only when there are fen: 300000 → "3000", 1005 → "10.05", 1050 → "10.50". */
export function yuanFigures(fen: number): string {
  checkFen(fen);
  const yuan = Math.floor(fen / 100);
  const rest = fen % 100;
  return rest === 0 ? String(yuan) : `${yuan}.${String(rest).padStart(2, '0')}`;
}

/** "人民币30000元" / "人民币10.05元". */
export function formatYuan(fen: number): string {
  return `人民币${yuanFigures(fen)}元`;
}

/** One group of up to four digits (0–9999), without leading zero; '' for 0. */
function group(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += `${DIGITS[d] ?? ''}${SMALL_UNITS[pos] ?? ''}`;
  }
  return out;
}

/** Whole yuan in capitals (without 元): 100000 → 壹拾万, 1005 → 壹仟零伍, 100010000 → 壹亿零壹万. */
function integerWords(yuan: number): string {
  if (yuan === 0) return '零';
  const groups: number[] = [];
  for (let n = yuan; n > 0; n = Math.floor(n / 10000)) groups.push(n % 10000);
  if (groups.length > GROUP_UNITS.length) throw new RangeError(`金额过大：${yuan}元`);
  let out = '';
  let pendingZero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0;
    if (g === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    // A group below 1000 after a higher group needs 零 (壹万零伍佰), as does a skipped zero group.
    if (out !== '' && (pendingZero || g < 1000)) out += '零';
    pendingZero = false;
    out += group(g) + GROUP_UNITS[i];
  }
  return out;
}

/**
 * The amount in Chinese capital numerals: 0 → 零元整, 1005 → 壹拾元零伍分, 10000000 → 壹拾万元整,
 * 123456789 → 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分. 整 follows 元 and 角, never 分.
 */
export function amountInWords(fen: number): string {
  checkFen(fen);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (jiao === 0 && cents === 0) return `${integerWords(yuan)}元整`;
  let out = yuan > 0 ? `${integerWords(yuan)}元` : '';
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += '零';
  if (cents > 0) out += `${DIGITS[cents]}分`;
  else out += '整';
  return out;
}

/** "人民币30000元（大写：叁万元整）" — the form a fine takes in the body of a document. */
export function amountBoth(fen: number): string {
  return `${formatYuan(fen)}（大写：${amountInWords(fen)}）`;
}
