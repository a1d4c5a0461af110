// C5 no blank document, ever: every template, built from a complete case with every input filled and
// rendered to DOCX and PDF, carries no blank, no unset value and no internal code; built from an
// incomplete case it is refused with the gaps listed. Free text typed with the lead-in the sentence
// already has reads once.
import { describe, expect, it } from 'vitest';
import { renderBoth } from '../../../platform/documents/index.ts';
import { docxParts, pdfText, squash } from '../../../../test/helpers/documents.ts';
import { documentGaps, gapsInModel, missingFacts, withoutSignatureLines } from './completeness.ts';
import { factsAfterWhenAndWhere, findings } from './parts.ts';
import { ALL_TEMPLATES, templateFor } from './registry.ts';
import { OFFICERS, decidedSnapshot, penaltySnapshot } from './test-fixture.ts';
import { FULL_INPUTS } from './test-helpers.ts';

/** What a reader must never see in an issued document. */
const FORBIDDEN = /＿|_{2,}|undefined|null|NaN|SFWJ-|BM-[A-Z]{2}-|\{\{|（处罚内容未确定）/;

/** A case at 执行: decided, served, its decision issued and numbered, evidence and legal basis held. */
const complete = decidedSnapshot({
  documents: [
    {
      template: 'penalty_decision',
      title: '行政处罚决定书',
      number: '示区卫医罚〔2026〕3号',
      issuedOn: '2026-03-20',
    },
  ],
});

describe('every template from a complete case', () => {
  it.each(ALL_TEMPLATES.map((t) => [`${t.key} v${t.version}`, t] as const))(
    '%s: no gap, and neither the DOCX XML nor the PDF text holds a blank or an internal code',
    async (_, t) => {
      const inputs = FULL_INPUTS[t.key] ?? {};
      const model = t.build({
        snapshot: complete,
        inputs,
        officers: OFFICERS,
        number: '示区卫医罚〔2026〕9号',
      });
      expect(documentGaps(t, inputs, complete, model)).toEqual([]);
      const files = await renderBoth(model);
      const docx = await docxParts(files.docx);
      // Lines left for a hand signature (主持人（签名）：＿＿) are blank on purpose.
      expect(withoutSignatureLines(docx.text)).not.toMatch(FORBIDDEN);
      expect(docx.document).not.toMatch(/undefined|SFWJ-|BM-[A-Z]{2}-/);
      const pdf = withoutSignatureLines(squash((await pdfText(files.pdf)).text));
      expect(pdf).not.toMatch(FORBIDDEN);
      expect(pdf).toContain(squash(t.title));
    },
    30_000,
  );
});

describe('an incomplete case is refused, the gaps listed', () => {
  const bare = penaltySnapshot({
    case: { ...penaltySnapshot().case, violatedBasis: '', penaltyBasis: '' },
    proposedPenalty: null,
    record: {},
    officers: [{ personId: 'p-1', name: '张三', certificateNo: 'SF99010201' }],
    evidence: [],
  });
  it.each(ALL_TEMPLATES.map((t) => [`${t.key} v${t.version}`, t] as const))('%s', (_, t) => {
    const model = t.build({ snapshot: bare, inputs: {}, officers: OFFICERS });
    const gaps = documentGaps(t, {}, bare, model);
    expect(gaps).toContain('执法人员（至少两名）');
  });
  it('the decisions name the articles and the penalty the case lacks', () => {
    const t = templateFor('simple_penalty_decision', '2026-03-06');
    expect(missingFacts(t, bare)).toEqual([
      '执法人员（至少两名）',
      '违反的条款（请确定执法事项）',
      '处罚依据的条款（请确定执法事项）',
      '处罚内容（种类及罚款数额）',
    ]);
    expect(missingFacts(templateFor('payment_reminder', '2026-03-06'), penaltySnapshot())).toEqual([
      '处罚决定日期',
      '处罚决定书送达日期',
    ]);
  });
  it('a fine without an amount is a missing penalty', () => {
    const t = templateFor('penalty_notice', '2026-03-06');
    const s = penaltySnapshot({ proposedPenalty: { kinds: ['fine'], labels: ['罚款'], fineFen: null } });
    expect(missingFacts(t, s)).toEqual(['处罚内容（种类及罚款数额）']);
  });
});

describe('the last reading of the built document', () => {
  const model = (text: string) => ({
    issuer: '示范区卫生健康委员会',
    title: '行政处罚事先告知书',
    blocks: [{ kind: 'paragraph' as const, text }],
  });
  it('finds a blank with the clause around it, an unset value and an internal code', () => {
    expect(gapsInModel(model('你单位的上述行为违反了＿＿＿＿的规定。'))).toEqual([
      '文书“…单位的上述行为违反了＿＿＿＿的规定。”处尚未填写',
    ]);
    expect(gapsInModel(model('罚款undefined元'))).toEqual(['文书“罚款undefined元”处尚未填写']);
    expect(gapsInModel(model('依照BM-SY-002 供水单位未取得卫生许可证而擅自供水'))).toEqual([
      '文书中出现内部编码“BM-SY-002”，请改写为文字',
    ]);
    expect(gapsInModel(model('执法证号SF99010201，电话010-12345678，GB 5749-2022，型号YX-18'))).toEqual([]);
    expect(
      gapsInModel(model('主持人（签名）：＿＿＿＿＿＿\u3000\u3000记录人（签名）：＿＿＿＿＿＿')),
    ).toEqual([]);
  });
});

describe('free text read once', () => {
  it('drops a finding lead-in the sentence already has, typed once or twice', () => {
    expect(findings('经查，当事人安排王某为患者治疗')).toBe('当事人安排王某为患者治疗');
    expect(findings('经调查，经查明：当事人安排王某')).toBe('当事人安排王某');
    expect(findings('当事人经查明无证')).toBe('当事人经查明无证');
  });
  it('drops the date, time and place typed again after “你于…在…”', () => {
    expect(
      factsAfterWhenAndWhere('2026年12月7日，执法人员现场检查发现从业人员无健康证明', '示范区某美发店'),
    ).toBe('执法人员现场检查发现从业人员无健康证明');
    expect(
      factsAfterWhenAndWhere('2026年12月7日上午10时30分许在示范区某美发店安排从业人员', '示范区某美发店'),
    ).toBe('安排从业人员');
    expect(factsAfterWhenAndWhere('经查，2026-12-07 10:30，安排从业人员', '')).toBe('安排从业人员');
    expect(factsAfterWhenAndWhere('许可证过期仍营业', '某店')).toBe('许可证过期仍营业');
  });
});
