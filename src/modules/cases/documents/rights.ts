// C5 the rights notices embedded in enforcement documents (DOMAIN C5, E2 "rights notices in every
// document"): 陈述、申辩, 听证, 回避, 行政复议 (60 days), 行政诉讼 (6 months) and the payment notice with the
// late surcharge. Each is a boxed `notice` block, worded from the statute it cites, with the computed
// deadline dates of the case printed where the snapshot has them.
import type { Block } from '../../../platform/documents/model.ts';
import { amountBoth } from './money.ts';
import { cnDate, orBlank, you } from './parts.ts';
import type { CaseSnapshot } from './template.ts';

type Notice = Extract<Block, { kind: 'notice' }>;

const PENALTY_LAW = '《中华人民共和国行政处罚法》';

export { HEARING_KINDS, hearingEligible, hearingFineThresholdFen } from '../procedures/penalty/hearing.ts';

/** 陈述、申辩 (Arts. 7, 44, 45). The five working days match the hearing request period (a body's practice; the statute sets none). */
export function statementNotice(s: CaseSnapshot): Notice {
  const y = you(s);
  const due = s.deadlines.hearing_request?.due;
  return {
    kind: 'notice',
    title: '陈述、申辩权利告知',
    text:
      `根据${PENALTY_LAW}第七条、第四十四条、第四十五条的规定，${y}享有陈述、申辩的权利，可以自收到本告知书之日起五个工作日内` +
      `${due ? `（截至${cnDate(due)}）` : ''}向本机关提出陈述、申辩意见；逾期未提出的，视为放弃陈述、申辩的权利。` +
      `本机关将充分听取${y}的意见，对提出的事实、理由和证据进行复核，成立的予以采纳，不因${y}陈述、申辩而给予更重的处罚。`,
  };
}

/** 听证 (Arts. 63, 64): requested within five working days of receipt; the computed last day when known. */
export function hearingNotice(s: CaseSnapshot): Notice {
  const y = you(s);
  const due = s.deadlines.hearing_request?.due;
  return {
    kind: 'notice',
    title: '听证权利告知',
    text:
      `根据${PENALTY_LAW}第六十三条、第六十四条的规定，${y}有权要求举行听证。要求听证的，应当自收到本告知书之日起五个工作日内` +
      `${due ? `（截至${cnDate(due)}）` : ''}向本机关提出；逾期未提出的，视为放弃听证的权利。`,
  };
}

/** 回避 (Art. 43). `addressee` is 你 when a person is interviewed on behalf of an organisation. */
export function recusalNotice(s: CaseSnapshot, addressee = you(s)): Notice {
  return {
    kind: 'notice',
    title: '申请回避权利告知',
    text:
      `根据${PENALTY_LAW}第四十三条的规定，执法人员与案件有直接利害关系或者有其他关系可能影响公正执法的，应当回避。` +
      `${addressee}认为执法人员有上述情形的，有权申请回避。`,
  };
}

/** The article of 行政复议法 that sets the 60-day period, by the version in force. */
export interface ReviewLaw {
  /** First day this wording applies. */
  since: string;
  citation: string;
}

/** 行政复议法 (2023年修订, in force 2024-01-01) 第二十条. */
export const REVIEW_LAW_2023: ReviewLaw = {
  since: '2024-01-01',
  citation: '《中华人民共和国行政复议法》第二十条',
};
/** 行政复议法 (1999, amended 2009 and 2017) 第九条, in force until 2023-12-31. */
export const REVIEW_LAW_1999: ReviewLaw = {
  since: '1999-10-01',
  citation: '《中华人民共和国行政复议法》第九条',
};

/** 行政复议: within sixty days of receipt, to the review authority of the body. */
export function reviewNotice(
  s: CaseSnapshot,
  law: ReviewLaw = REVIEW_LAW_2023,
  document = '本决定书',
): Notice {
  return {
    kind: 'notice',
    title: '申请行政复议',
    text: `${you(s)}如不服本决定，可以根据${law.citation}的规定，自收到${document}之日起六十日内向${orBlank(s.body.reviewAuthority)}申请行政复议。`,
  };
}

/** 行政诉讼: within six months of receipt, to the court (行政诉讼法第四十六条). */
export function litigationNotice(s: CaseSnapshot, document = '本决定书'): Notice {
  return {
    kind: 'notice',
    title: '提起行政诉讼',
    text: `${you(s)}也可以根据《中华人民共和国行政诉讼法》第四十六条的规定，自收到${document}之日起六个月内直接向${orBlank(s.body.court)}提起行政诉讼。`,
  };
}

/**
 * 复议前置 (行政复议法 2023 第二十三条第一款第一项): against an on-the-spot penalty the party must apply for
 * 行政复议 first and may sue only against the review decision (行政诉讼法第四十五条: within fifteen days of
 * receiving it); 第二十三条第二款 obliges the body to say so in the decision.
 */
export function reviewFirstNotice(s: CaseSnapshot): Notice {
  return {
    kind: 'notice',
    title: '先申请行政复议',
    text:
      `根据《中华人民共和国行政复议法》第二十三条的规定，对当场作出的行政处罚决定不服的，应当先申请行政复议，不能直接提起行政诉讼。` +
      `${you(s)}对行政复议决定不服的，可以根据《中华人民共和国行政诉讼法》第四十五条的规定，自收到行政复议决定书之日起十五日内向${orBlank(s.body.court)}提起行政诉讼；` +
      `行政复议机关逾期不作决定的，可以自复议期满之日起十五日内提起行政诉讼。`,
  };
}

/**
 * 缴纳罚款 (Art. 67: within fifteen days, at the designated bank or by electronic payment; Art. 72: 3% a day
 * late, capped at the fine, then enforcement through the court since health commissions have no power of
 * compulsory execution).
 */
export function paymentNotice(s: CaseSnapshot, fineFen: number, document = '本决定书'): Notice {
  const y = you(s);
  const due = s.deadlines.payment?.due;
  return {
    kind: 'notice',
    title: '缴纳罚款',
    text:
      `根据${PENALTY_LAW}第六十七条的规定，${y}应当自收到${document}之日起十五日内${due ? `（截至${cnDate(due)}）` : ''}，` +
      `持${document}到${orBlank(s.body.paymentBank)}或者通过电子支付系统缴纳罚款${amountBoth(fineFen)}。` +
      `根据${PENALTY_LAW}第七十二条的规定，到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额；` +
      `${y}在法定期限内不申请行政复议或者提起行政诉讼，又不履行本决定的，本机关将依法申请人民法院强制执行。`,
  };
}
