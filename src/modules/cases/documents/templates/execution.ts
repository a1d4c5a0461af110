// C5 the documents of service and execution (《卫生行政执法文书规范》): 送达回执 proves when, where and how a
// document reached the party (行政处罚法第六十一条, served under the 民事诉讼法 rules), 催告书 is the
// written demand before applying to the court for enforcement (行政强制法第三十五条 lists its content,
// 第五十四条 the ten days after service), and 结案报告 closes the case with how the decision was executed.
import { addDays, daysLate, lateSurchargeFen } from '../../deadlines.ts';
import { amountBoth, formatYuan } from '../money.ts';
import {
  BLANK,
  FOOTER_TWO_COPIES,
  PENALTY_LAW_2021,
  caseRows,
  cnDate,
  cnDateTime,
  contactParagraph,
  datePart,
  issuedNumber,
  numberOf,
  officerList,
  orBlank,
  partyName,
  penaltyText,
  reader,
  recordString,
  partyRows,
  sealBlock,
  signatureBlock,
  textParagraphs,
  you,
} from '../parts.ts';
import type { CaseSnapshot, DocumentTemplate, TemplateInput } from '../template.ts';
import { decisionPenalty } from './decisions.ts';

const RULES = '《卫生行政执法文书规范》';
const COERCION_LAW = '《中华人民共和国行政强制法》';

/** The decisions a 催告书 or 结案报告 quotes by number. */
const DECISIONS = ['penalty_decision', 'simple_penalty_decision'] as const;

const latestNumbered = (s: CaseSnapshot) => [...s.documents].reverse().find((d) => d.number !== null);

const SERVICE_METHOD_LABELS: Readonly<Record<string, string>> = {
  in_person: '直接送达',
  left_at_domicile: '留置送达',
  mail: '邮寄送达',
  electronic: '电子送达',
  public_notice: '公告送达',
  entrusted: '委托送达',
};

const RECEIPT_INPUTS: readonly TemplateInput[] = [
  {
    key: 'document',
    label: '送达文书名称',
    kind: 'text',
    required: true,
    // Entered once: the latest numbered document of the case is the one usually served.
    prefill: (s) => latestNumbered(s)?.title ?? '',
    maxLength: 200,
  },
  {
    key: 'documentNumber',
    label: '送达文书编号',
    kind: 'text',
    required: false,
    prefill: (s) => latestNumbered(s)?.number ?? '',
    maxLength: 60,
  },
  {
    key: 'recipient',
    label: '受送达人',
    kind: 'text',
    required: true,
    prefill: (s) => s.parties.find((p) => p.role === 'party')?.name ?? '',
    maxLength: 100,
  },
  {
    key: 'place',
    label: '送达地点',
    kind: 'text',
    required: true,
    prefill: (s) => s.parties.find((p) => p.role === 'party')?.address ?? '',
    maxLength: 200,
  },
  { key: 'servedAt', label: '送达时间', kind: 'datetime', required: true },
  {
    key: 'method',
    label: '送达方式',
    kind: 'text',
    required: true,
    prefill: (s) => SERVICE_METHOD_LABELS[recordString(s, 'serviceMethod') ?? 'in_person'] ?? '直接送达',
    maxLength: 20,
  },
  { key: 'note', label: '备注', kind: 'textarea', required: false, maxLength: 2000 },
];

export const serviceReceipt: DocumentTemplate = {
  key: 'service_receipt',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '送达回执',
  nature: null,
  kinds: ['penalty', 'coercion', 'inspection', 'permit', 'levy'],
  partySigns: true,
  basis: `${RULES}；《中华人民共和国行政处罚法》第六十一条`,
  needs: ['party', 'officers'],
  inputs: RECEIPT_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, RECEIPT_INPUTS);
    const number = read('documentNumber');
    const recipient = read('recipient');
    return {
      issuer: s.body.name,
      title: '送达回执',
      blocks: [
        {
          kind: 'fields',
          rows: [
            {
              label: '送达文书名称及文号',
              value: `${orBlank(read('document'))}${number ? `（${number}）` : ''}`,
            },
            { label: '受送达人', value: orBlank(recipient) },
            { label: '送达地点', value: orBlank(read('place')) },
            { label: '送达时间', value: cnDateTime(read('servedAt')) },
            { label: '送达方式', value: orBlank(read('method')) },
            { label: '送达人', value: officerList(s) },
            { label: '备注', value: read('note') || '' },
          ],
        },
        signatureBlock(ctx, '受送达人（签名）', datePart(read('servedAt'), s.today), recipient || undefined),
      ],
      footer:
        '受送达人拒绝签收的，送达人应当在备注栏注明拒收事由和日期，邀请有关基层组织或者所在单位的代表到场见证，或者以拍照、录像等方式记录送达过程。',
    };
  },
};

function sumPaid(s: CaseSnapshot): number {
  const payments = s.record.payments;
  if (!Array.isArray(payments)) return 0;
  return payments.reduce<number>((sum, p: unknown) => {
    const amount = (p as { amountFen?: unknown } | null)?.amountFen;
    return sum + (typeof amount === 'number' && Number.isSafeInteger(amount) ? amount : 0);
  }, 0);
}

/** The fine still unpaid and the late surcharge on it up to `today` (Art. 72: 3% a day, capped at the fine). */
export function outstanding(s: CaseSnapshot): {
  fineFen: number;
  paidFen: number;
  owedFen: number;
  surchargeFen: number;
  daysLate: number;
} {
  const p = decisionPenalty(s);
  const fineFen = p?.kinds.includes('fine') ? (p.fineFen ?? 0) : 0;
  const paidFen = Math.min(fineFen, sumPaid(s));
  const owedFen = fineFen - paidFen;
  const due = s.deadlines.payment?.due;
  const late = due ? daysLate(due, s.today) : 0;
  return { fineFen, paidFen, owedFen, surchargeFen: lateSurchargeFen(owedFen, late), daysLate: late };
}

const REMINDER_INPUTS: readonly TemplateInput[] = [
  {
    key: 'decisionNumber',
    label: '行政处罚决定书文号',
    kind: 'text',
    required: true,
    prefill: (s) => issuedNumber(s, DECISIONS),
    maxLength: 60,
  },
  {
    key: 'deadline',
    label: '履行期限',
    kind: 'date',
    required: true,
    prefill: (s) => addDays(s.today, 10),
    ahead: true,
  },
  {
    key: 'method',
    label: '履行方式',
    kind: 'text',
    required: true,
    prefill: (s) => `到${s.body.paymentBank}或者通过电子支付系统缴纳`,
    maxLength: 200,
  },
];

export const paymentReminder: DocumentTemplate = {
  key: 'payment_reminder',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '催告书',
  nature: '催',
  kinds: ['penalty'],
  partySigns: true,
  basis: `${RULES}；《中华人民共和国行政处罚法》第七十二条；${COERCION_LAW}第三十五条、第三十六条、第四十五条、第五十三条、第五十四条`,
  needs: ['party', 'officers', 'penalty', 'decidedOn', 'servedOn'],
  inputs: REMINDER_INPUTS,
  // 催告 follows a failure to pay in time (行政处罚法第七十二条, 行政强制法第三十五条): never on a case
  // paid in full or a decision without a fine, never before the 15-day period has run out.
  refuses(s) {
    const citation = `《中华人民共和国行政处罚法》第七十二条第一款；${COERCION_LAW}第三十五条`;
    if (outstanding(s).owedFen <= 0)
      return { reason: '本案没有未缴的罚款（已缴清或决定未处罚款），无须催告', citation };
    const due = s.deadlines.payment?.due;
    if (!due) return { reason: '缴款期限尚未起算（处罚决定书尚未送达），不能催告', citation };
    if (due >= s.today) return { reason: `缴款期限至${cnDate(due)}，尚未届满，不能催告`, citation };
    return null;
  },
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, REMINDER_INPUTS);
    const y = you(s);
    const o = outstanding(s);
    const decided = recordString(s, 'decidedOn');
    const served = recordString(s, 'servedOn');
    const due = s.deadlines.payment?.due;
    return {
      issuer: s.body.name,
      title: '催告书',
      number: numberOf(ctx),
      blocks: [
        { kind: 'fields', rows: partyRows(s) },
        { kind: 'paragraph', text: `${partyName(s)}：` },
        {
          kind: 'paragraph',
          indent: true,
          text:
            `本机关于${cnDate(decided)}作出《行政处罚决定书》（${orBlank(read('decisionNumber'))}），对${y}作出${penaltyText(decisionPenalty(s))}的行政处罚，` +
            `该决定书已于${cnDate(served)}送达${y}。${y}应当${due ? `于${cnDate(due)}前` : '在规定期限内'}缴纳罚款，但至今` +
            `${o.paidFen > 0 ? `仅缴纳${formatYuan(o.paidFen)}，尚欠` : '未缴纳'}罚款${amountBoth(o.owedFen)}。`,
        },
        {
          kind: 'paragraph',
          indent: true,
          text:
            `根据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。` +
            `截至${cnDate(s.today)}，${y}已逾期${o.daysLate}日，应加处罚款${amountBoth(o.surchargeFen)}。`,
        },
        {
          kind: 'paragraph',
          indent: true,
          text:
            `根据${COERCION_LAW}第三十五条、第四十五条的规定，现催告${y}于${cnDate(read('deadline'))}前${orBlank(read('method'))}上述罚款及加处罚款。` +
            `逾期仍不履行的，本机关将依照${COERCION_LAW}第五十三条、第五十四条的规定申请人民法院强制执行。`,
        },
        {
          kind: 'notice',
          title: '陈述、申辩权利告知',
          text: `根据${COERCION_LAW}第三十六条的规定，${y}收到本催告书后有权进行陈述和申辩。本机关将充分听取${y}的意见，对提出的事实、理由和证据进行记录、复核，成立的予以采纳。`,
        },
        contactParagraph(s),
        sealBlock(s, s.today),
        signatureBlock(ctx, '当事人（签收）', s.today),
      ],
      footer: FOOTER_TWO_COPIES,
    };
  },
};

function executionSummary(s: CaseSnapshot): string {
  const payments = Array.isArray(s.record.payments)
    ? (s.record.payments as Array<{ paidOn?: unknown; amountFen?: unknown }>)
    : [];
  const lines = payments
    .filter((p) => typeof p.paidOn === 'string' && typeof p.amountFen === 'number')
    .map((p) => `当事人于${cnDate(p.paidOn as string)}缴纳罚款${formatYuan(p.amountFen as number)}。`);
  return lines.join('\n');
}

const CLOSING_INPUTS: readonly TemplateInput[] = [
  {
    key: 'decisionNumber',
    label: '行政处罚决定书文号',
    kind: 'text',
    required: false,
    prefill: (s) => issuedNumber(s, DECISIONS),
    maxLength: 60,
  },
  {
    key: 'execution',
    label: '执行情况',
    kind: 'textarea',
    required: true,
    prefill: executionSummary,
    maxLength: 5000,
  },
  {
    key: 'opinion',
    label: '承办人意见',
    kind: 'textarea',
    required: true,
    prefill: () => '本案行政处罚决定已执行完毕，建议结案。',
    maxLength: 2000,
  },
  { key: 'approval', label: '负责人审批意见', kind: 'text', required: false, maxLength: 500 },
];

export const closingReport: DocumentTemplate = {
  key: 'closing_report',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '结案报告',
  nature: null,
  kinds: ['penalty'],
  partySigns: false,
  basis: RULES,
  needs: ['party', 'officers', 'penalty', 'decidedOn'],
  inputs: CLOSING_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, CLOSING_INPUTS);
    return {
      issuer: s.body.name,
      title: '结案报告',
      blocks: [
        {
          kind: 'fields',
          rows: [
            ...caseRows(s),
            { label: '当事人', value: partyName(s) },
            // A 简易程序 case is decided on the spot and never filed (行政处罚法第五十一条、第五十二条): its
            // report has no 立案日期 line rather than a blank one.
            ...(s.record.simpleProcedure === true
              ? []
              : [{ label: '立案日期', value: cnDate(recordString(s, 'filedOn')) }]),
            { label: '处罚决定书文号', value: orBlank(read('decisionNumber')) },
            { label: '决定日期', value: cnDate(recordString(s, 'decidedOn')) },
            { label: '处罚内容', value: penaltyText(decisionPenalty(s)) },
            { label: '送达日期', value: cnDate(recordString(s, 'servedOn')) },
            { label: '承办人', value: officerList(s) },
          ],
        },
        { kind: 'heading', text: '执行情况' },
        ...textParagraphs(read('execution')),
        { kind: 'heading', text: '承办人意见' },
        ...textParagraphs(read('opinion')),
        { kind: 'heading', text: '负责人审批意见' },
        {
          kind: 'paragraph',
          indent: true,
          text: read('approval') || `${BLANK}${BLANK}\u3000签名：${BLANK}\u3000日期：${BLANK}`,
        },
        signatureBlock(ctx, null, s.today),
      ],
    };
  },
};
