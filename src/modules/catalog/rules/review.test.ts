// B6/D1 legal-review evaluator: every condition kind, the default catalogue on typical decisions, and
// validation of rules a body edits.
import { describe, expect, it } from 'vitest';
import { REVIEW_FLAGS, type DecisionFacts, type ReviewCondition, type ReviewRule } from '../model.ts';
import { DEFAULT_REVIEW_RULES, evaluateReview, validateReviewRule, validateReviewRules } from './review.ts';

const YUAN = 100;

/** A simple-procedure warning to a person: nothing that calls for review. */
const BASE: DecisionFacts = {
  category: 'penalty',
  procedure: 'simple',
  partyType: 'person',
  penalties: ['warning'],
  fineFen: null,
  confiscationFen: null,
  hearingHeld: false,
  outsideBenchmark: false,
  flags: [],
};

function facts(over: Partial<DecisionFacts>): DecisionFacts {
  return { ...BASE, ...over };
}

function rule(...conditions: ReviewCondition[]): ReviewRule {
  return { code: 'r', description: '测试规则', basis: '测试依据', conditions };
}

function holds(condition: ReviewCondition, f: DecisionFacts): boolean {
  return evaluateReview([rule(condition)], f).required;
}

function codes(f: DecisionFacts, rules: ReviewRule[] = DEFAULT_REVIEW_RULES): string[] {
  return evaluateReview(rules, f).reasons.map((r) => r.ruleCode);
}

describe('evaluateReview: conditions', () => {
  it('procedure general: only the general procedure', () => {
    const c: ReviewCondition = { kind: 'procedure', procedure: 'general' };
    expect(holds(c, facts({ procedure: 'general' }))).toBe(true);
    expect(holds(c, facts({ procedure: 'simple' }))).toBe(false);
    expect(holds(c, facts({ procedure: null }))).toBe(false);
  });

  it('category: any of the listed categories', () => {
    const c: ReviewCondition = { kind: 'category', anyOf: ['penalty', 'compulsory'] };
    expect(holds(c, facts({ category: 'penalty' }))).toBe(true);
    expect(holds(c, facts({ category: 'compulsory' }))).toBe(true);
    expect(holds(c, facts({ category: 'licensing' }))).toBe(false);
  });

  it('penalty_kind: any proposed penalty among the listed ones', () => {
    const c: ReviewCondition = { kind: 'penalty_kind', anyOf: ['revoke_licence', 'order_closure'] };
    expect(holds(c, facts({ penalties: ['warning', 'order_closure'] }))).toBe(true);
    expect(holds(c, facts({ penalties: ['revoke_licence'] }))).toBe(true);
    expect(holds(c, facts({ penalties: ['warning', 'fine'] }))).toBe(false);
    expect(holds(c, facts({ penalties: [] }))).toBe(false);
  });

  it('fine_at_least: at or above the threshold, for the condition’s party type only', () => {
    const c: ReviewCondition = { kind: 'fine_at_least', partyType: 'person', fen: 1_000_000 };
    expect(holds(c, facts({ fineFen: 1_000_000 }))).toBe(true);
    expect(holds(c, facts({ fineFen: 1_000_001 }))).toBe(true);
    expect(holds(c, facts({ fineFen: 999_999 }))).toBe(false);
    expect(holds(c, facts({ fineFen: null }))).toBe(false);
    expect(holds(c, facts({ fineFen: 99_000_000, partyType: 'organisation' }))).toBe(false);
    const org: ReviewCondition = { kind: 'fine_at_least', partyType: 'organisation', fen: 10_000_000 };
    expect(holds(org, facts({ fineFen: 10_000_000, partyType: 'organisation' }))).toBe(true);
    expect(holds(org, facts({ fineFen: 10_000_000, partyType: 'person' }))).toBe(false);
  });

  it('fine_at_least with a zero threshold holds for any fine, not for no fine', () => {
    const c: ReviewCondition = { kind: 'fine_at_least', partyType: 'person', fen: 0 };
    expect(holds(c, facts({ fineFen: 0 }))).toBe(true);
    expect(holds(c, facts({ fineFen: null }))).toBe(false);
  });

  it('confiscation_at_least: the confiscated value at or above the threshold', () => {
    const c: ReviewCondition = { kind: 'confiscation_at_least', fen: 10_000_000 };
    expect(holds(c, facts({ confiscationFen: 10_000_000 }))).toBe(true);
    expect(holds(c, facts({ confiscationFen: 9_999_999 }))).toBe(false);
    expect(holds(c, facts({ confiscationFen: null }))).toBe(false);
    expect(holds(c, facts({ confiscationFen: 10_000_000, partyType: 'organisation' }))).toBe(true);
  });

  it('hearing_held', () => {
    expect(holds({ kind: 'hearing_held' }, facts({ hearingHeld: true }))).toBe(true);
    expect(holds({ kind: 'hearing_held' }, facts({ hearingHeld: false }))).toBe(false);
  });

  it('outside_benchmark', () => {
    expect(holds({ kind: 'outside_benchmark' }, facts({ outsideBenchmark: true }))).toBe(true);
    expect(holds({ kind: 'outside_benchmark' }, facts({ outsideBenchmark: false }))).toBe(false);
  });

  it.each(REVIEW_FLAGS)('flag %s', (flag) => {
    expect(holds({ kind: 'flag', flag }, facts({ flags: [flag] }))).toBe(true);
    expect(holds({ kind: 'flag', flag }, facts({ flags: REVIEW_FLAGS.filter((f) => f !== flag) }))).toBe(
      false,
    );
    expect(holds({ kind: 'flag', flag }, facts({ flags: [] }))).toBe(false);
  });

  it('a rule applies only when all of its conditions hold', () => {
    const r = rule(
      { kind: 'category', anyOf: ['penalty'] },
      { kind: 'procedure', procedure: 'general' },
      { kind: 'hearing_held' },
    );
    expect(evaluateReview([r], facts({ procedure: 'general', hearingHeld: true })).required).toBe(true);
    expect(evaluateReview([r], facts({ procedure: 'general' })).required).toBe(false);
    expect(
      evaluateReview([r], facts({ procedure: 'general', hearingHeld: true, category: 'licensing' })).required,
    ).toBe(false);
  });

  it('a rule without conditions never applies', () => {
    expect(evaluateReview([rule()], BASE)).toEqual({ required: false, reasons: [] });
  });

  it('an unknown condition kind from storage does not hold', () => {
    expect(evaluateReview([rule({ kind: 'moon_phase' } as never)], BASE).required).toBe(false);
    expect(
      evaluateReview(
        [rule({ kind: 'hearing_held' }, { kind: 'moon_phase' } as never)],
        facts({ hearingHeld: true }),
      ).required,
    ).toBe(false);
  });

  it('gives every applying rule as a reason, in catalogue order', () => {
    const rules: ReviewRule[] = [
      { code: 'b', description: '听证', basis: '依据 B', conditions: [{ kind: 'hearing_held' }] },
      { code: 'a', description: '超出基准', basis: '依据 A', conditions: [{ kind: 'outside_benchmark' }] },
      {
        code: 'c',
        description: '吊销',
        basis: '依据 C',
        conditions: [{ kind: 'penalty_kind', anyOf: ['revoke_licence'] }],
      },
    ];
    expect(evaluateReview(rules, facts({ hearingHeld: true, outsideBenchmark: true }))).toEqual({
      required: true,
      reasons: [
        { ruleCode: 'b', description: '听证', basis: '依据 B' },
        { ruleCode: 'a', description: '超出基准', basis: '依据 A' },
      ],
    });
    expect(evaluateReview([], facts({ hearingHeld: true }))).toEqual({ required: false, reasons: [] });
  });
});

describe('DEFAULT_REVIEW_RULES', () => {
  it('is a valid catalogue with unique codes', () => {
    expect(validateReviewRules(DEFAULT_REVIEW_RULES)).toEqual([]);
  });

  it('holds the expected rules in order', () => {
    expect(DEFAULT_REVIEW_RULES.map((r) => r.code)).toEqual([
      'flag-major-public-interest',
      'flag-major-rights-after-hearing',
      'flag-complex-legal-relations',
      'flag-several-legal-relations',
      'flag-other-law',
      'flag-major-social-impact',
      'flag-suspected-crime',
      'fine-person-10000',
      'fine-organisation-100000',
      'confiscation-100000',
      'revoke-licence',
      'suspension-closure',
      'hearing-held',
      'outside-benchmark',
      'general-procedure',
    ]);
  });

  it('has one rule per review flag', () => {
    const flags = DEFAULT_REVIEW_RULES.flatMap((r) => r.conditions).flatMap((c) =>
      c.kind === 'flag' ? [c.flag] : [],
    );
    expect([...flags].sort()).toEqual([...REVIEW_FLAGS].sort());
  });

  it('simple-procedure warning → not required', () => {
    expect(evaluateReview(DEFAULT_REVIEW_RULES, BASE)).toEqual({ required: false, reasons: [] });
  });

  it('simple-procedure fine of 200 yuan → not required', () => {
    expect(
      evaluateReview(DEFAULT_REVIEW_RULES, facts({ penalties: ['fine'], fineFen: 200 * YUAN })).required,
    ).toBe(false);
  });

  it('general-procedure fine of 500 yuan → required by 一案一卷一审 only', () => {
    expect(
      evaluateReview(
        DEFAULT_REVIEW_RULES,
        facts({ procedure: 'general', penalties: ['warning', 'fine'], fineFen: 500 * YUAN }),
      ),
    ).toEqual({
      required: true,
      reasons: [
        {
          ruleCode: 'general-procedure',
          description: '适用普通程序的行政处罚案件（一案一卷一审）',
          basis: '本机关重大执法决定法制审核目录（机关选项，默认启用）',
        },
      ],
    });
  });

  it('revocation → required, by the revocation rule and 一案一卷一审', () => {
    const r = evaluateReview(
      DEFAULT_REVIEW_RULES,
      facts({
        procedure: 'general',
        partyType: 'organisation',
        penalties: ['fine', 'revoke_licence'],
        fineFen: 5_000 * YUAN,
      }),
    );
    expect(r).toEqual({
      required: true,
      reasons: [
        {
          ruleCode: 'revoke-licence',
          description: '吊销许可证件或者降低资质等级',
          basis: '本机关重大执法决定法制审核目录',
        },
        {
          ruleCode: 'general-procedure',
          description: '适用普通程序的行政处罚案件（一案一卷一审）',
          basis: '本机关重大执法决定法制审核目录（机关选项，默认启用）',
        },
      ],
    });
  });

  it('fine thresholds: 10,000 yuan for a person, 100,000 yuan for an organisation, bounds included', () => {
    const general = { procedure: 'general' as const, penalties: ['fine' as const] };
    expect(codes(facts({ ...general, fineFen: 10_000 * YUAN }))).toEqual([
      'fine-person-10000',
      'general-procedure',
    ]);
    expect(codes(facts({ ...general, fineFen: 10_000 * YUAN - 1 }))).toEqual(['general-procedure']);
    expect(codes(facts({ ...general, partyType: 'organisation', fineFen: 10_000 * YUAN }))).toEqual([
      'general-procedure',
    ]);
    expect(codes(facts({ ...general, partyType: 'organisation', fineFen: 100_000 * YUAN - 1 }))).toEqual([
      'general-procedure',
    ]);
    expect(codes(facts({ ...general, partyType: 'organisation', fineFen: 100_000 * YUAN }))).toEqual([
      'fine-organisation-100000',
      'general-procedure',
    ]);
  });

  it('large confiscation: 100,000 yuan and above', () => {
    const general = { procedure: 'general' as const, penalties: ['confiscate_income' as const] };
    expect(codes(facts({ ...general, confiscationFen: 100_000 * YUAN }))).toEqual([
      'confiscation-100000',
      'general-procedure',
    ]);
    expect(codes(facts({ ...general, confiscationFen: 100_000 * YUAN - 1 }))).toEqual(['general-procedure']);
  });

  it('责令停产停业, 责令关闭 and 限制从业', () => {
    for (const p of ['order_suspension', 'order_closure', 'restrict_employment'] as const) {
      expect(codes(facts({ procedure: 'general', penalties: [p] }))).toEqual([
        'suspension-closure',
        'general-procedure',
      ]);
    }
    expect(codes(facts({ procedure: 'general', penalties: ['lower_qualification'] }))).toEqual([
      'revoke-licence',
      'general-procedure',
    ]);
  });

  it('a heavy penalty after a hearing, outside the benchmark, with Art. 58 flags', () => {
    const r = evaluateReview(
      DEFAULT_REVIEW_RULES,
      facts({
        procedure: 'general',
        partyType: 'organisation',
        penalties: ['order_suspension', 'fine'],
        fineFen: 200_000 * YUAN,
        hearingHeld: true,
        outsideBenchmark: true,
        flags: ['major_public_interest', 'major_rights_after_hearing'],
      }),
    );
    expect(r.reasons.map((x) => [x.ruleCode, x.basis])).toEqual([
      ['flag-major-public-interest', '《中华人民共和国行政处罚法》第五十八条第一款第一项'],
      ['flag-major-rights-after-hearing', '《中华人民共和国行政处罚法》第五十八条第一款第二项'],
      ['fine-organisation-100000', '本机关重大执法决定法制审核目录（默认金额，可调整）'],
      ['suspension-closure', '本机关重大执法决定法制审核目录'],
      [
        'hearing-held',
        '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）',
      ],
      ['outside-benchmark', '本机关重大执法决定法制审核目录；本机关行政处罚裁量基准适用规则'],
      ['general-procedure', '本机关重大执法决定法制审核目录（机关选项，默认启用）'],
    ]);
  });

  it.each([
    ['major_public_interest', 'flag-major-public-interest', '涉及重大公共利益'],
    ['major_social_impact', 'flag-major-social-impact', '可能造成重大社会影响或者引发社会风险'],
    ['complex_legal_relations', 'flag-complex-legal-relations', '案件情况疑难复杂'],
    ['several_legal_relations', 'flag-several-legal-relations', '涉及多个法律关系'],
    [
      'major_rights_after_hearing',
      'flag-major-rights-after-hearing',
      '直接关系当事人或者第三人重大权益，经过听证程序',
    ],
    ['suspected_crime', 'flag-suspected-crime', '涉嫌犯罪需移送司法机关'],
    ['other_law', 'flag-other-law', '法律、法规规定应当进行法制审核的其他情形'],
  ] as const)('flag %s fires %s on any category, even without a procedure', (flag, code, description) => {
    const r = evaluateReview(
      DEFAULT_REVIEW_RULES,
      facts({ category: 'licensing', procedure: null, penalties: [], flags: [flag] }),
    );
    expect(r.required).toBe(true);
    expect(r.reasons).toHaveLength(1);
    expect(r.reasons[0]).toMatchObject({ ruleCode: code, description });
  });

  it('a general procedure outside 行政处罚 does not trigger 一案一卷一审', () => {
    expect(codes(facts({ category: 'compulsory', procedure: 'general', penalties: [] }))).toEqual([]);
  });

  it('outside the benchmark triggers review even under the simple procedure', () => {
    expect(codes(facts({ outsideBenchmark: true }))).toEqual(['outside-benchmark']);
  });

  it('a body can turn 一案一卷一审 off by removing its rule', () => {
    const rules = DEFAULT_REVIEW_RULES.filter((r) => r.code !== 'general-procedure');
    expect(
      evaluateReview(rules, facts({ procedure: 'general', penalties: ['fine'], fineFen: 500 * YUAN }))
        .required,
    ).toBe(false);
  });
});

describe('validateReviewRule', () => {
  it('accepts a sound rule', () => {
    expect(
      validateReviewRule({
        code: 'x',
        description: '说明',
        basis: '依据',
        conditions: [{ kind: 'fine_at_least', partyType: 'person', fen: 0 }],
      }),
    ).toEqual([]);
  });

  it('refuses missing text and empty conditions', () => {
    expect(validateReviewRule({ code: '', description: ' ', basis: '', conditions: [] })).toEqual([
      '缺少规则编码',
      '缺少规则说明',
      '缺少审核依据',
      '至少需要一个条件',
    ]);
    expect(
      validateReviewRule({ code: 'x', description: 'd', basis: 'b', conditions: undefined as never }),
    ).toEqual(['至少需要一个条件']);
  });

  it('refuses negative, fractional or non-numeric amounts', () => {
    const bad = (c: unknown) => validateReviewRule(rule(c as ReviewCondition));
    expect(bad({ kind: 'fine_at_least', partyType: 'person', fen: -1 })).toEqual([
      '条件 1：罚款金额必须是不小于零的整数（单位：分）',
    ]);
    expect(bad({ kind: 'fine_at_least', partyType: 'person', fen: 100.5 })).toEqual([
      '条件 1：罚款金额必须是不小于零的整数（单位：分）',
    ]);
    expect(bad({ kind: 'fine_at_least', partyType: 'person', fen: '10000' })).toEqual([
      '条件 1：罚款金额必须是不小于零的整数（单位：分）',
    ]);
    expect(bad({ kind: 'confiscation_at_least', fen: -100 })).toEqual([
      '条件 1：没收金额必须是不小于零的整数（单位：分）',
    ]);
    expect(bad({ kind: 'fine_at_least', partyType: 'company', fen: 1 })).toEqual([
      '条件 1：当事人类型必须是“公民”或“法人或者其他组织”',
    ]);
  });

  it('refuses unknown kinds and values', () => {
    const bad = (c: unknown) => validateReviewRule(rule(c as ReviewCondition));
    expect(bad({ kind: 'moon_phase' })).toEqual(['条件 1：类型未知：moon_phase']);
    expect(bad(null)).toEqual(['条件 1：不是有效的条件']);
    expect(bad({ kind: 'flag', flag: 'vip' })).toEqual(['条件 1：情形未知：vip']);
    expect(bad({ kind: 'penalty_kind', anyOf: ['warning', 'flogging'] })).toEqual([
      '条件 1：含未知的处罚种类：flogging',
    ]);
    expect(bad({ kind: 'penalty_kind', anyOf: [] })).toEqual(['条件 1：至少需要一个处罚种类']);
    expect(bad({ kind: 'category', anyOf: ['penalty', '处罚'] })).toEqual(['条件 1：含未知的执法类别：处罚']);
    expect(bad({ kind: 'category' })).toEqual(['条件 1：至少需要一个执法类别']);
    expect(bad({ kind: 'procedure', procedure: 'simple' })).toEqual(['条件 1：程序只能是“普通程序”']);
  });

  it('accepts the parameterless kinds and numbers conditions from 1', () => {
    expect(validateReviewRule(rule({ kind: 'hearing_held' }, { kind: 'outside_benchmark' }))).toEqual([]);
    expect(
      validateReviewRule(rule({ kind: 'hearing_held' }, { kind: 'flag', flag: 'nope' as never })),
    ).toEqual(['条件 2：情形未知：nope']);
  });

  it('refuses thresholds for both party types in one rule, which could never hold', () => {
    expect(
      validateReviewRule(
        rule(
          { kind: 'fine_at_least', partyType: 'person', fen: 1 },
          { kind: 'fine_at_least', partyType: 'organisation', fen: 1 },
        ),
      ),
    ).toEqual(['条件互相矛盾：同一规则不能同时要求公民和法人或者其他组织的罚款金额']);
  });
});

describe('validateReviewRules', () => {
  it('prefixes problems with the rule code and reports duplicate codes', () => {
    const rules: ReviewRule[] = [
      { code: 'a', description: 'd', basis: 'b', conditions: [{ kind: 'hearing_held' }] },
      { code: 'a', description: 'd', basis: 'b', conditions: [] },
      { code: '', description: 'd', basis: 'b', conditions: [{ kind: 'hearing_held' }] },
    ];
    expect(validateReviewRules(rules)).toEqual([
      '规则 a：至少需要一个条件',
      '规则编码重复：a',
      '规则 （无编码）：缺少规则编码',
    ]);
  });
});
