// B1–B8 data model of the catalogues, shared by the pure rules, the demo catalogue, the database layer
// and the API. Money is integer fen; dates are 'YYYY-MM-DD' (Asia/Shanghai legal dates).

/** B2 levels of legal documents (法律 / 行政法规 / 部门规章 / 地方性法规 / 地方政府规章 / 规范性文件). */
export const LAW_LEVELS = [
  'law',
  'administrative_regulation',
  'department_rule',
  'local_regulation',
  'local_rule',
  'normative_document',
] as const;
export type LawLevel = (typeof LAW_LEVELS)[number];
export const LAW_LEVEL_LABELS: Record<LawLevel, string> = {
  law: '法律',
  administrative_regulation: '行政法规',
  department_rule: '部门规章',
  local_regulation: '地方性法规',
  local_rule: '地方政府规章',
  normative_document: '规范性文件',
};

export interface Article {
  /** Ordinal of the article (第二十四条 → 24); the citation key together with the document code. */
  ordinal: number;
  /** Display number as written in the text, e.g. 第二十四条. */
  number: string;
  text: string;
  /** True when the text could not be verified against the official text and must be checked by a person. */
  needsReview?: boolean;
}

/** One version of a legal document ("立改废": each amendment is a new version with its own dates). */
export interface LegalDocumentVersion {
  /** Stable code of the document across its versions, e.g. 'medical-institutions-regulation'. */
  code: string;
  title: string;
  level: LawLevel;
  issuer: string;
  /** Document number (文号) or the order/decree number, e.g. 国务院令第149号. */
  docNumber: string;
  promulgatedOn: string;
  effectiveOn: string;
  /** Set when this version stopped being in force (amended or repealed). */
  repealedOn: string | null;
  /** Human note on this version, e.g. "2022年3月29日第二次修订". */
  versionNote: string;
  articles: Article[];
}

/** A citation of an article (optionally a paragraph 款 and item 项); resolved to the version in force. */
export interface ArticleRef {
  law: string; // LegalDocumentVersion.code
  article: number; // ordinal
  paragraph?: number;
  item?: number;
}

/** B3 circumstance tiers (裁量阶次). */
export const TIERS = ['none', 'mitigated', 'lighter', 'general', 'heavier'] as const;
export type Tier = (typeof TIERS)[number];
export const TIER_LABELS: Record<Tier, string> = {
  none: '不予处罚',
  mitigated: '减轻处罚',
  lighter: '从轻处罚',
  general: '一般处罚',
  heavier: '从重处罚',
};

/** Kinds of administrative penalty (行政处罚法 Art. 9) as the benchmarks and review rules name them. */
export const PENALTY_KINDS = [
  'warning', // 警告
  'criticism', // 通报批评
  'fine', // 罚款
  'confiscate_income', // 没收违法所得
  'confiscate_property', // 没收非法财物 (药品、器械等)
  'suspend_licence', // 暂扣许可证件
  'lower_qualification', // 降低资质等级
  'revoke_licence', // 吊销许可证件 (执业许可证、医师执业证书…)
  'restrict_activity', // 限制开展生产经营活动
  'order_suspension', // 责令停产停业
  'order_closure', // 责令关闭
  'restrict_employment', // 限制从业
  'detention', // 行政拘留 (公安机关; kept for completeness)
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];
export const PENALTY_LABELS: Record<PenaltyKind, string> = {
  warning: '警告',
  criticism: '通报批评',
  fine: '罚款',
  confiscate_income: '没收违法所得',
  confiscate_property: '没收非法财物',
  suspend_licence: '暂扣许可证件',
  lower_qualification: '降低资质等级',
  revoke_licence: '吊销许可证件',
  restrict_activity: '限制开展生产经营活动',
  order_suspension: '责令停产停业',
  order_closure: '责令关闭',
  restrict_employment: '限制从业',
  detention: '行政拘留',
};

/**
 * A fine range: fixed bounds, or a multiple of illegal income / goods value. Statutes often say
 * "违法所得N倍以上M倍以下；没有违法所得或者违法所得不足X元的，处A元以上B元以下" — that is `multiple`
 * with `fallback` applying when the base is absent or below `fallbackBelowFen`.
 */
export type FineRule =
  | { kind: 'fixed'; minFen: number; maxFen: number }
  | {
      kind: 'multiple';
      base: 'illegal_income' | 'goods_value';
      minMultiple: number;
      maxMultiple: number;
      fallback?: { belowFen: number; minFen: number; maxFen: number };
    };

export interface TierRule {
  tier: Tier;
  /** The circumstances (情形) that put a case in this tier, as published. */
  conditions: string[];
  /** Penalties applied in this tier, besides the fine; 'fine' listed when a fine applies. */
  penalties: PenaltyKind[];
  fine: FineRule | null;
  note?: string;
}

/** B3 one benchmark entry: a violation with its articles and its tiers. */
export interface DiscretionBenchmark {
  code: string;
  violation: string; // 违法行为
  category: string; // field, e.g. 医疗卫生 / 公共场所卫生 / 生活饮用水 / 传染病防治 / 职业卫生 / 放射卫生
  violatedArticles: ArticleRef[];
  penaltyArticles: ArticleRef[];
  tiers: TierRule[];
}

/** Facts of a case used to compute a range. Money in fen. */
export interface CaseFacts {
  illegalIncomeFen?: number | null;
  goodsValueFen?: number | null;
}

/** A proposed penalty checked against the range (B3; outside the range → reason required and review D1). */
export interface ProposedPenalty {
  penalties: PenaltyKind[];
  fineFen: number | null;
}

/** B6 legal-review catalogue: data rules a body configures without code. All conditions of a rule must hold. */
export type ReviewCondition =
  | { kind: 'procedure'; procedure: 'general' } // every penalty under the general procedure (一案一卷一审)
  | { kind: 'category'; anyOf: string[] } // enforcement categories: licensing, penalty, compulsory, inspection, levy, other
  | { kind: 'penalty_kind'; anyOf: PenaltyKind[] }
  | { kind: 'fine_at_least'; partyType: 'person' | 'organisation'; fen: number }
  | { kind: 'confiscation_at_least'; fen: number } // 没收违法所得 + 没收非法财物 value
  | { kind: 'hearing_held' }
  | { kind: 'outside_benchmark' }
  | { kind: 'flag'; flag: ReviewFlag };

export const REVIEW_FLAGS = [
  'major_public_interest',
  'major_social_impact',
  'complex_legal_relations',
  'several_legal_relations',
  'major_rights_after_hearing',
  'suspected_crime',
  'other_law',
] as const;
export type ReviewFlag = (typeof REVIEW_FLAGS)[number];
export const REVIEW_FLAG_LABELS: Record<ReviewFlag, string> = {
  major_public_interest: '涉及重大公共利益',
  major_social_impact: '可能造成重大社会影响或者引发社会风险',
  complex_legal_relations: '案件情况疑难复杂',
  several_legal_relations: '涉及多个法律关系',
  major_rights_after_hearing: '直接关系当事人或者第三人重大权益，经过听证程序',
  suspected_crime: '涉嫌犯罪需移送司法机关',
  other_law: '法律、法规规定应当进行法制审核的其他情形',
};

export interface ReviewRule {
  code: string;
  description: string; // shown as the reason when it applies
  basis: string; // e.g. 行政处罚法第五十八条 / 本机关重大执法决定法制审核目录
  conditions: ReviewCondition[];
}

/** What the review evaluation sees of a proposed decision. */
export interface DecisionFacts {
  category: string;
  procedure: 'simple' | 'general' | null;
  partyType: 'person' | 'organisation';
  penalties: PenaltyKind[];
  fineFen: number | null;
  confiscationFen: number | null;
  hearingHeld: boolean;
  outsideBenchmark: boolean;
  flags: ReviewFlag[];
}
