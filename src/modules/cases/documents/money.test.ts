// C5 fines in figures and in capitals as the decision prints them: the capitals follow the financial rules.
import { describe, expect, it } from 'vitest';
import { amountBoth, amountInWords, formatYuan, yuanFigures } from './money.ts';

describe('amountInWords', () => {
  it.each([
    [0, '零元整'],
    [1005, '壹拾元零伍分'],
    [10_000_000, '壹拾万元整'],
    [123_456_789, '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
    [500_000, '伍仟元整'],
    [3_000_000, '叁万元整'],
    [1000, '壹拾元整'],
    [100_500, '壹仟零伍元整'],
    [10_010_000, '壹拾万零壹佰元整'],
    [20_300_000, '贰拾万叁仟元整'],
    [203_000_000, '贰佰零叁万元整'],
    [1_000_000_100, '壹仟万零壹元整'],
    [10_001_000_000, '壹亿零壹万元整'],
    [10_000_000_000, '壹亿元整'],
    [140_950, '壹仟肆佰零玖元伍角整'],
    [32_504, '叁佰贰拾伍元零肆分'],
    [5, '伍分'],
    [50, '伍角整'],
    [55, '伍角伍分'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
  ])('%i fen → %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it('refuses negative and fractional fen', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(1.5)).toThrow(/非负整数/);
  });
});

describe('figures', () => {
  it('prints two decimals only when there are fen', () => {
    expect(yuanFigures(3_000_000)).toBe('30000');
    expect(yuanFigures(1005)).toBe('10.05');
    expect(yuanFigures(1050)).toBe('10.50');
    expect(yuanFigures(0)).toBe('0');
    expect(formatYuan(1005)).toBe('人民币10.05元');
    expect(amountBoth(500_000)).toBe('人民币5000元（大写：伍仟元整）');
  });
});
