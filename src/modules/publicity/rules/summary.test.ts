import { describe, expect, it } from 'vitest';
import type { RedactionParty } from '../redaction/types.ts';
import { editedRedaction, editRefusal, missingSummaryFields, summaryOf } from './summary.ts';
import { redact } from '../redaction/redact.ts';

const PARTIES: RedactionParty[] = [
  { kind: 'person', role: 'party', name: '欧阳娜娜', idNumber: '11010519491231002X', phone: '13812345678' },
  { kind: 'person', role: 'witness', name: '李四' },
];
const TEXT = '当事人欧阳娜娜（身份证号11010519491231002X，电话138 1234 5678）在健康路8号行医，证人李四在场。';

describe('E3 summary', () => {
  it('masks a natural person to surname + 某 and redacts free-text fields', () => {
    const s = summaryOf(
      {
        documentNumber: '示区卫医罚〔2026〕3号',
        bodyName: '示范区卫生健康委员会',
        partyName: '欧阳娜娜',
        partyType: 'person',
        category: '行政处罚',
        cause: '欧阳娜娜未取得医师资格擅自执业',
        legalBasis: '《医师法》第五十九条',
        conclusion: '罚款人民币5,000元',
        decidedOn: '2026-09-10',
      },
      PARTIES,
    );
    expect(s.partyName).toBe('欧阳某');
    expect(s.cause).toBe('欧阳某未取得医师资格擅自执业');
    expect(missingSummaryFields(s)).toEqual([]);
    expect(missingSummaryFields({ ...s, legalBasis: ' ', documentNumber: null })).toEqual([
      '决定书文号',
      '法律依据',
    ]);
  });

  it('keeps an organisation name as it is', () => {
    const s = summaryOf(
      {
        documentNumber: 'x',
        bodyName: 'b',
        partyName: '示范口腔诊所有限公司',
        partyType: 'organisation',
        category: '行政处罚',
        cause: 'c',
        legalBasis: 'l',
        conclusion: '警告',
        decidedOn: '2026-01-01',
      },
      [],
    );
    expect(s.partyName).toBe('示范口腔诊所有限公司');
  });
});

describe('E4 publisher edits over the engine', () => {
  it('adds a span with its category and removes an engine span', () => {
    const at = TEXT.indexOf('健康路8号');
    const added = editedRedaction(TEXT, PARTIES, [
      { op: 'add', start: at, end: at + 5, category: 'address', reason: '当事人住所' },
    ]);
    expect(added.redactedText).toBe('当事人欧阳某（身份证号***，电话***）在***行医，证人李某在场。');
    const witness = redact(TEXT, PARTIES).spans.find((s) => TEXT.slice(s.start, s.end) === '李四')!;
    const removed = editedRedaction(TEXT, PARTIES, [
      { op: 'remove', start: witness.start, end: witness.end, reason: '证人系执法人员，依法公开' },
    ]);
    expect(removed.redactedText).toContain('证人李四在场');
  });

  it('refuses an edit without reason, out of range, or removing what is not redacted', () => {
    const auto = redact(TEXT, PARTIES).spans;
    expect(editRefusal(TEXT, auto, { op: 'add', start: 0, end: 2, category: 'name', reason: ' ' })).toBe(
      '增加或取消隐去须说明理由',
    );
    expect(editRefusal(TEXT, auto, { op: 'add', start: 5, end: 5, category: 'name', reason: 'r' })).toBe(
      '隐去范围超出文本',
    );
    expect(
      editRefusal(TEXT, auto, { op: 'add', start: 0, end: TEXT.length + 1, category: 'name', reason: 'r' }),
    ).toBe('隐去范围超出文本');
    expect(editRefusal(TEXT, auto, { op: 'remove', start: 0, end: 3, reason: 'r' })).toBe('没有可取消的隐去');
    expect(
      editRefusal(TEXT, auto, { op: 'add', start: 0, end: 3, category: 'name', reason: 'r' }),
    ).toBeNull();
  });
});
