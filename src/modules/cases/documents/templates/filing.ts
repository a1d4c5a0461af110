// C5 the internal reports of a penalty case (《卫生行政执法文书规范》): 立案报告 (行政处罚法第五十四条第二款: a case
// meeting the filing standard is filed promptly; the head's approval on the report comes from the
// 文书规范 and departmental rules, not the statute), 案件调查终结报告 (the facts, evidence, basis
// and proposed penalty the legal review and the decision rest on) and 合议记录 (the case team's
// deliberation). They are not served on the party, so they carry no number, no seal and no party
// signature; the officers sign them.
import {
  BLANK,
  PENALTY_LAW_2021,
  caseRows,
  cnDate,
  cnDateTime,
  compact,
  datePart,
  evidenceTable,
  officerList,
  officerNames,
  orBlank,
  partyName,
  partyRows,
  penaltyText,
  reader,
  recordString,
  signatureBlock,
  textParagraphs,
} from '../parts.ts';
import type { CaseSnapshot, DocumentTemplate, TemplateInput } from '../template.ts';

const RULES = '《卫生行政执法文书规范》';

const FILING_INPUTS: readonly TemplateInput[] = [
  {
    key: 'source',
    label: '案件来源',
    kind: 'text',
    required: true,
    prefill: (s) => s.case.source,
    maxLength: 100,
  },
  {
    key: 'summary',
    label: '案情摘要',
    kind: 'textarea',
    required: true,
    prefill: (s) => s.case.summary,
    maxLength: 5000,
  },
  {
    key: 'opinion',
    label: '承办人意见',
    kind: 'textarea',
    required: true,
    prefill: (s) =>
      `经初步核实，当事人涉嫌${s.case.cause}，${s.case.violatedBasis ? `违反了${s.case.violatedBasis}的规定，` : ''}符合立案条件，建议立案调查。`,
    maxLength: 2000,
  },
  { key: 'approval', label: '负责人审批意见', kind: 'text', required: false, maxLength: 500 },
];

export const filingReport: DocumentTemplate = {
  key: 'filing_report',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '立案报告',
  nature: null,
  kinds: ['penalty'],
  partySigns: false,
  basis: `${RULES}；《中华人民共和国行政处罚法》第五十四条`,
  needs: ['party', 'officers'],
  inputs: FILING_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, FILING_INPUTS);
    return {
      issuer: s.body.name,
      title: '立案报告',
      blocks: [
        {
          kind: 'fields',
          rows: [
            ...caseRows(s),
            { label: '案件来源', value: orBlank(read('source')) },
            { label: '受理（发现）日期', value: cnDate(s.case.openedOn) },
            ...partyRows(s),
          ],
        },
        { kind: 'heading', text: '案情摘要' },
        ...textParagraphs(read('summary')),
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

function proposalSentence(s: CaseSnapshot): string {
  return s.proposedPenalty
    ? `建议依据${s.case.penaltyBasis || BLANK}的规定，给予当事人${penaltyText(s.proposedPenalty)}的行政处罚。`
    : '';
}

const INVESTIGATION_INPUTS: readonly TemplateInput[] = [
  {
    key: 'process',
    label: '调查经过',
    kind: 'textarea',
    required: true,
    prefill: (s) => {
      const filed = recordString(s, 'filedOn');
      return filed
        ? `本机关于${cnDate(filed)}立案，指派执法人员${officerNames(s)}进行调查，依法收集了相关证据。`
        : '';
    },
    maxLength: 5000,
  },
  {
    key: 'facts',
    label: '违法事实',
    kind: 'textarea',
    required: true,
    prefill: (s) => s.case.summary,
    maxLength: 10000,
  },
  {
    key: 'discretion',
    label: '裁量理由',
    kind: 'textarea',
    required: false,
    prefill: (s) => s.case.discretion,
    maxLength: 3000,
  },
  {
    key: 'opinion',
    label: '处理意见',
    kind: 'textarea',
    required: true,
    prefill: proposalSentence,
    maxLength: 3000,
  },
];

export const investigationReport: DocumentTemplate = {
  key: 'investigation_report',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '案件调查终结报告',
  nature: null,
  kinds: ['penalty'],
  partySigns: false,
  basis: `${RULES}；《中华人民共和国行政处罚法》第五十四条、第五十七条`,
  needs: ['party', 'officers', 'filedOn', 'violatedBasis', 'penaltyBasis', 'evidence'],
  inputs: INVESTIGATION_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, INVESTIGATION_INPUTS);
    const discretion = read('discretion');
    return {
      issuer: s.body.name,
      title: '案件调查终结报告',
      blocks: compact([
        {
          kind: 'fields',
          rows: [
            ...caseRows(s),
            ...partyRows(s),
            { label: '立案日期', value: cnDate(recordString(s, 'filedOn')) },
            { label: '承办人', value: officerList(s) },
          ],
        },
        { kind: 'heading', text: '一、调查经过' },
        ...textParagraphs(read('process')),
        { kind: 'heading', text: '二、违法事实及证据' },
        ...textParagraphs(read('facts')),
        s.evidence.length > 0 && { kind: 'paragraph', indent: true, text: '上述事实有下列证据证实：' },
        evidenceTable(s),
        { kind: 'heading', text: '三、违法依据' },
        {
          kind: 'paragraph',
          indent: true,
          text: `当事人的上述行为违反了${orBlank(s.case.violatedBasis)}的规定。`,
        },
        { kind: 'heading', text: '四、处罚依据及裁量理由' },
        { kind: 'paragraph', indent: true, text: `处罚依据：${orBlank(s.case.penaltyBasis)}。` },
        discretion !== '' && { kind: 'paragraph', indent: true, text: `裁量理由：${discretion}` },
        { kind: 'heading', text: '五、处理意见' },
        ...textParagraphs(read('opinion')),
        signatureBlock(ctx, null, s.today),
      ]),
    };
  },
};

const DELIBERATION_INPUTS: readonly TemplateInput[] = [
  { key: 'heldAt', label: '合议时间', kind: 'datetime', required: true },
  { key: 'place', label: '合议地点', kind: 'text', required: true, maxLength: 200 },
  { key: 'host', label: '主持人', kind: 'text', required: true, maxLength: 50 },
  {
    key: 'participants',
    label: '参加人员（每行一人：姓名 职务）',
    kind: 'textarea',
    required: true,
    maxLength: 2000,
  },
  { key: 'recorder', label: '记录人', kind: 'text', required: true, maxLength: 50 },
  { key: 'discussion', label: '讨论意见', kind: 'textarea', required: true, maxLength: 20000 },
  {
    key: 'conclusion',
    label: '合议结论',
    kind: 'textarea',
    required: true,
    prefill: proposalSentence,
    maxLength: 3000,
  },
];

export const deliberationRecord: DocumentTemplate = {
  key: 'deliberation_record',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '合议记录',
  nature: null,
  kinds: ['penalty'],
  partySigns: false,
  basis: RULES,
  needs: ['party', 'officers', 'violatedBasis', 'penaltyBasis'],
  inputs: DELIBERATION_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, DELIBERATION_INPUTS);
    const participants = read('participants')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    return {
      issuer: s.body.name,
      title: '合议记录',
      blocks: [
        {
          kind: 'fields',
          rows: [
            ...caseRows(s),
            { label: '当事人', value: partyName(s) },
            { label: '合议时间', value: cnDateTime(read('heldAt')) },
            { label: '合议地点', value: orBlank(read('place')) },
            { label: '主持人', value: orBlank(read('host')) },
            { label: '参加人员', value: orBlank(participants.join('、')) },
            { label: '记录人', value: orBlank(read('recorder')) },
          ],
        },
        { kind: 'heading', text: '案情简介' },
        ...textParagraphs(s.case.summary),
        { kind: 'heading', text: '讨论意见' },
        ...textParagraphs(read('discussion')),
        { kind: 'heading', text: '合议结论' },
        ...textParagraphs(read('conclusion')),
        { kind: 'paragraph', text: `参加合议人员（签名）：${BLANK}${BLANK}${BLANK}` },
        { kind: 'paragraph', text: `主持人（签名）：${BLANK}\u3000\u3000记录人（签名）：${BLANK}` },
        signatureBlock(ctx, null, datePart(read('heldAt'), s.today)),
      ],
    };
  },
};
