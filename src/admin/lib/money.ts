// Money as officers type it (yuan, up to two decimals) and as the API stores it (integer fen). The
// conversion works on the digits of the string, never by multiplying a float: 0.29 元 is 29 分, not
// 28.999999999999996.

/** What a yuan amount may look like in a form: digits, optionally a point and one or two decimals. */
export const YUAN_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

/** "5000" → 500000, "0.29" → 29, "12.5" → 1250; null for anything that is not a yuan amount. */
export function parseYuanToFen(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const s = text.trim().replace(/[,，\s]/g, '');
  if (!YUAN_PATTERN.test(s)) return null;
  const [whole = '0', frac = ''] = s.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

/** 500000 → "5000.00"; the inverse of parseYuanToFen for prefilling a form. */
export function fenToYuanText(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 500000 → "5,000.00 元" for reading. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  const [whole = '0', frac = '00'] = fenToYuanText(fen).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac} 元`;
}

/** A form rule for a yuan field: a valid amount, optionally at most `maxFen`. */
export function yuanRule(
  opts: { required?: boolean; label?: string; maxFen?: number; maxMessage?: string } = {},
) {
  const label = opts.label ?? '金额';
  return {
    validator: (_rule: unknown, value: string | undefined) => {
      if (value === undefined || value === null || value.trim() === '') {
        return opts.required ? Promise.reject(new Error(`请填写${label}`)) : Promise.resolve();
      }
      const fen = parseYuanToFen(value);
      if (fen === null) return Promise.reject(new Error(`${label}须为数字，最多两位小数（单位：元）`));
      if (opts.maxFen !== undefined && fen > opts.maxFen) {
        return Promise.reject(new Error(opts.maxMessage ?? `${label}不得超过 ${formatFen(opts.maxFen)}`));
      }
      return Promise.resolve();
    },
  };
}
