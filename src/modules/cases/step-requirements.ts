// C2, C5, C7 全过程记录: the document each step of a procedure issues or requires, and the evidence it
// rests on, as data — one row per step, with the 《卫生行政执法文书规范》 document and the article that
// requires it. A step is refused (422, the row's code and citation, the missing item named) while the case
// lacks what its row asks for; the document may be issued in the same transaction as the step
// (POST /cases/:id/actions with `document`). Pure: the service reads the case's documents and evidence.
import type { CaseKind } from './machine.ts';

const RULES = '《卫生行政执法文书规范》';
const PENALTY_LAW = '《中华人民共和国行政处罚法》';
const COERCION_LAW = '《中华人民共和国行政强制法》';
const PERMIT_LAW = '《中华人民共和国行政许可法》';
const HEALTH_RULE = '《卫生健康行政处罚程序规定》';

/** One document a step needs: any of `templates` (template keys), served on the party when `served`. */
export interface DocumentNeed {
  templates: readonly string[];
  /** The Chinese name of the document, for the refusal. */
  title: string;
  /**
   * Served: the party signed it or the refusal was noted on it (当场交付), or a 送达回执 was issued on or
   * after it.
   */
  served?: boolean;
}

type Record_ = Readonly<Record<string, unknown>>;

export interface StepRequirement {
  kind: CaseKind;
  action: string;
  documents: readonly DocumentNeed[];
  /** At least this many evidence items on the case (行政处罚法第四十条: no penalty without facts proven). */
  evidence?: number;
  /** The row applies only when this holds of the action (e.g. a service other than electronic). */
  when?: (action: Record_) => boolean;
  citation: string;
}

const receipt: DocumentNeed = { templates: ['service_receipt'], title: '送达回执' };
const siteRecord: DocumentNeed = { templates: ['site_record'], title: '现场笔录' };
/** Service other than by electronic means, which needs the party's signed 确认书 instead (13号令第五十七条). */
const notElectronic = (a: Record_) => a.method !== 'electronic';

export const STEP_REQUIREMENTS: readonly StepRequirement[] = [
  // 行政处罚
  {
    kind: 'penalty',
    action: 'file',
    documents: [{ templates: ['filing_report'], title: '立案报告' }],
    citation: `${RULES}（立案报告）；${PENALTY_LAW}第五十四条第二款`,
  },
  {
    kind: 'penalty',
    action: 'preserve_evidence',
    documents: [{ templates: ['preservation_decision'], title: '证据先行登记保存决定书' }],
    citation: `${RULES}（证据先行登记保存决定书）；${PENALTY_LAW}第五十六条`,
  },
  {
    kind: 'penalty',
    action: 'close_investigation',
    documents: [{ templates: ['investigation_report'], title: '案件调查终结报告' }],
    evidence: 1,
    citation: `${RULES}（案件调查终结报告）；${PENALTY_LAW}第四十条、第五十七条`,
  },
  {
    kind: 'penalty',
    action: 'notify',
    documents: [{ templates: ['penalty_notice'], title: '行政处罚事先告知书', served: true }],
    citation: `${RULES}（行政处罚事先告知书）；${PENALTY_LAW}第四十四条、第六十二条`,
  },
  {
    kind: 'penalty',
    action: 'submit_statement',
    documents: [{ templates: ['statement_record'], title: '陈述和申辩笔录' }],
    citation: `${RULES}（陈述和申辩笔录）；${PENALTY_LAW}第四十五条`,
  },
  {
    kind: 'penalty',
    action: 'schedule_hearing',
    documents: [{ templates: ['hearing_notice'], title: '行政处罚听证通知书', served: true }],
    citation: `${RULES}（行政处罚听证通知书）；${PENALTY_LAW}第六十四条第二项`,
  },
  {
    kind: 'penalty',
    action: 'hold_hearing',
    documents: [{ templates: ['hearing_record'], title: '听证笔录' }],
    citation: `${RULES}（听证笔录）；${PENALTY_LAW}第六十四条第八项`,
  },
  {
    kind: 'penalty',
    action: 'decide',
    documents: [{ templates: ['penalty_decision'], title: '行政处罚决定书' }],
    citation: `${RULES}（行政处罚决定书）；${PENALTY_LAW}第五十九条`,
  },
  {
    kind: 'penalty',
    action: 'decide_simple',
    documents: [{ templates: ['simple_penalty_decision'], title: '当场行政处罚决定书' }],
    citation: `${RULES}（当场行政处罚决定书）；${PENALTY_LAW}第五十二条`,
  },
  {
    kind: 'penalty',
    action: 'serve',
    when: notElectronic,
    documents: [receipt],
    citation: `${RULES}（送达回执）；${PENALTY_LAW}第六十一条；${HEALTH_RULE}第五十三条至第五十六条`,
  },
  {
    kind: 'penalty',
    action: 'begin_execution',
    documents: [{ templates: ['payment_reminder'], title: '催告书', served: true }],
    citation: `${RULES}（催告书）；${PENALTY_LAW}第七十二条；${COERCION_LAW}第三十五条、第五十四条`,
  },
  {
    kind: 'penalty',
    action: 'close',
    documents: [{ templates: ['closing_report'], title: '结案报告' }],
    citation: `${RULES}（结案报告）`,
  },
  // 行政强制
  {
    kind: 'coercion',
    action: 'decide',
    documents: [siteRecord, { templates: ['seizure_decision'], title: '查封扣押决定书', served: true }],
    citation: `${RULES}（现场笔录、查封扣押决定书）；${COERCION_LAW}第十八条、第二十四条`,
  },
  {
    kind: 'coercion',
    action: 'decide_urgent',
    documents: [siteRecord],
    citation: `${RULES}（现场笔录）；${COERCION_LAW}第十八条第七项、第十九条`,
  },
  {
    kind: 'coercion',
    action: 'approve_urgent',
    documents: [{ templates: ['seizure_decision'], title: '查封扣押决定书', served: true }],
    citation: `${RULES}（查封扣押决定书）；${COERCION_LAW}第十九条、第二十四条`,
  },
  // 行政检查
  {
    kind: 'inspection',
    action: 'inspect',
    documents: [siteRecord],
    citation: `${RULES}（现场笔录）；${PENALTY_LAW}第五十五条`,
  },
  {
    kind: 'inspection',
    action: 'order_correction',
    documents: [
      { templates: ['correction_order', 'supervision_opinion'], title: '责令改正通知书或卫生监督意见书' },
    ],
    citation: `${RULES}（责令改正通知书、卫生监督意见书）；${PENALTY_LAW}第二十八条第一款`,
  },
  // 行政许可
  {
    kind: 'permit',
    action: 'serve_certificate',
    when: notElectronic,
    documents: [receipt],
    citation: `${RULES}（送达回执）；${PERMIT_LAW}第四十四条`,
  },
  // 行政征收
  {
    kind: 'levy',
    action: 'serve_notice',
    when: notElectronic,
    documents: [receipt],
    citation: `${RULES}（送达回执）`,
  },
];

/** A case's documents and evidence as the rows read them. */
export interface CaseHoldings {
  documents: ReadonlyArray<{ template: string; issuedOn: string; partyConfirmed: boolean }>;
  evidence: number;
}

export interface StepShortfall {
  code: 'STEP_DOCUMENT_MISSING' | 'STEP_DOCUMENT_NOT_SERVED' | 'STEP_EVIDENCE_MISSING';
  message: string;
  citation: string;
  /** What is missing, in words (the documents' names, or 证据). */
  missing: string[];
}

/** The row of a step, if the step has one (most steps issue nothing). */
export function requirementOf(kind: CaseKind, action: string): StepRequirement | undefined {
  return STEP_REQUIREMENTS.find((r) => r.kind === kind && r.action === action);
}

/** Served: the party confirmed the latest such document, or a 送达回执 was issued on or after it. */
function served(h: CaseHoldings, need: DocumentNeed): boolean {
  const latest = h.documents.filter((d) => need.templates.includes(d.template)).at(-1);
  if (!latest) return false;
  if (latest.partyConfirmed) return true;
  return h.documents.some((d) => d.template === 'service_receipt' && d.issuedOn >= latest.issuedOn);
}

/** What the step still lacks, or null when it may be taken. `documents` are in the order they were issued. */
export function stepShortfall(
  kind: CaseKind,
  action: Record_ & { type: string },
  holdings: CaseHoldings,
): StepShortfall | null {
  const row = requirementOf(kind, action.type);
  if (!row || (row.when && !row.when(action))) return null;
  const absent = row.documents.filter(
    (n) => !holdings.documents.some((d) => n.templates.includes(d.template)),
  );
  if (absent.length > 0) {
    const missing = absent.map((n) => n.title);
    return {
      code: 'STEP_DOCUMENT_MISSING',
      message: `须先制作${missing.map((m) => `《${m}》`).join('、')}`,
      citation: row.citation,
      missing,
    };
  }
  const unserved = row.documents.filter((n) => n.served && !served(holdings, n));
  if (unserved.length > 0) {
    const missing = unserved.map((n) => n.title);
    return {
      code: 'STEP_DOCUMENT_NOT_SERVED',
      message: `${missing.map((m) => `《${m}》`).join('、')}尚未送达：须由当事人签收（或注明拒收），或制作送达回执`,
      citation: row.citation,
      missing,
    };
  }
  if (row.evidence !== undefined && holdings.evidence < row.evidence) {
    return {
      code: 'STEP_EVIDENCE_MISSING',
      message: `本环节须有证据证明违法事实，案件至少须登记 ${row.evidence} 项证据`,
      citation: row.citation,
      missing: ['证据'],
    };
  }
  return null;
}

/** The documents the steps offered now would need and the case does not hold yet: what is due now. */
export function documentsDue(kind: CaseKind, offered: readonly string[], holdings: CaseHoldings): string[] {
  const due: string[] = [];
  for (const type of offered) {
    const row = requirementOf(kind, type);
    for (const need of row?.documents ?? []) {
      const held = holdings.documents.some((d) => need.templates.includes(d.template));
      // Held but not served: what is due is its 送达回执.
      const keys = !held ? need.templates : need.served && !served(holdings, need) ? ['service_receipt'] : [];
      for (const t of keys) if (!due.includes(t)) due.push(t);
    }
  }
  return due;
}
