// C5 the penalty decisions (《卫生行政执法文书规范》): 行政处罚决定书 states what 行政处罚法第五十九条 requires —
// the party, the facts and evidence, the kind of penalty and its basis, how and by when to perform it,
// the ways and periods of 行政复议 and 行政诉讼, the body's name, the date and the seal — and
// 当场行政处罚决定书 is the numbered, pre-formatted decision handed over on the spot (Arts. 51, 52).
// Both print the remedies notice, whose 行政复议法 article changed on 2024-01-01, hence two versions. Since
// then an on-the-spot penalty must go to 行政复议 before the court (2023 复议法第二十三条), so that
// decision no longer offers direct litigation.
import {
  REVIEW_LAW_1999,
  REVIEW_LAW_2023,
  litigationNotice,
  paymentNotice,
  reviewFirstNotice,
  reviewNotice,
  type ReviewLaw,
} from '../rights.ts';
import {
  FOOTER_TWO_COPIES,
  PENALTY_LAW_2021,
  cnDate,
  cnDateTime,
  compact,
  datePart,
  evidenceTable,
  factsAfterWhenAndWhere,
  findings,
  numberOf,
  ordinal,
  orBlank,
  partyRows,
  penaltyItems,
  reader,
  recordString,
  sealBlock,
  sentence,
  signatureBlock,
  you,
} from '../parts.ts';
import type { Block } from '../../../../platform/documents/model.ts';
import type { CaseSnapshot, DocumentTemplate, SnapshotPenalty, TemplateInput } from '../template.ts';

const RULES = '《卫生行政执法文书规范》';
const PENALTY_LAW = '《中华人民共和国行政处罚法》';
const NOT_SUSPENDED = '申请行政复议或者提起行政诉讼期间，本决定不停止执行，法律另有规定的除外。';

/** The penalty decided, or on a preview before the decision the one proposed. */
export function decisionPenalty(s: CaseSnapshot): SnapshotPenalty | null {
  return s.decidedPenalty ?? s.proposedPenalty;
}

/** The penalty items as numbered paragraphs (one item: no ordinal). */
function itemParagraphs(p: SnapshotPenalty | null): Block[] {
  const items = penaltyItems(p);
  const list = items.length > 0 ? items : ['（处罚内容未确定）'];
  return list.map((t, i) => ({
    kind: 'paragraph',
    indent: true,
    text: `${list.length > 1 ? ordinal(i) : ''}${t}${i === list.length - 1 ? '。' : '；'}`,
  }));
}

/** How the case got here, from the record: filing, prior notice, statement or hearing. */
export function procedureSummary(s: CaseSnapshot): string {
  const y = you(s);
  const filed = recordString(s, 'filedOn');
  const notified = recordString(s, 'noticeServedOn');
  const parts: string[] = [];
  parts.push(
    filed
      ? `本机关于${cnDate(filed)}对${y}${s.case.cause}一案立案调查`
      : `本机关对${y}${s.case.cause}一案进行了调查`,
  );
  if (notified) parts.push(`于${cnDate(notified)}向${y}送达了《行政处罚事先告知书》`);
  const heard = recordString(s, 'hearingHeldOn');
  const stated = recordString(s, 'statementOn');
  const waived = recordString(s, 'waivedOn');
  if (heard) parts.push(`应${y}的申请于${cnDate(heard)}举行了听证`);
  else if (stated) parts.push(`${y}于${cnDate(stated)}进行了陈述、申辩`);
  else if (waived) parts.push(`${y}于${cnDate(waived)}明确放弃陈述、申辩和听证的权利`);
  return `${parts.join('，')}。`;
}

const DECISION_INPUTS: readonly TemplateInput[] = [
  {
    key: 'procedure',
    label: '案件办理经过',
    kind: 'textarea',
    required: true,
    prefill: procedureSummary,
    maxLength: 3000,
  },
  {
    key: 'facts',
    label: '违法事实（接在“经查明，”之后，不必再写“经查”）',
    kind: 'textarea',
    required: true,
    prefill: (s) => findings(s.case.summary),
    maxLength: 10000,
  },
  {
    key: 'statementReview',
    label: '陈述申辩（听证）意见及采纳情况',
    kind: 'textarea',
    required: false,
    maxLength: 5000,
  },
  {
    key: 'discretion',
    label: '裁量理由',
    kind: 'textarea',
    required: false,
    prefill: (s) => s.case.discretion,
    maxLength: 3000,
  },
];

function penaltyDecision(version: number, effectiveFrom: string, reviewLaw: ReviewLaw): DocumentTemplate {
  return {
    key: 'penalty_decision',
    version,
    effectiveFrom,
    title: '行政处罚决定书',
    nature: '罚',
    kinds: ['penalty'],
    partySigns: false,
    basis: `${RULES}；${PENALTY_LAW}第五十九条、第六十七条、第七十二条、第七十三条；${reviewLaw.citation}；《中华人民共和国行政诉讼法》第四十六条`,
    needs: ['party', 'officers', 'violatedBasis', 'penaltyBasis', 'penalty'],
    inputs: DECISION_INPUTS,
    build(ctx) {
      const s = ctx.snapshot;
      const read = reader(ctx, DECISION_INPUTS);
      const y = you(s);
      const penalty = decisionPenalty(s);
      const fine = penalty?.kinds.includes('fine') ? (penalty.fineFen ?? 0) : 0;
      const review = read('statementReview');
      const discretion = read('discretion');
      const date = recordString(s, 'decidedOn') ?? s.today;
      return {
        issuer: s.body.name,
        title: '行政处罚决定书',
        number: numberOf(ctx),
        blocks: compact([
          { kind: 'fields', rows: partyRows(s) },
          { kind: 'paragraph', indent: true, text: sentence(read('procedure')) },
          { kind: 'paragraph', indent: true, text: `经查明，${sentence(findings(read('facts')))}` },
          s.evidence.length > 0 && { kind: 'paragraph', indent: true, text: '以上事实有下列证据证实：' },
          evidenceTable(s),
          {
            kind: 'paragraph',
            indent: true,
            text: `本机关认为，${y}的上述行为违反了${orBlank(s.case.violatedBasis)}的规定。`,
          },
          review !== '' && { kind: 'paragraph', indent: true, text: sentence(review) },
          {
            kind: 'paragraph',
            indent: true,
            text: `${discretion ? sentence(discretion) : ''}依据${orBlank(s.case.penaltyBasis)}的规定，本机关决定对${y}作出如下行政处罚：`,
          },
          ...itemParagraphs(penalty),
          fine > 0 && paymentNotice(s, fine),
          reviewNotice(s, reviewLaw),
          litigationNotice(s),
          { kind: 'paragraph', indent: true, text: NOT_SUSPENDED },
          // The officers who prepared it sign above the seal; the party's receipt is the 送达回执.
          signatureBlock(ctx, null, date),
          sealBlock(s, date),
        ]),
        footer: FOOTER_TWO_COPIES,
      };
    },
  };
}

/** 行政复议法第九条 (until 2023-12-31). */
export const penaltyDecisionV1 = penaltyDecision(1, PENALTY_LAW_2021, REVIEW_LAW_1999);
/** 行政复议法 (2023年修订) 第二十条. */
export const penaltyDecisionV2 = penaltyDecision(2, REVIEW_LAW_2023.since, REVIEW_LAW_2023);

const SIMPLE_INPUTS: readonly TemplateInput[] = [
  {
    key: 'at',
    label: '违法行为时间',
    kind: 'datetime',
    required: true,
    // Entered once: the violation date given at registration.
    prefill: (s) => recordString(s, 'violationOn') ?? '',
  },
  {
    key: 'place',
    label: '违法行为地点',
    kind: 'text',
    required: true,
    prefill: (s) => s.case.place,
    maxLength: 200,
  },
  {
    key: 'facts',
    label: '违法事实（不含时间地点，接在“你于某时在某地”之后）',
    kind: 'textarea',
    required: true,
    prefill: (s) => factsAfterWhenAndWhere(s.case.summary, s.case.place),
    maxLength: 3000,
  },
  { key: 'statement', label: '当事人陈述申辩意见', kind: 'textarea', required: false, maxLength: 2000 },
];

function simplePenaltyDecision(
  version: number,
  effectiveFrom: string,
  reviewLaw: ReviewLaw,
  reviewFirst: boolean,
): DocumentTemplate {
  return {
    key: 'simple_penalty_decision',
    version,
    effectiveFrom,
    title: '当场行政处罚决定书',
    nature: '当罚',
    kinds: ['penalty'],
    partySigns: true,
    basis: `${RULES}；${PENALTY_LAW}第四十四条、第五十一条、第五十二条、第六十七条、第七十二条；${reviewLaw.citation}${reviewFirst ? '、第二十三条；《中华人民共和国行政诉讼法》第四十五条' : '；《中华人民共和国行政诉讼法》第四十六条'}`,
    needs: ['party', 'officers', 'violatedBasis', 'penaltyBasis', 'penalty'],
    inputs: SIMPLE_INPUTS,
    build(ctx) {
      const s = ctx.snapshot;
      const read = reader(ctx, SIMPLE_INPUTS);
      const y = you(s);
      const penalty = decisionPenalty(s);
      const fine = penalty?.kinds.includes('fine') ? (penalty.fineFen ?? 0) : 0;
      const statement = read('statement');
      const date = datePart(read('at'), recordString(s, 'decidedOn') ?? s.today);
      return {
        issuer: s.body.name,
        title: '当场行政处罚决定书',
        number: numberOf(ctx),
        blocks: compact([
          { kind: 'fields', rows: partyRows(s) },
          {
            kind: 'paragraph',
            indent: true,
            text:
              `执法人员出示执法证件后查明：${y}于${cnDateTime(read('at'))}在${orBlank(read('place'))}${sentence(factsAfterWhenAndWhere(read('facts'), read('place')))}` +
              `${y}的上述行为违反了${orBlank(s.case.violatedBasis)}的规定。`,
          },
          {
            kind: 'paragraph',
            indent: true,
            text: `执法人员已告知${y}拟作出行政处罚的事实、理由和依据，以及${y}依法享有的陈述、申辩权利。${statement ? `${y}的陈述、申辩意见：${sentence(statement)}` : ''}`,
          },
          {
            kind: 'paragraph',
            indent: true,
            text: `依据${orBlank(s.case.penaltyBasis)}和${PENALTY_LAW}第五十一条的规定，当场作出如下行政处罚：`,
          },
          ...itemParagraphs(penalty),
          fine > 0 && paymentNotice(s, fine),
          fine > 0 && {
            kind: 'paragraph',
            indent: true,
            text: '依法当场收缴罚款的，执法人员应当出具财政部门统一制发的专用票据。',
          },
          reviewNotice(s, reviewLaw),
          reviewFirst ? reviewFirstNotice(s) : litigationNotice(s),
          sealBlock(s, date),
          signatureBlock(ctx, '当事人（签收）', date),
        ]),
        footer: '本决定书一式两份，一份当场交付当事人，一份由执法人员报所属行政机关备案。',
      };
    },
  };
}

export const simplePenaltyDecisionV1 = simplePenaltyDecision(1, PENALTY_LAW_2021, REVIEW_LAW_1999, false);
/**
 * Version 2 (from 2024-01-01) still offered direct litigation, which 复议法 2023 第二十三条 no longer allows
 * for an on-the-spot penalty; version 3 replaces it from the same day. Version 2 stays in the history of
 * the template (documents issued with it keep their frozen text) but is never chosen again.
 */
export const simplePenaltyDecisionV2 = simplePenaltyDecision(
  2,
  REVIEW_LAW_2023.since,
  REVIEW_LAW_2023,
  false,
);
export const simplePenaltyDecisionV3 = simplePenaltyDecision(3, REVIEW_LAW_2023.since, REVIEW_LAW_2023, true);
