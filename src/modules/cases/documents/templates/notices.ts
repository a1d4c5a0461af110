// C5 the notices and records between investigation and decision (《卫生行政执法文书规范》): 行政处罚事先告知书
// (行政处罚法第四十四条: the proposed penalty with its facts, reasons and basis, and the rights of 陈述、申辩
// and, where Art. 63 applies, 听证), 陈述和申辩笔录 (Art. 45), 行政处罚听证通知书 (Art. 64: time and place
// served at least seven days before; host not an investigator; recusal; one or two agents) and 听证笔录
// (Art. 64: checked and signed by the party, a refusal noted by the host).
import { hearingEligible, hearingNotice, statementNotice } from '../rights.ts';
import {
  BLANK,
  FOOTER_TWO_COPIES,
  PENALTY_LAW_2021,
  caseRows,
  cnDate,
  cnDateTime,
  compact,
  contactParagraph,
  datePart,
  evidenceTable,
  mainParty,
  numberOf,
  officerList,
  officerNames,
  ordinal,
  orBlank,
  partyName,
  partyRows,
  penaltyItems,
  reader,
  recordString,
  sealBlock,
  findings,
  sentence,
  signatureBlock,
  spokesperson,
  textParagraphs,
  you,
} from '../parts.ts';
import type { DocumentTemplate, TemplateInput } from '../template.ts';

const RULES = '《卫生行政执法文书规范》';
const PENALTY_LAW = '《中华人民共和国行政处罚法》';

const NOTICE_INPUTS: readonly TemplateInput[] = [
  {
    key: 'facts',
    label: '违法事实（接在“经调查，”之后，不必再写“经查”）',
    kind: 'textarea',
    required: true,
    prefill: (s) => findings(s.case.summary),
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
];

export const penaltyNotice: DocumentTemplate = {
  key: 'penalty_notice',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '行政处罚事先告知书',
  nature: '告',
  kinds: ['penalty'],
  partySigns: true,
  basis: `${RULES}；${PENALTY_LAW}第七条、第四十四条、第四十五条、第六十三条、第六十四条`,
  needs: ['party', 'officers', 'violatedBasis', 'penaltyBasis', 'penalty'],
  inputs: NOTICE_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, NOTICE_INPUTS);
    const y = you(s);
    const penalty = s.proposedPenalty;
    const items = penaltyItems(penalty);
    const discretion = read('discretion');
    const eligible = hearingEligible(
      penalty,
      mainParty(s)?.type ?? 'organisation',
      s.body.hearingFineThresholdFen,
    );
    return {
      issuer: s.body.name,
      title: '行政处罚事先告知书',
      number: numberOf(ctx),
      blocks: compact([
        { kind: 'fields', rows: partyRows(s) },
        { kind: 'paragraph', text: `${partyName(s)}：` },
        { kind: 'paragraph', indent: true, text: `经调查，${sentence(findings(read('facts')))}` },
        s.evidence.length > 0 && { kind: 'paragraph', indent: true, text: '以上事实有下列证据证实：' },
        evidenceTable(s),
        {
          kind: 'paragraph',
          indent: true,
          text:
            `${y}的上述行为违反了${orBlank(s.case.violatedBasis)}的规定。` +
            `${discretion ? sentence(discretion) : ''}依据${orBlank(s.case.penaltyBasis)}的规定，本机关拟对${y}作出如下行政处罚：`,
        },
        ...(items.length > 0 ? items : ['（拟处罚内容未确定）']).map((t, i, all) => ({
          kind: 'paragraph' as const,
          indent: true,
          text: `${all.length > 1 ? ordinal(i) : ''}${t}${i === all.length - 1 ? '。' : '；'}`,
        })),
        statementNotice(s),
        eligible && hearingNotice(s),
        contactParagraph(s),
        sealBlock(s, s.today),
        signatureBlock(ctx, '当事人（签收）', s.today),
      ]),
      footer: FOOTER_TWO_COPIES,
    };
  },
};

const STATEMENT_INPUTS: readonly TemplateInput[] = [
  { key: 'at', label: '陈述申辩时间', kind: 'datetime', required: true },
  { key: 'place', label: '地点', kind: 'text', required: true, maxLength: 200 },
  { key: 'speaker', label: '陈述申辩人', kind: 'text', required: true, prefill: spokesperson, maxLength: 50 },
  {
    key: 'relation',
    label: '与当事人关系',
    kind: 'text',
    required: false,
    prefill: (s) => (mainParty(s)?.type === 'organisation' ? '法定代表人（负责人）' : '本人'),
    maxLength: 50,
  },
  {
    key: 'recorder',
    label: '记录人',
    kind: 'text',
    required: true,
    prefill: (s) => s.officers[1]?.name ?? '',
    maxLength: 50,
  },
  { key: 'content', label: '陈述申辩内容', kind: 'textarea', required: true, maxLength: 20000 },
];

export const statementRecord: DocumentTemplate = {
  key: 'statement_record',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '陈述和申辩笔录',
  nature: null,
  kinds: ['penalty'],
  partySigns: true,
  basis: `${RULES}；${PENALTY_LAW}第四十五条`,
  needs: ['party', 'officers'],
  inputs: STATEMENT_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, STATEMENT_INPUTS);
    const served = recordString(s, 'noticeServedOn');
    const speaker = read('speaker');
    return {
      issuer: s.body.name,
      title: '陈述和申辩笔录',
      blocks: [
        {
          kind: 'fields',
          rows: [
            ...caseRows(s),
            { label: '当事人', value: partyName(s) },
            { label: '陈述申辩人', value: orBlank(speaker) },
            { label: '与当事人关系', value: orBlank(read('relation')) },
            { label: '时间', value: cnDateTime(read('at')) },
            { label: '地点', value: orBlank(read('place')) },
            { label: '承办人', value: officerList(s) },
            { label: '记录人', value: orBlank(read('recorder')) },
          ],
        },
        {
          kind: 'paragraph',
          indent: true,
          text:
            `执法人员告知：本机关${served ? `已于${cnDate(served)}` : '已'}向当事人送达《行政处罚事先告知书》。根据${PENALTY_LAW}第四十五条的规定，` +
            '当事人有权进行陈述和申辩，本机关将充分听取意见并进行复核，不因当事人陈述、申辩而给予更重的处罚。',
        },
        { kind: 'heading', text: '陈述申辩内容' },
        ...textParagraphs(read('content')),
        signatureBlock(ctx, '陈述申辩人（签名）', datePart(read('at'), s.today), speaker || undefined),
      ],
      footer: '本笔录经陈述申辩人核对无误后逐页签名；拒绝签名的，由执法人员注明情况。',
    };
  },
};

const HEARING_NOTICE_INPUTS: readonly TemplateInput[] = [
  {
    key: 'hearingDate',
    label: '听证日期',
    kind: 'date',
    required: true,
    prefill: (s) => recordString(s, 'hearingOn') ?? '',
    ahead: true,
  },
  {
    key: 'hearingTime',
    label: '听证开始时间（如 上午9时00分）',
    kind: 'text',
    required: true,
    maxLength: 20,
  },
  {
    key: 'place',
    label: '听证地点',
    kind: 'text',
    required: true,
    prefill: (s) => s.body.address,
    maxLength: 200,
  },
  {
    key: 'publicity',
    label: '听证方式（公开或者不公开）',
    kind: 'text',
    required: true,
    prefill: () => '公开',
    maxLength: 10,
  },
  { key: 'host', label: '听证主持人', kind: 'text', required: true, maxLength: 50 },
  { key: 'members', label: '听证员', kind: 'text', required: false, maxLength: 100 },
  { key: 'clerk', label: '书记员', kind: 'text', required: true, maxLength: 50 },
];

export const hearingNoticeTemplate: DocumentTemplate = {
  key: 'hearing_notice',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '行政处罚听证通知书',
  nature: '听告',
  kinds: ['penalty'],
  partySigns: true,
  basis: `${RULES}；${PENALTY_LAW}第六十四条`,
  needs: ['party', 'officers'],
  inputs: HEARING_NOTICE_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, HEARING_NOTICE_INPUTS);
    const y = you(s);
    const members = read('members');
    const closed = read('publicity').includes('不');
    return {
      issuer: s.body.name,
      title: '行政处罚听证通知书',
      number: numberOf(ctx),
      blocks: [
        { kind: 'fields', rows: partyRows(s) },
        { kind: 'paragraph', text: `${partyName(s)}：` },
        {
          kind: 'paragraph',
          indent: true,
          text:
            `根据${y}的申请，本机关定于${cnDate(read('hearingDate'))}${orBlank(read('hearingTime'))}在${orBlank(read('place'))}` +
            `就${orBlank(s.case.cause)}一案举行听证。${closed ? '本次听证涉及国家秘密、商业秘密或者个人隐私，依法不公开举行。' : '本次听证公开举行。'}`,
        },
        {
          kind: 'paragraph',
          indent: true,
          text: `本次听证由${orBlank(read('host'))}担任主持人${members ? `，${members}担任听证员` : ''}，${orBlank(read('clerk'))}担任书记员。`,
        },
        {
          kind: 'notice',
          title: '听证须知',
          text:
            `根据${PENALTY_LAW}第六十四条的规定：${y}认为主持人与本案有直接利害关系的，有权申请回避；` +
            `${y}可以亲自参加听证，也可以委托一至二人代理，委托代理人参加的，应当提交授权委托书；` +
            `${y}及其代理人无正当理由拒不出席听证或者未经许可中途退出听证的，终止听证。` +
            '请携带本通知书、身份证明和有关证据材料准时参加。',
        },
        contactParagraph(s),
        sealBlock(s, s.today),
        signatureBlock(ctx, '当事人（签收）', s.today),
      ],
      footer: FOOTER_TWO_COPIES,
    };
  },
};

const HEARING_RECORD_INPUTS: readonly TemplateInput[] = [
  { key: 'at', label: '听证时间', kind: 'datetime', required: true },
  { key: 'place', label: '听证地点', kind: 'text', required: true, maxLength: 200 },
  { key: 'host', label: '听证主持人', kind: 'text', required: true, maxLength: 50 },
  { key: 'members', label: '听证员', kind: 'text', required: false, maxLength: 100 },
  { key: 'clerk', label: '书记员', kind: 'text', required: true, maxLength: 50 },
  {
    key: 'attendees',
    label: '当事人及其代理人',
    kind: 'text',
    required: true,
    prefill: (s) => [mainParty(s)?.name, spokesperson(s)].filter(Boolean).join('，'),
    maxLength: 200,
  },
  {
    key: 'investigators',
    label: '案件调查人员',
    kind: 'text',
    required: true,
    prefill: officerNames,
    maxLength: 200,
  },
  { key: 'proceedings', label: '听证情况', kind: 'textarea', required: true, maxLength: 50000 },
];

export const hearingRecord: DocumentTemplate = {
  key: 'hearing_record',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '听证笔录',
  nature: null,
  kinds: ['penalty'],
  partySigns: true,
  basis: `${RULES}；${PENALTY_LAW}第六十四条`,
  needs: ['party', 'officers'],
  inputs: HEARING_RECORD_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, HEARING_RECORD_INPUTS);
    return {
      issuer: s.body.name,
      title: '听证笔录',
      blocks: compact([
        {
          kind: 'fields',
          rows: [
            ...caseRows(s),
            { label: '听证时间', value: cnDateTime(read('at')) },
            { label: '听证地点', value: orBlank(read('place')) },
            { label: '听证主持人', value: orBlank(read('host')) },
            // 听证员 are optional (行政处罚法第六十四条 names only the 主持人): no row rather than a blank.
            ...(read('members') ? [{ label: '听证员', value: read('members') }] : []),
            { label: '书记员', value: orBlank(read('clerk')) },
            { label: '当事人及其代理人', value: orBlank(read('attendees')) },
            { label: '案件调查人员', value: orBlank(read('investigators')) },
          ],
        },
        {
          kind: 'paragraph',
          indent: true,
          text: '主持人宣布听证开始，核对听证参加人身份，宣布听证纪律，告知当事人有权申请主持人、听证员、书记员回避。',
        },
        { kind: 'heading', text: '听证情况' },
        ...textParagraphs(read('proceedings'), false),
        signatureBlock(ctx, '当事人或者代理人（签名）', datePart(read('at'), s.today)),
        { kind: 'paragraph', text: `听证主持人（签名）：${BLANK}\u3000\u3000书记员（签名）：${BLANK}` },
      ]),
      footer:
        '本笔录经当事人或者其代理人核对无误后签字或者盖章；拒绝签字或者盖章的，由听证主持人在笔录中注明。',
    };
  },
};
