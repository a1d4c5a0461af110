import { describe, expect, it } from 'vitest';
import { formatCitations, parseChineseNumeral, parseCitations } from './citation-text.ts';

const titles: Record<string, string> = {
  医疗机构管理条例: 'medical-institutions-regulation',
  医师法: 'physicians-law',
};
const codeOf = (t: string) => titles[t];
const titleOf = (c: string) => Object.entries(titles).find(([, v]) => v === c)![0];

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十九', 19],
    ['二十', 20],
    ['二十四', 24],
    ['九十九', 99],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百二十三', 123],
    ['两百', 200],
    ['一千', 1000],
    ['一千零一', 1001],
    ['24', 24],
  ])('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it.each(['', '零', 'abc', '十x', '12345', '第一'])('refuses %j', (s) =>
    expect(parseChineseNumeral(s)).toBeNull(),
  );
});

describe('parseCitations', () => {
  it('parses several citations with paragraphs and items', () => {
    expect(parseCitations('《医疗机构管理条例》第十四条第一款第二项；《医师法》第五十五条', codeOf)).toEqual({
      refs: [
        { law: 'medical-institutions-regulation', article: 14, paragraph: 1, item: 2 },
        { law: 'physicians-law', article: 55 },
      ],
      problems: [],
    });
  });
  it('accepts separators and whitespace between citations', () => {
    expect(parseCitations('《医师法》第十三条、 《医师法》第一百零五条\n', codeOf).refs).toEqual([
      { law: 'physicians-law', article: 13 },
      { law: 'physicians-law', article: 105 },
    ]);
  });
  it('reports an unknown law and unparseable text', () => {
    expect(parseCitations('《不存在条例》第一条', codeOf)).toEqual({
      refs: [],
      problems: ['法律依据库中没有《不存在条例》'],
    });
    expect(parseCitations('医疗机构管理条例第十四条', codeOf).problems).toEqual([
      '无法识别的依据「医疗机构管理条例第十四条」，应写作《法规名称》第X条',
    ]);
  });
  it('round-trips through formatCitations', () => {
    const refs = [
      { law: 'medical-institutions-regulation', article: 43, paragraph: 2 },
      { law: 'physicians-law', article: 110 },
    ];
    const text = formatCitations(refs, titleOf);
    expect(text).toBe('《医疗机构管理条例》第四十三条第二款；《医师法》第一百一十条');
    expect(parseCitations(text, codeOf).refs).toEqual(refs);
  });
  it('an empty cell has no citations and no problems', () => {
    expect(parseCitations('', codeOf)).toEqual({ refs: [], problems: [] });
  });
});
