// C5 document numbers 地区简称+卫+类别+性质+〔年份〕+序号 from a configurable pattern.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NUMBER_PATTERN,
  formatDocumentNumber,
  seriesOf,
  validateNumberPattern,
} from './numbering.ts';

const PARTS = { region: '示区', field: '医', nature: '罚', year: 2026, seq: 3 };

describe('formatDocumentNumber', () => {
  it('fills the default pattern', () => {
    expect(formatDocumentNumber(DEFAULT_NUMBER_PATTERN, PARTS)).toBe('示区卫医罚〔2026〕3号');
    expect(formatDocumentNumber(DEFAULT_NUMBER_PATTERN, { ...PARTS, nature: '听告', seq: 12 })).toBe(
      '示区卫医听告〔2026〕12号',
    );
  });

  it('follows a configured pattern', () => {
    expect(formatDocumentNumber('{region}卫监{field}{nature}〔{year}〕第{seq}号', PARTS)).toBe(
      '示区卫监医罚〔2026〕第3号',
    );
    expect(formatDocumentNumber('{year}-{seq}', PARTS)).toBe('2026-3');
  });

  it('refuses a bad pattern or bad parts', () => {
    expect(() => formatDocumentNumber('{region}{seq}号', PARTS)).toThrow(/\{year\}/);
    expect(() => formatDocumentNumber(DEFAULT_NUMBER_PATTERN, { ...PARTS, seq: 0 })).toThrow(/正整数/);
    expect(() => formatDocumentNumber(DEFAULT_NUMBER_PATTERN, { ...PARTS, seq: 1.5 })).toThrow(/正整数/);
    expect(() => formatDocumentNumber(DEFAULT_NUMBER_PATTERN, { ...PARTS, year: 26 })).toThrow(/四位/);
  });
});

describe('validateNumberPattern', () => {
  it('accepts the default', () => {
    expect(validateNumberPattern(DEFAULT_NUMBER_PATTERN)).toEqual([]);
  });

  it('requires {year} and {seq}', () => {
    expect(validateNumberPattern('{region}卫{field}{nature}{seq}号')).toEqual([
      '编号格式必须包含年份占位符 {year}',
    ]);
    expect(validateNumberPattern('{region}〔{year}〕')).toEqual(['编号格式必须包含序号占位符 {seq}']);
  });

  it('rejects unknown and repeated placeholders, stray braces, empty and long patterns', () => {
    expect(validateNumberPattern('{region}{type}〔{year}〕{seq}号')[0]).toMatch(/未知的占位符 \{type\}/);
    expect(validateNumberPattern('{seq}〔{year}〕{seq}号')).toEqual(['占位符 {seq} 重复出现']);
    expect(validateNumberPattern('{region〔{year}〕{seq}号')).toContain('编号格式中的花括号不成对');
    expect(validateNumberPattern('  ')).toEqual(['编号格式不能为空']);
    const long = `${'很长'.repeat(30)}〔{year}〕{seq}号`;
    expect(validateNumberPattern(long)[0]).toMatch(/不能超过60个字符/);
  });
});

describe('seriesOf', () => {
  it('keys the counter by field and nature', () => {
    expect(seriesOf('医', '罚')).toBe('医罚');
    expect(seriesOf('公', '听告')).toBe('公听告');
    expect(seriesOf('医', '罚')).not.toBe(seriesOf('公', '罚'));
    expect(() => seriesOf('', '罚')).toThrow();
  });
});
