// C5 every enforcement document template builds a complete model: title, number, party, the notices the law
// requires, and the required inputs a caller must ask for.
import { describe, expect, it } from 'vitest';
import { NUMBER_PLACEHOLDER } from './parts.ts';
import { ALL_TEMPLATES, missingInputs, templateFor, templateVersions } from './registry.ts';
import type { DocumentTemplate } from './template.ts';
import { WARNING_ONLY, context, decidedSnapshot, penaltySnapshot } from './test-fixture.ts';
import { FULL_INPUTS, textOf } from './test-helpers.ts';

const NUMBER = '示区卫医罚〔2026〕3号';

function build(
  t: DocumentTemplate,
  snapshot = decidedSnapshot(),
  inputs = FULL_INPUTS[t.key] ?? {},
  number?: string,
) {
  return t.build(context(snapshot, inputs, number));
}

describe.each(ALL_TEMPLATES.map((t) => [`${t.key} v${t.version}`, t] as const))('%s', (_, t) => {
  it('has full test inputs for every input', () => {
    expect(Object.keys(FULL_INPUTS[t.key] ?? {}).sort()).toEqual(t.inputs.map((i) => i.key).sort());
  });

  it('builds with a number: title, issuer, number, party', () => {
    const m = build(t, decidedSnapshot(), FULL_INPUTS[t.key], NUMBER);
    expect(m.title).toBe(t.title);
    expect(m.issuer).toBe('示范区卫生健康委员会');
    expect(m.number).toBe(t.nature ? NUMBER : undefined);
    const text = textOf(m);
    expect(text).toContain('示范口腔诊所有限公司');
    expect(text).not.toMatch(/undefined|null|NaN|\[object/);
  });

  it('builds without a number: the placeholder on numbered documents', () => {
    const m = build(t, penaltySnapshot(), {});
    expect(m.number).toBe(t.nature ? NUMBER_PLACEHOLDER : undefined);
    expect(textOf(m)).not.toMatch(/undefined|null|NaN|\[object/);
  });

  it('prints the officer inputs', () => {
    const text = textOf(build(t));
    for (const input of t.inputs.filter((i) => i.kind === 'textarea')) {
      const first = (FULL_INPUTS[t.key]?.[input.key] ?? '').split('\n')[0] ?? '';
      if (first !== '' && input.key !== 'participants' && input.key !== 'items')
        expect(text).toContain(first);
    }
  });

  it('signs as the template says: officers always, the party when it signs, the seal when numbered', () => {
    const m = build(t);
    const sig = m.blocks.find((b) => b.kind === 'signatures');
    expect(sig?.kind === 'signatures' && sig.officers.map((o) => o.name)).toEqual(['张三', '李四']);
    expect(sig?.kind === 'signatures' && Boolean(sig.party)).toBe(t.partySigns);
    expect(m.blocks.some((b) => b.kind === 'seal' && b.issuer === '示范区卫生健康委员会')).toBe(
      t.nature !== null,
    );
  });

  it('uses the party signature given, under its own label', () => {
    const ctx = {
      ...context(decidedSnapshot(), FULL_INPUTS[t.key]),
      party: { label: 'x', name: '赵五', statement: '以上内容我已看过' },
    };
    const sig = t.build(ctx).blocks.find((b) => b.kind === 'signatures');
    if (t.partySigns)
      expect(sig?.kind === 'signatures' && sig.party).toMatchObject({
        name: '赵五',
        statement: '以上内容我已看过',
      });
    if (t.partySigns) expect(sig?.kind === 'signatures' && sig.party?.label).not.toBe('x');
  });

  it('reports every required input left empty', () => {
    const required = t.inputs.filter((i) => i.required).map((i) => i.label);
    expect(missingInputs(t, {})).toEqual(required);
    expect(missingInputs(t, FULL_INPUTS[t.key] ?? {})).toEqual([]);
    for (const input of t.inputs.filter((i) => i.required)) {
      expect(missingInputs(t, { ...FULL_INPUTS[t.key], [input.key]: '  ' })).toEqual([input.label]);
    }
    // With the snapshot, non-empty prefills count as filled.
    const s = decidedSnapshot();
    const unfilled = t.inputs
      .filter((i) => i.required && !(i.prefill && i.prefill(s).trim() !== ''))
      .map((i) => i.label);
    expect(missingInputs(t, {}, s)).toEqual(unfilled);
  });
});

describe('行政处罚事先告知书', () => {
  const t = templateFor('penalty_notice', '2026-03-06');

  it('states the facts, basis, proposed penalty and the statement right', () => {
    const text = textOf(build(t, penaltySnapshot(), FULL_INPUTS.penalty_notice, '示区卫医告〔2026〕5号'));
    expect(text).toContain('示区卫医告〔2026〕5号');
    expect(text).toContain('违反了《医疗机构管理条例》第二十七条的规定');
    expect(text).toContain('依据《医疗机构管理条例》第四十七条的规定');
    expect(text).toContain('一、警告；');
    expect(text).toContain('二、罚款人民币30000元（大写：叁万元整）。');
    expect(text).toContain('第七条、第四十四条、第四十五条');
    expect(text).toContain('陈述、申辩');
    expect(text).toContain('门诊日志复印件');
  });

  it('prints the hearing right with the computed last day when the penalty is hearing-eligible', () => {
    const text = textOf(build(t, penaltySnapshot()));
    expect(text).toContain('有权要求举行听证');
    expect(text).toContain('第六十三条、第六十四条');
    expect(text).toContain('五个工作日内（截至2026年3月13日）');
  });

  it("follows the body's 较大数额 figure: 30000 yuan below an organisation threshold of 50000 gives no hearing right", () => {
    const base = penaltySnapshot();
    const text = textOf(
      build(
        t,
        penaltySnapshot({
          body: { ...base.body, hearingFineThresholdFen: { person: 500_000, organisation: 5_000_000 } },
        }),
      ),
    );
    expect(text).not.toContain('听证');
    expect(text).toContain('陈述、申辩');
    const atThreshold = textOf(
      build(
        t,
        penaltySnapshot({
          body: { ...base.body, hearingFineThresholdFen: { person: 500_000, organisation: 3_000_000 } },
        }),
      ),
    );
    expect(atThreshold).toContain('有权要求举行听证');
  });

  it('leaves out the hearing right for a warning only', () => {
    const text = textOf(build(t, penaltySnapshot({ proposedPenalty: WARNING_ONLY })));
    expect(text).not.toContain('听证');
    expect(text).toContain('陈述、申辩');
  });

  it('leaves out the date when the deadline is not computed', () => {
    const text = textOf(build(t, penaltySnapshot({ deadlines: {} })));
    expect(text).toContain('有权要求举行听证');
    expect(text).not.toContain('截至');
  });
});

describe('行政处罚决定书', () => {
  it('carries the remedies and payment notices (2023 复议法 version)', () => {
    const t = templateFor('penalty_decision', '2026-03-20');
    expect(t.version).toBe(2);
    const m = build(t, decidedSnapshot(), FULL_INPUTS.penalty_decision, NUMBER);
    const text = textOf(m);
    expect(text).toContain('六十日内');
    expect(text).toContain('六个月内');
    expect(text).toContain('向示范区人民政府申请行政复议');
    expect(text).toContain('向示范区人民法院提起行政诉讼');
    expect(text).toContain('《中华人民共和国行政复议法》第二十条');
    expect(text).toContain('《中华人民共和国行政诉讼法》第四十六条');
    expect(text).toContain('十五日内（截至2026年4月7日）');
    expect(text).toContain('中国工商银行示范区支行');
    expect(text).toContain('百分之三加处罚款');
    expect(text).toContain('第六十七条');
    expect(text).toContain('第七十二条');
    expect(text).toContain('罚款人民币30000元（大写：叁万元整）');
    expect(text).toContain('不停止执行');
    expect(m.blocks.find((b) => b.kind === 'seal')).toEqual({
      kind: 'seal',
      issuer: '示范区卫生健康委员会',
      date: '2026年3月20日',
    });
  });

  it('cites 行政复议法第九条 before 2024', () => {
    const t = templateFor('penalty_decision', '2023-06-01');
    expect(t.version).toBe(1);
    const text = textOf(build(t));
    expect(text).toContain('《中华人民共和国行政复议法》第九条');
    expect(text).not.toContain('第二十条');
  });

  it('has no payment notice without a fine', () => {
    const text = textOf(
      build(templateFor('penalty_decision', '2026-03-20'), decidedSnapshot({ decidedPenalty: WARNING_ONLY })),
    );
    expect(text).not.toContain('缴纳罚款');
    expect(text).toContain('六十日内');
  });

  it('summarises the procedure from the record', () => {
    const text = textOf(build(templateFor('penalty_decision', '2026-03-20'), decidedSnapshot(), {}));
    expect(text).toContain('本机关于2026年1月20日对你单位使用非卫生技术人员从事医疗卫生技术工作一案立案调查');
    expect(text).toContain('于2026年3月6日向你单位送达了《行政处罚事先告知书》');
    expect(text).toContain('你单位于2026年3月10日进行了陈述、申辩');
  });
});

describe('当场行政处罚决定书', () => {
  it('has remedies, the fifteen days and the party’s receipt', () => {
    const fine = { kinds: ['fine'], labels: ['罚款'], fineFen: 20_000 };
    const t = templateFor('simple_penalty_decision', '2026-03-06');
    const text = textOf(
      build(
        t,
        penaltySnapshot({ proposedPenalty: fine }),
        FULL_INPUTS.simple_penalty_decision,
        '示区卫医当罚〔2026〕1号',
      ),
    );
    expect(t.version).toBe(3);
    expect(text).toContain('示区卫医当罚〔2026〕1号');
    expect(text).toContain('六十日内');
    expect(text).toContain('十五日内');
    expect(text).toContain('人民币200元（大写：贰佰元整）');
    expect(text).toContain('第五十一条');
    expect(text).toContain('当事人（签收）');
  });

  it('since 2024 requires 行政复议 before the court (复议法第二十三条), before then offered both', () => {
    const now = textOf(build(templateFor('simple_penalty_decision', '2026-03-06')));
    expect(now).toContain('对当场作出的行政处罚决定不服的，应当先申请行政复议，不能直接提起行政诉讼');
    expect(now).toContain('《中华人民共和国行政诉讼法》第四十五条');
    expect(now).toContain('自收到行政复议决定书之日起十五日内向示范区人民法院提起行政诉讼');
    expect(now).not.toContain('直接向示范区人民法院提起行政诉讼');
    expect(now).not.toContain('六个月内');
    const before = templateFor('simple_penalty_decision', '2023-06-01');
    expect(before.version).toBe(1);
    const old = textOf(build(before));
    expect(old).toContain('六个月内直接向示范区人民法院提起行政诉讼');
    expect(old).not.toContain('第二十三条');
    expect(now).toContain('行政复议机关逾期不作决定的，可以自复议期满之日起十五日内提起行政诉讼');
    // Version 2 stays in the template's history but is never chosen.
    expect(templateVersions('simple_penalty_decision').map((v) => [v.version, v.effectiveFrom])).toEqual([
      [1, '2021-07-15'],
      [2, '2024-01-01'],
      [3, '2024-01-01'],
    ]);
    expect(templateFor('simple_penalty_decision', '2024-01-01').version).toBe(3);
  });
});

describe('other documents', () => {
  it('询问笔录 tells the interviewee of recusal and prints question and answer lines', () => {
    const text = textOf(build(templateFor('inquiry_record', '2026-01-22')));
    expect(text).toContain('你认为执法人员有上述情形的，有权申请回避');
    expect(text).toContain('问：王某是否取得医师资格？\n答：没有。');
    expect(text).toContain('被询问人（签名）：赵五');
    expect(text).toContain('2026年1月22日14时00分');
  });

  it('责令改正通知书 prints the deadline', () => {
    const text = textOf(build(templateFor('correction_order', '2026-01-16')));
    expect(text).toContain('于2026年1月31日前改正上述违法行为');
  });

  it('查封扣押决定书 states period, thirty-day limit and remedies', () => {
    const text = textOf(build(templateFor('seizure_decision', '2026-01-16')));
    expect(text).toContain('扣押期限自2026年1月16日起至2026年2月14日止');
    expect(text).toContain('不得超过三十日');
    expect(text).toContain('六十日内');
    expect(text).toContain('六个月内');
    expect(text).toContain('高压蒸汽灭菌器 YX-18 1台');
    expect(templateFor('seizure_decision', '2020-01-01').version).toBe(1);
  });

  it('证据先行登记保存决定书 prints the disposal date when computed', () => {
    const s = penaltySnapshot({ deadlines: { preservation_disposal: { due: '2026-01-27', citation: '' } } });
    const text = textOf(build(templateFor('preservation_decision', '2026-01-16'), s));
    expect(text).toContain('七个工作日内（2026年1月27日前）');
    expect(text).toContain('门诊日志 2025年版 1本');
  });

  it('听证通知书 names time, place, host and the recusal right', () => {
    const text = textOf(build(templateFor('hearing_notice', '2026-03-20')));
    expect(text).toContain('定于2026年3月30日上午9时00分在示范区卫生健康委员会听证室');
    expect(text).toContain('由孙六担任主持人，周七担任听证员，吴八担任书记员');
    expect(text).toContain('有权申请回避');
    expect(text).toContain('一至二人代理');
    expect(text).toContain('本次听证公开举行');
  });

  it('催告书 computes the surcharge on the unpaid fine', () => {
    const s = decidedSnapshot({ today: '2026-04-17' });
    const text = textOf(build(templateFor('payment_reminder', s.today), s));
    expect(text).toContain('已逾期10日，应加处罚款人民币9000元（大写：玖仟元整）');
    expect(text).toContain('未缴纳罚款人民币30000元');
    expect(text).toContain('第五十三条、第五十四条');
    const paid = decidedSnapshot({
      today: '2026-04-17',
      record: { ...s.record, payments: [{ paidOn: '2026-04-01', amountFen: 1_000_000 }] },
    });
    expect(textOf(build(templateFor('payment_reminder', s.today), paid))).toContain(
      '仅缴纳人民币10000元，尚欠罚款人民币20000元',
    );
  });

  it('结案报告 prefills the execution from the payments', () => {
    const s = decidedSnapshot({
      record: { ...decidedSnapshot().record, payments: [{ paidOn: '2026-04-01', amountFen: 3_000_000 }] },
    });
    const text = textOf(build(templateFor('closing_report', '2026-04-02'), s, {}));
    expect(text).toContain('当事人于2026年4月1日缴纳罚款人民币30000元。');
    expect(text).toContain('警告，并处罚款人民币30000元（大写：叁万元整）');
  });

  it('addresses a natural person as 你 and prints the ID number', () => {
    const person = {
      role: 'party' as const,
      type: 'person' as const,
      name: '钱九',
      idType: '居民身份证',
      idNumber: '110101199001010012',
      creditCode: null,
      legalRepresentative: null,
      address: '示范区某街1号',
      phone: '13900000000',
      minor: false,
    };
    const text = textOf(
      build(templateFor('penalty_decision', '2026-03-20'), decidedSnapshot({ parties: [person] })),
    );
    expect(text).toContain('居民身份证号码：110101199001010012');
    expect(text).toContain('你的上述行为');
    expect(text).not.toContain('你单位');
  });
});
