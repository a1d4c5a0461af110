import { describe, expect, it } from 'vitest';
import { redact, mergeSpans } from './redact.ts';
import {
  bankAccounts,
  emails,
  healthStatus,
  homeAddresses,
  idNumbers,
  keptStretches,
  passesLuhn,
  phones,
  propertyCertificates,
} from './detectors.ts';
import { maskedName, surnameOf } from './surname.ts';
import type { RedactionParty, Span } from './types.ts';

// Valid identifiers (GB 11643 / GB 32100 check characters; Luhn for the cards).
const ID_A = '330102198503120014';
const ID_X = '33010419881120102X';
const ID_W = '110105199003071239';
const CREDIT = '91330102MA2H0XXX1Q';
const CARD_19 = '6222021202001234567';
const CARD_16 = '6217001234567893';

const texts = (text: string, spans: { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('surname + 某 (E4, Wanzhou Art. 16)', () => {
  it.each([
    ['张三', '张', '张某'],
    ['王小明', '王', '王某'],
    ['欧阳娜娜', '欧阳', '欧阳某'],
    ['司马光', '司马', '司马某'],
    ['诸葛亮', '诸葛', '诸葛某'],
    ['上官婉儿', '上官', '上官某'],
    ['欧阳', '欧', '欧某'], // two characters: surname 欧, given name 阳
    ['买买提·艾力', '买', '买某'],
    ['  李四 ', '李', '李某'],
  ])('%s → %s', (name, surname, masked) => {
    expect(surnameOf(name)).toBe(surname);
    expect(maskedName(name)).toBe(masked);
  });
});

describe('ID numbers', () => {
  it('finds valid 18-character numbers, in groups and with x in either case', () => {
    const text = `甲${ID_A}乙 ${ID_X.toLowerCase()} 丙${ID_W.slice(0, 6)} ${ID_W.slice(6, 14)} ${ID_W.slice(14)}。`;
    expect(texts(text, idNumbers(text))).toEqual([
      ID_A,
      ID_X.toLowerCase(),
      `${ID_W.slice(0, 6)} ${ID_W.slice(6, 14)} ${ID_W.slice(14)}`,
    ]);
  });
  it('ignores 18 digits whose check character or birth date is wrong, and digits inside longer runs', () => {
    const wrongCheck = ID_A.slice(0, 17) + '9';
    const wrongDate = '330102198513320014';
    expect(idNumbers(`号码${wrongCheck}，${wrongDate}，1${ID_A}，${ID_A}5`)).toEqual([]);
  });
  it('takes a 15-digit number only where the text calls it an ID number', () => {
    const text = '身份证号码：330102850312001，流水号330102850312002';
    expect(texts(text, idNumbers(text))).toEqual(['330102850312001']);
  });
});

describe('phones in common spellings', () => {
  it.each([
    ['13812345678'],
    ['138-1234-5678'],
    ['138 1234 5678'],
    ['+86 138 1234 5678'],
    ['+86-13812345678'],
    ['0086 13812345678'],
    ['(+86)13812345678'],
    ['（86）138 1234 5678'],
    ['010-62345678'],
    ['0571-87654321'],
    ['(0571) 8765 4321'],
    ['（0571）87654321'],
    ['0571-87654321转123'],
  ])('%s', (phone) => {
    const text = `联系人手机或座机${phone}，请核实。`;
    expect(texts(text, phones(text))).toContain(phone);
  });
  it('takes a local number without area code only where the text calls it a phone', () => {
    const text = '联系电话：87654321；罚款87654321元';
    expect(texts(text, phones(text))).toEqual(['87654321']);
  });
  it('leaves dates, amounts and document numbers alone', () => {
    const text =
      '2026-12-07，罚款人民币5000元，卫医罚〔2026〕0123号，第十二条，2026年12月7日，12345678901234。';
    expect(phones(text)).toEqual([]);
  });
});

describe('bank accounts', () => {
  it('checks Luhn', () => {
    expect(passesLuhn(CARD_19)).toBe(true);
    expect(passesLuhn(CARD_16)).toBe(true);
    expect(passesLuhn('6217001234567890')).toBe(false);
  });
  it('finds cards whole or grouped, and accounts by their label without a check', () => {
    const grouped = '6217 0012 3456 7893';
    const text = `卡号${CARD_19}；另一卡${grouped}；对公账户：3301 0400 0000 1234 5；号码6217001234567890。`;
    const found = texts(text, bankAccounts(text));
    expect(new Set(found)).toEqual(new Set([CARD_19, grouped, '3301 0400 0000 1234 5']));
  });
});

describe('property certificates, e-mail, addresses, health', () => {
  it('finds certificates by their form and by their label', () => {
    const text =
      '房屋坐落于…，不动产权证号：浙(2021)杭州市不动产权第0012345号；房产证号：杭房权证西字第123456号。';
    expect(new Set(texts(text, propertyCertificates(text)))).toEqual(
      new Set(['浙(2021)杭州市不动产权第0012345号', '杭房权证西字第123456号']),
    );
  });
  it('finds e-mail addresses', () => {
    const text = '邮箱zhang.san+1@example.com.cn或li_si@mail.qq.com。';
    expect(texts(text, emails(text))).toEqual(['zhang.san+1@example.com.cn', 'li_si@mail.qq.com']);
  });
  it("finds a person's home address, not an organisation's business address", () => {
    const text =
      '张三，男，1985年3月12日出生，住杭州市西湖区文三路100号2单元301室，家庭住址：杭州市上城区解放路1号；经营地址：杭州市上城区延安路1号。';
    expect(texts(text, homeAddresses(text))).toEqual([
      '杭州市西湖区文三路100号2单元301室',
      '杭州市上城区解放路1号',
    ]);
  });
  it('finds health status of persons, not 隐患 or an institution’s infection-control duty', () => {
    const text =
      '从业人员李四患有活动性肺结核，王五经检测HIV抗体阳性；该院存在安全隐患，未开展医院感染监测。';
    expect(texts(text, healthStatus(text))).toEqual(['患有活动性肺结核', 'HIV抗体阳性']);
  });
});

describe('what stays', () => {
  it('keeps credit codes and labelled licence and document numbers', () => {
    const text = `统一社会信用代码：${CREDIT}，卫生许可证号：浙卫公证字[2019]第330102-000123号，决定书文号：杭卫罚〔2026〕12号。`;
    expect(texts(text, keptStretches(text))).toEqual([
      CREDIT,
      CREDIT,
      '浙卫公证字[2019]第330102-000123号',
      '杭卫罚〔2026〕12号',
    ]);
  });
});

describe('merging', () => {
  it('widens a span to everything that overlaps it, and a name merged with a number takes the mask', () => {
    const s = (start: number, end: number, category: Span['category'], replacement = '***'): Span => ({
      start,
      end,
      category,
      replacement,
    });
    expect(
      mergeSpans([
        s(5, 10, 'phone'),
        s(0, 3, 'name', '张某'),
        s(8, 14, 'bank_account'),
        s(2, 4, 'id_number'),
      ]),
    ).toEqual([s(0, 4, 'id_number'), s(5, 14, 'phone')]);
    expect(mergeSpans([s(0, 10, 'phone'), s(2, 4, 'email')])).toEqual([s(0, 10, 'phone')]);
  });
});

const DECISION = [
  '杭州市西湖区卫生健康局',
  '行政处罚决定书',
  '杭西卫罚〔2026〕15号',
  `当事人：杭州美美美容有限公司，统一社会信用代码：${CREDIT}，法定代表人：赵一鸣，经营地址：杭州市西湖区文一路8号，联系电话：0571-88886666。`,
  `委托代理人：欧阳娜娜，身份证号码：${ID_X.toLowerCase()}，手机：139 0571 2345。`,
  `2026年10月8日，本局执法人员在该公司检查时发现，美容师钱小红（身份证号：${ID_A}，住杭州市拱墅区湖墅南路88号）未取得健康合格证明即从事直接为顾客服务的工作，且钱小红患有手癣。`,
  `证人孙丽（电话：+86 138 1234 5678）证实上述事实。当事人以银行卡${CARD_19}缴纳押金。`,
  '以上事实违反了《公共场所卫生管理条例实施细则》第十条第一款的规定，依据《公共场所卫生管理条例实施细则》第三十八条的规定，决定给予警告并处罚款人民币1500元。',
  '杭州市西湖区卫生健康局',
  '2026年11月2日',
].join('\n');

const PARTIES: RedactionParty[] = [
  {
    kind: 'org',
    role: 'party',
    name: '杭州美美美容有限公司',
    creditCode: CREDIT,
    legalRepresentative: '赵一鸣',
    address: '杭州市西湖区文一路8号',
    phone: '057188886666',
  },
  { kind: 'person', role: 'agent', name: '欧阳娜娜', idNumber: ID_X, phone: '13905712345' },
  { kind: 'person', role: 'other', name: '钱小红', idNumber: ID_A, address: '杭州市拱墅区湖墅南路88号' },
  { kind: 'person', role: 'witness', name: '孙丽', phone: '13812345678' },
];

describe('a realistic decision (both layers together)', () => {
  const { redactedText, spans } = redact(DECISION, PARTIES);

  it('masks every person other than the legal representative and every personal number', () => {
    expect(redactedText).toBe(
      [
        '杭州市西湖区卫生健康局',
        '行政处罚决定书',
        '杭西卫罚〔2026〕15号',
        `当事人：杭州美美美容有限公司，统一社会信用代码：${CREDIT}，法定代表人：赵一鸣，经营地址：杭州市西湖区文一路8号，联系电话：0571-88886666。`,
        '委托代理人：欧阳某，身份证号码：***，手机：***。',
        '2026年10月8日，本局执法人员在该公司检查时发现，美容师钱某（身份证号：***，住***）未取得健康合格证明即从事直接为顾客服务的工作，且钱某***。',
        '证人孙某（电话：***）证实上述事实。当事人以银行卡***缴纳押金。',
        '以上事实违反了《公共场所卫生管理条例实施细则》第十条第一款的规定，依据《公共场所卫生管理条例实施细则》第三十八条的规定，决定给予警告并处罚款人民币1500元。',
        '杭州市西湖区卫生健康局',
        '2026年11月2日',
      ].join('\n'),
    );
  });

  it('reports each span by its offsets in the input, its category and replacement', () => {
    for (const s of spans) expect(s.end).toBeGreaterThan(s.start);
    expect(spans.map((s) => [DECISION.slice(s.start, s.end), s.category, s.replacement])).toEqual([
      ['欧阳娜娜', 'name', '欧阳某'],
      [ID_X.toLowerCase(), 'id_number', '***'],
      ['139 0571 2345', 'phone', '***'],
      ['钱小红', 'name', '钱某'],
      [ID_A, 'id_number', '***'],
      ['杭州市拱墅区湖墅南路88号', 'address', '***'],
      ['钱小红', 'name', '钱某'],
      ['患有手癣', 'health', '***'],
      ['孙丽', 'name', '孙某'],
      ['+86 138 1234 5678', 'phone', '***'],
      [CARD_19, 'bank_account', '***'],
    ]);
  });

  it('leaves no personal detail of the input in the output', () => {
    for (const secret of [
      ID_A,
      ID_X,
      ID_X.toLowerCase(),
      '欧阳娜娜',
      '钱小红',
      '孙丽',
      '13812345678',
      '湖墅南路',
      CARD_19,
      '手癣',
    ])
      expect(redactedText).not.toContain(secret);
  });
});

describe('offsets are UTF-16 code units', () => {
  it('counts a character outside the BMP as two units', () => {
    const text = `𠮷野家的张三，电话13812345678。`;
    const { spans } = redact(text, [{ kind: 'person', role: 'party', name: '张三' }]);
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [5, 7],
      [10, 21],
    ]);
    expect(text.slice(10, 21)).toBe('13812345678');
  });
});

describe('structured data', () => {
  it('masks a person named in an organisation only outside the organisation’s name', () => {
    const text = '张三美发店的经营者张三';
    const r = redact(text, [
      { kind: 'org', role: 'party', name: '张三美发店' },
      { kind: 'person', role: 'other', name: '张三' },
    ]);
    expect(r.redactedText).toBe('张三美发店的经营者张某');
  });
  it("keeps the legal representative's name even when listed as a person too", () => {
    const r = redact('法定代表人赵一鸣到场', [
      { kind: 'org', role: 'party', name: '某公司', legalRepresentative: '赵一鸣' },
      { kind: 'person', role: 'other', name: '赵一鸣' },
    ]);
    expect(r.redactedText).toBe('法定代表人赵一鸣到场');
  });
  it("masks an organisation's bank account and property certificate but not its name or code", () => {
    const text = `某公司（${CREDIT}）账户尾号见合同，房产证杭房权证字001号，账号1234567890123。`;
    const r = redact(text, [
      {
        kind: 'org',
        role: 'party',
        name: '某公司',
        creditCode: CREDIT,
        bankAccount: '1234567890123',
        propertyCertificate: '杭房权证字001号',
      },
    ]);
    expect(r.redactedText).toBe(`某公司（${CREDIT}）账户尾号见合同，房产证***，账号***。`);
  });
  it('ignores a one-character name rather than masking that character everywhere', () => {
    expect(redact('张家界张', [{ kind: 'person', role: 'party', name: '张' }]).redactedText).toBe('张家界张');
  });
});

describe('hostile input', () => {
  it('answers on a megabyte of digits, separators and labels in linear time', () => {
    const text =
      '电话：' +
      '1 '.repeat(200_000) +
      '账号' +
      '9-'.repeat(100_000) +
      'a.'.repeat(100_000) +
      '8'.repeat(100_000) +
      '住址' +
      '路'.repeat(100_000) +
      '患有' +
      '病'.repeat(100_000);
    const started = Date.now();
    const r = redact(text, [{ kind: 'person', role: 'party', name: '某人' }]);
    expect(r.redactedText.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20_000); // a backtracking regex would take hours, not seconds
  });
});
