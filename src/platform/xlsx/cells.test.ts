// Typed cells (issue 14, finding 11): how each kind of column writes a value and reads back both the
// typed and the text form, and where a number cell has already lost an identifier's digits.
import { describe, expect, it } from 'vitest';
import { NUMBER_FORMATS, readCell, writeCell } from './cells.ts';

describe('writeCell', () => {
  it('writes a date as a date at 00:00 UTC (Excel date cells carry no zone), an invalid one as given', () => {
    expect(writeCell('date', '2026-01-10')).toEqual(new Date('2026-01-10T00:00:00Z'));
    expect(writeCell('date', '暂定')).toBe('暂定');
  });
  it('writes an amount as a number, from text or number', () => {
    expect(writeCell('yuan', '2000.50')).toBe(2000.5);
    expect(writeCell('yuan', '1,234.00')).toBe(1234);
    expect(writeCell('yuan', 12)).toBe(12);
    expect(writeCell('number', '7')).toBe(7);
  });
  it('writes an identifier as text, even when given a number', () => {
    expect(writeCell('text', '110101199003077777')).toBe('110101199003077777');
    expect(writeCell('text', 13700001111)).toBe('13700001111');
  });
  it('writes empty values as empty cells and untyped values as given', () => {
    for (const kind of ['date', 'yuan', 'text', 'number', undefined] as const) {
      expect(writeCell(kind, null)).toBeNull();
      expect(writeCell(kind, '')).toBeNull();
    }
    expect(writeCell(undefined, 3)).toBe(3);
    expect(writeCell(undefined, '是')).toBe('是');
  });
  it('formats dates yyyy-mm-dd, amounts in yuan, identifiers as text', () => {
    expect(NUMBER_FORMATS).toEqual({
      date: 'yyyy-mm-dd',
      yuan: '"¥"#,##0.00',
      text: '@',
      number: 'General',
    });
  });
});

describe('readCell', () => {
  it('reads a date cell or its text', () => {
    expect(readCell('date', new Date('2026-01-10T00:00:00Z'))).toEqual({ text: '2026-01-10' });
    expect(readCell('date', ' 2026-01-10 ')).toEqual({ text: '2026-01-10' });
  });
  it('reads an amount from a number, or from text with separators, ¥ or 元', () => {
    expect(readCell('yuan', 2000.5)).toEqual({ text: '2000.50' });
    expect(readCell('yuan', 0.1 + 0.2)).toEqual({ text: '0.30' });
    expect(readCell('yuan', 5)).toEqual({ text: '5.00' });
    expect(readCell('yuan', '1,234.50')).toEqual({ text: '1,234.50' });
    expect(readCell('yuan', '¥1,234.50')).toEqual({ text: '1,234.50' });
    expect(readCell('yuan', '1234.5元')).toEqual({ text: '1234.5' });
  });
  it('refuses an amount number with more than two decimals', () => {
    expect(readCell('yuan', 1.005)).toEqual({ error: '金额最多两位小数' });
    expect(readCell('yuan', 12.345)).toEqual({ error: '金额最多两位小数' });
  });
  it('reads an identifier typed as a number when Excel kept it exactly (at most 15 digits)', () => {
    expect(readCell('text', 13700001111)).toEqual({ text: '13700001111' });
    expect(readCell('text', 999999999999999)).toEqual({ text: '999999999999999' });
  });
  it('refuses an identifier number of more than 15 digits: its last digits may already be lost', () => {
    // What Excel stores for 110101199003077777 typed into a General cell.
    expect(readCell('text', 110101199003077000)).toEqual({
      error:
        '被 Excel 存成了数字（1.10101199003077e+17），超过 15 位的数字已丢失精度；请将该列设为“文本”格式后重新填写',
    });
    expect('error' in readCell('text', 1_000_000_000_000_000)).toBe(true);
  });
  it('reads empty cells, booleans and plain values', () => {
    expect(readCell('text', null)).toEqual({ text: '' });
    expect(readCell(undefined, true)).toEqual({ text: '是' });
    expect(readCell(undefined, false)).toEqual({ text: '否' });
    expect(readCell(undefined, 3)).toEqual({ text: '3' });
    expect(readCell('number', 2.5)).toEqual({ text: '2.5' });
    expect(readCell(undefined, '  张三 ')).toEqual({ text: '张三' });
  });
});
