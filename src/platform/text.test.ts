import { describe, expect, it } from 'vitest';
import { boundedText, hasVisibleText, requiredText, trimInvisible, trimmedText } from './text.ts';

describe('invisible text', () => {
  it.each([
    ['zero-width spaces', '\u200b\u200b\u200b'],
    ['zero-width joiners and non-joiners', '\u200d\u200c'],
    ['a word joiner and a BOM', '\u2060\ufeff'],
    ['direction marks', '\u200e\u200f\u202a\u202c'],
    ['ideographic and no-break spaces', '\u3000\u00a0 \t\n'],
    ['a soft hyphen', '\u00ad'],
    ['Hangul fillers and a braille blank', '\u3164\u115f\uffa0\u2800'],
    ['a combining grapheme joiner', '\u034f'],
    ['control characters', '\u0001\u007f'],
  ])('%s: nothing visible, trimmed to nothing', (_what, s) => {
    expect(hasVisibleText(s)).toBe(false);
    expect(trimInvisible(s)).toBe('');
    expect(trimmedText().min(1).safeParse(s).success).toBe(false);
  });

  it('keeps visible text and what is inside it', () => {
    expect(trimInvisible('\u200b 张\u200b三 \u3000')).toBe('张\u200b三');
    expect(trimInvisible('示范区卫生健康委员会')).toBe('示范区卫生健康委员会');
    expect(trimInvisible('👨‍👩‍👧')).toBe('👨‍👩‍👧');
    expect(hasVisibleText('\u200bA')).toBe(true);
    expect(trimmedText().min(2).parse(' 理由\u200b ')).toBe('理由');
  });
});

describe('boundedText and requiredText', () => {
  const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
    r.error?.issues.map((i) => i.message) ?? [];

  it('name the field when told which it is', () => {
    expect(messages(requiredText(4, '地区简称').safeParse('\u200b '))).toEqual(['请填写地区简称']);
    expect(messages(requiredText(4, '地区简称').safeParse('示范区卫健'))).toEqual(['地区简称不得超过 4 字']);
    expect(messages(boundedText(2, '批准人').safeParse('张三丰'))).toEqual(['批准人不得超过 2 字']);
  });

  it('speak beside the field otherwise', () => {
    expect(messages(requiredText(4).safeParse(''))).toEqual(['必填']);
    expect(messages(boundedText(2).safeParse('张三丰'))).toEqual(['不能超过 2 个字']);
  });

  it('trim invisible characters and keep what fits', () => {
    expect(requiredText(2, '姓名').parse(' 张三\u200b')).toBe('张三');
    expect(boundedText(2).parse('\u3000')).toBe('');
  });
});
