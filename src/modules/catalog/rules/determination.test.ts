import { describe, expect, it } from 'vitest';
import type { DecisionFacts, ReviewRule } from '../model.ts';
import { DEFAULT_REVIEW_RULES } from './review.ts';
import { determineReview, oneCaseOneReview, redetermine, type DeterminationInput } from './determination.ts';

const facts = (over: Partial<DecisionFacts> = {}): DecisionFacts => ({
  category: 'penalty',
  procedure: 'general',
  partyType: 'organisation',
  penalties: ['warning'],
  fineFen: null,
  confiscationFen: null,
  hearingHeld: false,
  outsideBenchmark: false,
  flags: [],
  ...over,
});
/** The default catalogue without its 一案一卷一审 rule: the option off. */
const OPTION_OFF = DEFAULT_REVIEW_RULES.filter((r) => r.code !== 'general-procedure');
const input = (f: Partial<DecisionFacts>, over: Partial<DeterminationInput> = {}): DeterminationInput => ({
  rules: OPTION_OFF,
  facts: facts(f),
  ...over,
});
const ON = { rules: DEFAULT_REVIEW_RULES };
const codes = (i: DeterminationInput) => determineReview(i).reasons.map((r) => r.code);

describe('review determination (D1)', () => {
  it('a warning under the general procedure, option off, needs no review', () => {
    expect(determineReview(input({}))).toEqual({ required: false, reasons: [] });
  });

  it('一案一卷一审 (on by default for bodies) reviews every general-procedure penalty, not simple ones or permits', () => {
    expect(determineReview(input({}, ON))).toEqual({
      required: true,
      reasons: [expect.objectContaining({ code: 'general-procedure', source: 'option' })],
    });
    expect(codes(input({ procedure: 'simple' }, ON))).toEqual([]);
    expect(codes(input({ category: 'licensing', procedure: null }, ON))).toEqual([]);
  });

  it('the option is on with the default catalogue and off once the body retires its procedure rule', () => {
    expect(oneCaseOneReview(DEFAULT_REVIEW_RULES)).toBe(true);
    expect(oneCaseOneReview(OPTION_OFF)).toBe(false);
    expect(oneCaseOneReview([])).toBe(false);
    // The rule stands for the option, in the body's words.
    expect(determineReview(input({}, ON)).reasons).toEqual([
      {
        code: 'general-procedure',
        description: '适用普通程序的行政处罚案件（一案一卷一审）',
        basis: '本机关重大执法决定法制审核目录（机关选项，默认启用）',
        source: 'option',
      },
    ]);
  });

  describe('行政处罚法第五十八条, whatever the catalogue says', () => {
    it.each([
      ['major_public_interest', 'art58-1', '第一项'],
      ['complex_legal_relations', 'art58-3', '第三项'],
      ['several_legal_relations', 'art58-3', '第三项'],
      ['other_law', 'art58-4', '第四项'],
    ] as const)('%s → %s', (flag, code, item) => {
      for (const rules of [OPTION_OFF, []]) {
        const d = determineReview(input({ flags: [flag] }, { rules }));
        expect(d.reasons.map((r) => r.code)).toEqual([code]);
        expect(d.reasons[0]!.basis).toBe(`《中华人民共和国行政处罚法》第五十八条第一款${item}`);
        expect(d.reasons[0]!.source).toBe('statute');
      }
    });

    it('item 二 needs both the major interest and a hearing held — so it can first appear before the decision', () => {
      expect(codes(input({ flags: ['major_rights_after_hearing'] }, { rules: [] }))).toEqual([]);
      expect(codes(input({ hearingHeld: true }, { rules: [] }))).toEqual([]);
      expect(
        codes(input({ flags: ['major_rights_after_hearing'], hearingHeld: true }, { rules: [] })),
      ).toEqual(['art58-2']);
    });

    it('a proposal outside the discretion benchmark needs review', () => {
      expect(codes(input({ outsideBenchmark: true }, { rules: [] }))).toEqual(['outside-benchmark']);
      expect(codes(input({ outsideBenchmark: true }))).toEqual(['outside-benchmark']);
    });
  });

  describe('the catalogue (B6) at its thresholds', () => {
    it('fine for a person: 9,999.99 yuan no, 10,000 yuan yes; the organisation threshold does not apply to a person', () => {
      expect(codes(input({ partyType: 'person', penalties: ['fine'], fineFen: 999_999 }))).toEqual([]);
      expect(codes(input({ partyType: 'person', penalties: ['fine'], fineFen: 1_000_000 }))).toEqual([
        'fine-person-10000',
      ]);
      expect(codes(input({ partyType: 'person', penalties: ['fine'], fineFen: 10_000_000 }))).toEqual([
        'fine-person-10000',
      ]);
    });

    it('fine for an organisation: 99,999.99 yuan no, 100,000 yuan yes', () => {
      expect(codes(input({ penalties: ['fine'], fineFen: 9_999_999 }))).toEqual([]);
      expect(codes(input({ penalties: ['fine'], fineFen: 10_000_000 }))).toEqual([
        'fine-organisation-100000',
      ]);
    });

    it('confiscation: 99,999.99 yuan no, 100,000 yuan yes', () => {
      expect(codes(input({ confiscationFen: 9_999_999 }))).toEqual([]);
      expect(codes(input({ confiscationFen: 10_000_000 }))).toEqual(['confiscation-100000']);
    });

    it.each([
      ['revoke_licence', 'revoke-licence'],
      ['lower_qualification', 'revoke-licence'],
      ['order_suspension', 'suspension-closure'],
      ['order_closure', 'suspension-closure'],
      ['restrict_employment', 'suspension-closure'],
    ] as const)('penalty kind %s → %s', (kind, code) => {
      expect(codes(input({ penalties: ['warning', kind] }))).toEqual([code]);
    });

    it('hearing held, social impact and suspected crime come from the catalogue', () => {
      expect(codes(input({ hearingHeld: true }))).toEqual(['hearing-held']);
      expect(codes(input({ flags: ['major_social_impact'] }))).toEqual(['flag-major-social-impact']);
      expect(codes(input({ flags: ['suspected_crime'] }))).toEqual(['flag-suspected-crime']);
    });

    it('a body’s own rule (every 行政强制 decision) applies, by category alone', () => {
      const own: ReviewRule = {
        code: 'all-coercion',
        description: '全部行政强制决定',
        basis: '本机关目录',
        conditions: [{ kind: 'category', anyOf: ['compulsory'] }],
      };
      expect(
        codes(input({ category: 'compulsory', procedure: null, penalties: [] }, { rules: [own] })),
      ).toEqual(['all-coercion']);
      expect(codes(input({}, { rules: [own] }))).toEqual([]);
    });

    it('lists every applying reason: statute first, then the catalogue in its order', () => {
      const d = determineReview(
        input(
          {
            penalties: ['fine', 'revoke_licence'],
            fineFen: 20_000_000,
            flags: ['major_public_interest'],
            outsideBenchmark: true,
          },
          ON,
        ),
      );
      expect(d.reasons.map((r) => [r.code, r.source])).toEqual([
        ['art58-1', 'statute'],
        ['outside-benchmark', 'statute'],
        ['fine-organisation-100000', 'catalogue'],
        ['revoke-licence', 'catalogue'],
        ['general-procedure', 'option'],
      ]);
      expect(d.reasons.every((r) => r.basis.length > 0 && r.description.length > 0)).toBe(true);
    });
  });

  describe('again before the decision', () => {
    it('adds what became true since (a hearing held), and stays required once it was', () => {
      const atClose = determineReview(input({ flags: ['major_rights_after_hearing'] }, { rules: [] }));
      expect(atClose.required).toBe(false);
      const now = determineReview(
        input({ flags: ['major_rights_after_hearing'], hearingHeld: true }, { rules: [] }),
      );
      const again = redetermine(atClose, now);
      expect(again.required).toBe(true);
      expect(again.newReasons.map((r) => r.code)).toEqual(['art58-2']);

      const wasRequired = determineReview(input({ outsideBenchmark: true }, { rules: [] }));
      const nothingNow = determineReview(input({}, { rules: [] }));
      expect(redetermine(wasRequired, nothingNow)).toMatchObject({ required: true, newReasons: [] });
      expect(redetermine(wasRequired, nothingNow).reasons.map((r) => r.code)).toEqual(['outside-benchmark']);
    });
  });
});
