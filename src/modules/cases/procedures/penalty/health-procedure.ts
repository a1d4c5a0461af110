// C2 《卫生健康行政处罚程序规定》(国家卫生健康委员会令第13号, in force 2025-06-01), which replaced
// 《卫生行政处罚程序》(卫生部令第53号) for 卫生健康、中医药、疾病预防控制 bodies (its Art. 2), as rule data
// with citations: how a decision is served (Arts. 53–57) and the decision period with who approves its
// extension, by the rule in force on the filing date. Articles read from a public copy of the text are
// marked `confirmed`; the decision period of 13号 could not be read, so after 2025-06-01 the period and
// its approver are 行政处罚法第六十条's (90 days, the body's head), configurable per body.

export const HEALTH_RULE = '《卫生健康行政处罚程序规定》';
export const HEALTH_RULE_IN_FORCE = '2025-06-01';
const OLD_RULE = '《卫生行政处罚程序》（卫生部令第53号）';
const PENALTY_LAW = '《中华人民共和国行政处罚法》';

/** How a decision may be served on a health body's party (13号令第四章), each with its article. */
export const SERVICE_RULES = {
  /** Handed over when announced, with a 送达回执; else served within 7 (working) days under the 民事诉讼法. */
  onAnnouncement: {
    citation: `${HEALTH_RULE}第五十三条第二款；${PENALTY_LAW}第六十一条第一款`,
    withinWorkingDays: 7,
    confirmed: true,
  },
  /** Direct service: signed for by the party, an adult family member, the organisation's receiver or an agent. */
  direct: { citation: `${HEALTH_RULE}第五十四条`, confirmed: true },
  /** Refusal: noted on the 送达回执 with witnesses, or the document left and the service photographed or filmed. */
  refusal: {
    citation: `${HEALTH_RULE}第五十五条`,
    recordedBy: ['witness', 'photo', 'video'],
    confirmed: true,
  },
  /** Entrusted to a nearby health body, or by post: the date on the receipt. */
  entrustedOrMail: { citation: `${HEALTH_RULE}第五十六条`, confirmed: true },
  /** Electronic: only with the party's consent and a signed 确认书, recorded by photo, screenshot, audio or video. */
  electronic: {
    citation: `${HEALTH_RULE}第五十七条；${PENALTY_LAW}第六十一条第二款`,
    needs: ['consent', 'signed_confirmation', 'record'],
    confirmed: true,
  },
} as const;

export type ExtensionApprover = 'head' | 'higher_body';

export interface DecisionPeriodRule {
  /** The period from 立案. */
  period: { n: number; unit: 'calendar_days' | 'months' };
  /** Who approves an extension: the body's head (行政处罚法第六十条) or the body above (53号令第二十九条). */
  approver: ExtensionApprover;
  citation: string;
  /** Whether the rule was read from a text of the provision. */
  confirmed: boolean;
}

/**
 * The decision period of a health body's case filed on `filedOn`: 53号令第二十九条 (as amended by
 * 卫政法发〔2006〕68号: three months, extension approved by the higher-level body) before 13号令 came into
 * force; from then 行政处罚法第六十条 (ninety days, the head), unless the body sets another approver.
 */
export function decisionPeriodRule(filedOn: string, approver?: ExtensionApprover): DecisionPeriodRule {
  if (filedOn < HEALTH_RULE_IN_FORCE)
    return {
      period: { n: 3, unit: 'months' },
      approver: approver ?? 'higher_body',
      citation: `${OLD_RULE}第二十九条`,
      confirmed: true,
    };
  return {
    period: { n: 90, unit: 'calendar_days' },
    approver: approver ?? 'head',
    citation: `${PENALTY_LAW}第六十条`,
    confirmed: false,
  };
}

/** The procedure rule a health body's step is governed by on `onDate`. */
export const healthRuleOn = (onDate: string): string =>
  onDate < HEALTH_RULE_IN_FORCE ? OLD_RULE : `${HEALTH_RULE}（国家卫生健康委员会令第13号）`;

/**
 * The citation of the service period of a decision made on `decidedOn`: from 2025-06-01 a health body
 * serves under 13号令第五十三条 beside 行政处罚法第六十一条 (the same 7 days), before it under the statute.
 */
export const serviceCitation = (decidedOn: string): string =>
  decidedOn < HEALTH_RULE_IN_FORCE ? `${PENALTY_LAW}第六十一条` : SERVICE_RULES.onAnnouncement.citation;

/** A computed service deadline, cited by the rule in force on its decision date. */
export const citedServiceDeadline = <T extends { citation: string }>(d: T, decidedOn: string): T => ({
  ...d,
  citation: serviceCitation(decidedOn),
});
