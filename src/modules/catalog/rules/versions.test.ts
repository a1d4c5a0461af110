// B1–B8 version in force and B2 citations: version selection on the effective day, the day before and
// the repeal day; Chinese numerals; citation display and resolution errors.
import { describe, expect, it } from 'vitest';
import type { LegalDocumentVersion } from '../model.ts';
import { citationDisplay, isInForce, resolveCitation, toChineseNumeral, versionInForce } from './versions.ts';

function version(over: Partial<LegalDocumentVersion>): LegalDocumentVersion {
  return {
    code: 'medical-institutions-regulation',
    title: '医疗机构管理条例',
    level: 'administrative_regulation',
    issuer: '国务院',
    docNumber: '国务院令第149号',
    promulgatedOn: '1994-02-26',
    effectiveOn: '1994-09-01',
    repealedOn: null,
    versionNote: '',
    articles: [],
    ...over,
  };
}

const V1994 = version({
  repealedOn: '2016-02-06',
  versionNote: '1994年2月26日发布',
  articles: [
    {
      ordinal: 24,
      number: '第二十四条',
      text: '任何单位或者个人，未取得《医疗机构执业许可证》，不得开展诊疗活动。',
    },
  ],
});
const V2016 = version({
  docNumber: '国务院令第666号',
  promulgatedOn: '2016-02-06',
  effectiveOn: '2016-02-06',
  repealedOn: '2022-05-01',
  versionNote: '2016年2月6日第一次修订',
  articles: [
    {
      ordinal: 24,
      number: '第二十四条',
      text: '任何单位或者个人，未取得《医疗机构执业许可证》，不得开展诊疗活动。',
    },
  ],
});
const V2022 = version({
  docNumber: '国务院令第752号',
  promulgatedOn: '2022-03-29',
  effectiveOn: '2022-05-01',
  repealedOn: null,
  versionNote: '2022年3月29日第二次修订',
  articles: [
    {
      ordinal: 24,
      number: '第二十四条',
      text: '任何单位或者个人，未取得《医疗机构执业许可证》或者未经备案，不得开展诊疗活动。',
    },
    { ordinal: 44, number: '第四十四条', text: '违反本条例第二十四条规定……', needsReview: true },
  ],
});
/** A document repealed without a successor. */
const REPEALED = version({
  code: 'old-measures',
  title: '某某管理办法',
  level: 'department_rule',
  issuer: '原卫生部',
  docNumber: '卫生部令第1号',
  promulgatedOn: '2000-01-01',
  effectiveOn: '2000-03-01',
  repealedOn: '2020-07-01',
  versionNote: '已废止',
  articles: [{ ordinal: 3, number: '第三条', text: '……' }],
});
const LIBRARY = [V2022, REPEALED, V1994, V2016];

describe('isInForce / versionInForce', () => {
  const versions = [V1994, V2016, V2022];

  it('on the effective day the new version is in force', () => {
    expect(versionInForce(versions, '2022-05-01')).toBe(V2022);
    expect(versionInForce(versions, '2016-02-06')).toBe(V2016);
    expect(versionInForce(versions, '1994-09-01')).toBe(V1994);
  });

  it('the day before, the previous version is', () => {
    expect(versionInForce(versions, '2022-04-30')).toBe(V2016);
    expect(versionInForce(versions, '2016-02-05')).toBe(V1994);
  });

  it('the repeal day belongs to the successor, not to the repealed version', () => {
    expect(isInForce(V2016, '2022-05-01')).toBe(false);
    expect(isInForce(V2016, '2022-04-30')).toBe(true);
    expect(isInForce(V2016, '2016-02-06')).toBe(true);
    expect(isInForce(V2016, '2016-02-05')).toBe(false);
    expect(isInForce(V2022, '2099-12-31')).toBe(true);
  });

  it('none before the first version and none after a repeal without successor', () => {
    expect(versionInForce(versions, '1994-08-31')).toBeNull();
    expect(versionInForce([REPEALED], '2020-06-30')).toBe(REPEALED);
    expect(versionInForce([REPEALED], '2020-07-01')).toBeNull();
    expect(versionInForce([], '2024-01-01')).toBeNull();
  });

  it('picks the latest effectiveOn when versions overlap, whatever the list order', () => {
    const open1994 = { ...V1994, repealedOn: null };
    expect(versionInForce([open1994, V2022], '2023-01-01')).toBe(V2022);
    expect(versionInForce([V2022, open1994], '2023-01-01')).toBe(V2022);
    expect(versionInForce([V2022, open1994], '2022-04-30')).toBe(open1994);
  });

  it('on equal effectiveOn picks the later entry in the list', () => {
    const a = { effectiveOn: '2024-01-01', repealedOn: null, id: 'a' };
    const b = { effectiveOn: '2024-01-01', repealedOn: null, id: 'b' };
    expect(versionInForce([a, b], '2024-06-01')?.id).toBe('b');
    expect(versionInForce([b, a], '2024-06-01')?.id).toBe('a');
  });

  it('works for any versioned catalogue entry, keeping its type', () => {
    const entries = [
      { effectiveOn: '2023-01-01', repealedOn: '2024-01-01', threshold: 1 },
      { effectiveOn: '2024-01-01', repealedOn: null, threshold: 2 },
    ];
    expect(versionInForce(entries, '2023-12-31')?.threshold).toBe(1);
    expect(versionInForce(entries, '2024-01-01')?.threshold).toBe(2);
  });

  it('refuses a date that is not YYYY-MM-DD, which would compare wrongly as text', () => {
    for (const bad of ['2024-1-01', '2024/01/01', '20240101', '2024-13-01', '2024-01-32', '']) {
      expect(() => versionInForce([V2022], bad)).toThrow(RangeError);
    }
  });
});

describe('toChineseNumeral', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [2, '二'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [24, '二十四'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [105, '一百零五'],
    [109, '一百零九'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [119, '一百一十九'],
    [120, '一百二十'],
    [199, '一百九十九'],
    [200, '二百'],
    [999, '九百九十九'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1011, '一千零一十一'],
    [1100, '一千一百'],
    [1101, '一千一百零一'],
    [1110, '一千一百一十'],
    [1260, '一千二百六十'],
    [2005, '二千零五'],
    [9999, '九千九百九十九'],
    [10000, '一万'],
    [10001, '一万零一'],
    [10010, '一万零一十'],
    [10100, '一万零一百'],
    [11000, '一万一千'],
    [100000, '十万'],
    [100010, '十万零一十'],
    [110000, '十一万'],
    [120034, '十二万零三十四'],
    [1000000, '一百万'],
    [1010000, '一百零一万'],
    [10000000, '一千万'],
    [100000000, '一亿'],
    [100000001, '一亿零一'],
    [100010000, '一亿零一万'],
    [1000000000000, '一万亿'],
    [Number.MAX_SAFE_INTEGER, '九千零七万亿一千九百九十二亿五千四百七十四万零九百九十一'],
  ])('%d → %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
  });

  it('round-trips 0–20,000 through an independent parser, every numeral distinct', () => {
    const seen = new Set<string>();
    for (let n = 0; n <= 20_000; n++) {
      const text = toChineseNumeral(n);
      expect(parseChinese(text)).toBe(n);
      seen.add(text);
    }
    expect(seen.size).toBe(20_001);
  });

  it('refuses negative, fractional and unsafe numbers', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])
      expect(() => toChineseNumeral(bad)).toThrow(RangeError);
  });
});

/** Reads a numeral back: digits multiply the following 十/百/千 unit, 万/亿 close a section. */
function parseChinese(text: string): number {
  const digits: Record<string, number> = {
    零: 0,
    一: 1,
    二: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  };
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let sectionValue = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in digits) digit = digits[ch]!;
    else if (ch in units) {
      sectionValue += (digit === 0 ? 1 : digit) * units[ch]!;
      digit = 0;
    } else if (ch === '万' || ch === '亿') {
      total = (total + sectionValue + digit) * (ch === '万' ? 10_000 : 100_000_000);
      sectionValue = 0;
      digit = 0;
    } else throw new Error(`unexpected ${ch}`);
  }
  return total + sectionValue + digit;
}

describe('citationDisplay', () => {
  it('article, paragraph and item with Chinese numerals', () => {
    expect(citationDisplay('医疗机构管理条例', { article: 24 })).toBe('《医疗机构管理条例》第二十四条');
    expect(citationDisplay('中华人民共和国行政处罚法', { article: 58, paragraph: 1 })).toBe(
      '《中华人民共和国行政处罚法》第五十八条第一款',
    );
    expect(citationDisplay('中华人民共和国行政处罚法', { article: 58, paragraph: 1, item: 3 })).toBe(
      '《中华人民共和国行政处罚法》第五十八条第一款第三项',
    );
    expect(citationDisplay('中华人民共和国传染病防治法', { article: 73, item: 10 })).toBe(
      '《中华人民共和国传染病防治法》第七十三条第十项',
    );
    expect(citationDisplay('中华人民共和国民法典', { article: 1260 })).toBe(
      '《中华人民共和国民法典》第一千二百六十条',
    );
  });
});

describe('resolveCitation', () => {
  it('resolves to the version in force on the date', () => {
    const r = resolveCitation({ law: 'medical-institutions-regulation', article: 24 }, LIBRARY, '2024-03-15');
    expect(r).toEqual({
      ok: true,
      title: '医疗机构管理条例',
      docNumber: '国务院令第752号',
      versionNote: '2022年3月29日第二次修订',
      article: V2022.articles[0],
      display: '《医疗机构管理条例》第二十四条',
      inForce: true,
      version: V2022,
    });
  });

  it('follows the version boundaries: the day before the amendment, its effective day', () => {
    const at = (date: string) => {
      const r = resolveCitation({ law: 'medical-institutions-regulation', article: 24 }, LIBRARY, date);
      return r.ok ? r.docNumber : r.code;
    };
    expect(at('2022-04-30')).toBe('国务院令第666号');
    expect(at('2022-05-01')).toBe('国务院令第752号');
    expect(at('2016-02-05')).toBe('国务院令第149号');
    expect(at('2016-02-06')).toBe('国务院令第666号');
    expect(at('1994-09-01')).toBe('国务院令第149号');
    expect(at('1994-08-31')).toBe('NOT_IN_FORCE');
  });

  it('displays paragraph and item', () => {
    const r = resolveCitation(
      { law: 'medical-institutions-regulation', article: 44, paragraph: 1, item: 3 },
      LIBRARY,
      '2024-03-15',
    );
    expect(r.ok && r.display).toBe('《医疗机构管理条例》第四十四条第一款第三项');
    expect(r.ok && r.article.needsReview).toBe(true);
  });

  it('LAW_NOT_FOUND when the library has no such document', () => {
    expect(resolveCitation({ law: 'no-such-law', article: 1 }, LIBRARY, '2024-03-15')).toEqual({
      ok: false,
      code: 'LAW_NOT_FOUND',
      message: '法律依据库中没有编码为“no-such-law”的文件',
    });
  });

  it('NOT_IN_FORCE before the first version took effect', () => {
    expect(
      resolveCitation({ law: 'medical-institutions-regulation', article: 24 }, LIBRARY, '1994-03-01'),
    ).toEqual({
      ok: false,
      code: 'NOT_IN_FORCE',
      message: '《医疗机构管理条例》于 1994-09-01 起施行，1994-03-01 尚未施行',
    });
  });

  it('ARTICLE_NOT_FOUND when the version in force has no such article', () => {
    expect(
      resolveCitation({ law: 'medical-institutions-regulation', article: 44 }, LIBRARY, '2020-01-01'),
    ).toEqual({
      ok: false,
      code: 'ARTICLE_NOT_FOUND',
      message: '2016-02-06 施行的《医疗机构管理条例》（2016年2月6日第一次修订）没有第四十四条',
    });
    expect(resolveCitation({ law: 'old-measures', article: 4 }, LIBRARY, '2010-01-01')).toMatchObject({
      ok: false,
      code: 'ARTICLE_NOT_FOUND',
    });
  });

  it('a repealed document resolves to its last version, flagged as not in force', () => {
    const before = resolveCitation({ law: 'old-measures', article: 3 }, LIBRARY, '2020-06-30');
    const onRepeal = resolveCitation({ law: 'old-measures', article: 3 }, LIBRARY, '2020-07-01');
    expect(before).toMatchObject({ ok: true, inForce: true, display: '《某某管理办法》第三条' });
    expect(onRepeal).toMatchObject({
      ok: true,
      inForce: false,
      display: '《某某管理办法》第三条',
      versionNote: '已废止',
    });
  });

  it('a date between versions resolves to the earlier one, not in force', () => {
    const gap = [{ ...V1994, repealedOn: '2015-01-01' }, V2016];
    const r = resolveCitation({ law: 'medical-institutions-regulation', article: 24 }, gap, '2015-06-01');
    expect(r).toMatchObject({ ok: true, inForce: false, docNumber: '国务院令第149号' });
  });

  it('refuses a malformed date', () => {
    expect(() =>
      resolveCitation({ law: 'medical-institutions-regulation', article: 24 }, LIBRARY, '2024-3-15'),
    ).toThrow(RangeError);
  });
});
