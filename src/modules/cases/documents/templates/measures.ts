// C5 the documents of evidence and compulsory measures (《卫生行政执法文书规范》): 证据先行登记保存决定书
// (行政处罚法第五十六条: disposal decided within seven working days) and 查封扣押决定书 (行政强制法第二十四条
// lists what it must state: party, reason, basis, period, the list of things, the remedies, the body's
// name, seal and date; 第二十五条: at most thirty days, one extension of at most thirty). The seizure
// decision carries the remedies notices, so it has a version per 行政复议法 article.
import type { Block } from '../../../../platform/documents/model.ts';
import {
  REVIEW_LAW_1999,
  REVIEW_LAW_2023,
  litigationNotice,
  reviewNotice,
  type ReviewLaw,
} from '../rights.ts';
import {
  FOOTER_TWO_COPIES,
  PENALTY_LAW_2021,
  cnDate,
  itemRows,
  numberOf,
  orBlank,
  partyName,
  partyRows,
  reader,
  sealBlock,
  signatureBlock,
  you,
} from '../parts.ts';
import type { DocumentTemplate, TemplateInput } from '../template.ts';

const RULES = '《卫生行政执法文书规范》';
const COERCION_LAW = '《中华人民共和国行政强制法》';

function itemsTable(text: string, columns: readonly string[]): Block {
  const rows = itemRows(text, columns.length);
  return {
    kind: 'table',
    columns: ['序号', ...columns],
    widths: [0.7, ...columns.map((_, i) => (i === 0 ? 3 : 1.5))],
    rows: rows.length > 0 ? rows : [['1', ...columns.map(() => '')]],
  };
}

const PRESERVATION_INPUTS: readonly TemplateInput[] = [
  {
    key: 'items',
    label: '保存物品（每行一件：名称|规格|数量）',
    kind: 'textarea',
    required: true,
    maxLength: 5000,
  },
  {
    key: 'storagePlace',
    label: '保存地点',
    kind: 'text',
    required: true,
    prefill: (s) => s.case.place,
    maxLength: 200,
  },
  {
    key: 'storageMethod',
    label: '保存方式',
    kind: 'text',
    required: true,
    prefill: () => '就地保存',
    maxLength: 100,
  },
];

export const preservationDecision: DocumentTemplate = {
  key: 'preservation_decision',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '证据先行登记保存决定书',
  nature: '保',
  kinds: ['penalty'],
  partySigns: true,
  basis: `${RULES}；《中华人民共和国行政处罚法》第五十六条`,
  needs: ['party', 'officers'],
  inputs: PRESERVATION_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, PRESERVATION_INPUTS);
    const y = you(s);
    const due = s.deadlines.preservation_disposal?.due;
    return {
      issuer: s.body.name,
      title: '证据先行登记保存决定书',
      number: numberOf(ctx),
      blocks: [
        { kind: 'fields', rows: partyRows(s) },
        { kind: 'paragraph', text: `${partyName(s)}：` },
        {
          kind: 'paragraph',
          indent: true,
          text:
            `因调查${orBlank(s.case.cause)}一案，鉴于有关证据可能灭失或者以后难以取得，经本机关负责人批准，` +
            `根据《中华人民共和国行政处罚法》第五十六条的规定，决定对${y}的下列物品予以先行登记保存：`,
        },
        itemsTable(read('items'), ['物品名称', '规格', '数量']),
        {
          kind: 'paragraph',
          indent: true,
          text: `保存地点：${orBlank(read('storagePlace'))}；保存方式：${orBlank(read('storageMethod'))}。`,
        },
        {
          kind: 'paragraph',
          indent: true,
          text:
            `在先行登记保存期间，${y}或者有关人员不得销毁或者转移上述物品。` +
            `本机关将在七个工作日内${due ? `（${cnDate(due)}前）` : ''}对上述物品作出处理决定。`,
        },
        sealBlock(s, s.today),
        signatureBlock(ctx, '当事人（签收）', s.today),
      ],
      footer: FOOTER_TWO_COPIES,
    };
  },
};

const SEIZURE_INPUTS: readonly TemplateInput[] = [
  {
    key: 'measure',
    label: '强制措施（查封或者扣押）',
    kind: 'text',
    required: true,
    prefill: () => '查封',
    maxLength: 10,
  },
  {
    key: 'reason',
    label: '理由',
    kind: 'textarea',
    required: true,
    prefill: (s) => s.case.summary,
    maxLength: 3000,
  },
  { key: 'basis', label: '依据', kind: 'text', required: true, maxLength: 500 },
  {
    key: 'items',
    label: '查封、扣押的场所、设施或者财物（每行一件：名称|规格|数量）',
    kind: 'textarea',
    required: true,
    maxLength: 5000,
  },
  { key: 'from', label: '期限起', kind: 'date', required: true, prefill: (s) => s.today },
  {
    key: 'to',
    label: '期限止',
    kind: 'date',
    required: true,
    prefill: (s) => s.deadlines.seizure?.due ?? '',
    ahead: true,
  },
];

function seizureDecision(version: number, effectiveFrom: string, reviewLaw: ReviewLaw): DocumentTemplate {
  return {
    key: 'seizure_decision',
    version,
    effectiveFrom,
    title: '查封扣押决定书',
    nature: '强',
    kinds: ['coercion', 'penalty'],
    partySigns: true,
    basis: `${RULES}；${COERCION_LAW}第八条、第九条、第十八条、第二十四条、第二十五条；${reviewLaw.citation}；《中华人民共和国行政诉讼法》第四十六条`,
    needs: ['party', 'officers'],
    inputs: SEIZURE_INPUTS,
    // 查封、扣押 is a 行政强制措施 with its own procedure (行政强制法第十八条): a penalty case that needs
    // one opens a linked 行政强制 case; and the measure is one of the two the law names.
    refuses(s, read) {
      const citation = `${COERCION_LAW}第九条、第十八条、第二十五条`;
      if (s.case.kind !== 'coercion')
        return {
          reason: '本案未实施行政强制措施：查封、扣押须按行政强制程序办理（另立行政强制案件）',
          citation,
        };
      if (!['查封', '扣押'].includes(read('measure')))
        return { reason: '强制措施须为“查封”或者“扣押”', citation };
      const from = read('from');
      const to = read('to');
      if (from && to && to < from) return { reason: '期限止早于期限起', citation };
      return null;
    },
    build(ctx) {
      const s = ctx.snapshot;
      const read = reader(ctx, SEIZURE_INPUTS);
      const y = you(s);
      const measure = read('measure') || '查封';
      return {
        issuer: s.body.name,
        title: '查封扣押决定书',
        number: numberOf(ctx),
        blocks: [
          { kind: 'fields', rows: partyRows(s) },
          { kind: 'paragraph', text: `${partyName(s)}：` },
          {
            kind: 'paragraph',
            indent: true,
            text:
              `经查，${orBlank(read('reason'))}。根据${orBlank(read('basis'))}和${COERCION_LAW}第九条、第十八条、第二十四条的规定，` +
              `本机关决定对${y}的下列场所、设施或者财物予以${measure}：`,
          },
          itemsTable(read('items'), ['名称', '规格', '数量']),
          {
            kind: 'paragraph',
            indent: true,
            text:
              `${measure}期限自${cnDate(read('from'))}起至${cnDate(read('to'))}止。根据${COERCION_LAW}第二十五条的规定，` +
              `情况复杂的，经本机关负责人批准可以延长，但延长期限不得超过三十日，延长的决定及理由将书面告知${y}。` +
              `${measure}期间，${y}不得擅自启封、转移、使用或者损毁被${measure}的场所、设施或者财物。`,
          },
          {
            kind: 'notice',
            title: '陈述、申辩权利告知',
            text: `根据${COERCION_LAW}第八条的规定，${y}对本行政强制措施享有陈述权、申辩权，可以向本机关提出陈述、申辩意见。`,
          },
          reviewNotice(s, reviewLaw),
          litigationNotice(s),
          sealBlock(s, s.today),
          signatureBlock(ctx, '当事人（签收）', s.today),
        ],
        footer: `${FOOTER_TWO_COPIES}查封、扣押清单一式二份，由当事人和本机关分别保存。`,
      };
    },
  };
}

/** 行政诉讼法 (2014年修正) 第四十六条 in force 2015-05-01; 行政复议法 第九条 until 2023. */
export const seizureDecisionV1 = seizureDecision(1, '2015-05-01', REVIEW_LAW_1999);
/** 行政复议法 (2023年修订) 第二十条 from 2024-01-01. */
export const seizureDecisionV2 = seizureDecision(2, REVIEW_LAW_2023.since, REVIEW_LAW_2023);
