// C5 the documents made on site (《卫生行政执法文书规范》): 现场笔录 and 询问笔录 record what officers saw and
// heard (行政处罚法第五十五条: 询问或者检查应当制作笔录), 卫生监督意见书 gives the supervision opinion, and
// 责令改正通知书 orders the violation corrected (行政处罚法第二十八条). The records are the party's to
// check and sign page by page; the opinion and the order are issued in the body's name.
import { recusalNotice } from '../rights.ts';
import {
  FOOTER_TWO_COPIES,
  PENALTY_LAW_2021,
  cnDate,
  cnDateTime,
  compact,
  datePart,
  mainParty,
  numberOf,
  officerList,
  officerNames,
  orBlank,
  partyName,
  partyRows,
  reader,
  sealBlock,
  signatureBlock,
  spokesperson,
  textParagraphs,
  you,
} from '../parts.ts';
import type { DocumentTemplate, TemplateInput } from '../template.ts';

const RULES = '《卫生行政执法文书规范》';

const SITE_INPUTS: readonly TemplateInput[] = [
  { key: 'checkedAt', label: '检查时间', kind: 'datetime', required: true },
  {
    key: 'place',
    label: '检查地点',
    kind: 'text',
    required: true,
    prefill: (s) => s.case.place,
    maxLength: 200,
  },
  { key: 'present', label: '在场人员', kind: 'text', required: false, prefill: spokesperson, maxLength: 200 },
  { key: 'findings', label: '检查情况', kind: 'textarea', required: true, maxLength: 10000 },
];

export const siteRecord: DocumentTemplate = {
  key: 'site_record',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '现场笔录',
  nature: null,
  kinds: ['penalty', 'inspection', 'coercion'],
  partySigns: true,
  basis: `${RULES}；《中华人民共和国行政处罚法》第四十三条、第五十五条`,
  needs: ['party', 'officers'],
  inputs: SITE_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, SITE_INPUTS);
    const present = read('present');
    return {
      issuer: s.body.name,
      title: '现场笔录',
      blocks: [
        {
          kind: 'fields',
          rows: [
            ...partyRows(s, '被检查人（单位）'),
            { label: '检查时间', value: cnDateTime(read('checkedAt')) },
            { label: '检查地点', value: orBlank(read('place')) },
            { label: '执法人员', value: officerList(s) },
            { label: '在场人员', value: orBlank(present) },
          ],
        },
        {
          kind: 'paragraph',
          indent: true,
          text:
            `执法人员${officerNames(s)}向${present || '被检查人'}出示了执法证件，说明了检查的依据和目的，` +
            '告知其应当如实回答询问、协助检查，不得拒绝或者阻挠。',
        },
        recusalNotice(s),
        { kind: 'heading', text: '检查情况' },
        ...textParagraphs(read('findings')),
        signatureBlock(ctx, '被检查人（签名）', datePart(read('checkedAt'), s.today), present || undefined),
      ],
      footer: '本笔录经被检查人核对无误后逐页签名；拒绝签名的，由执法人员注明情况。',
    };
  },
};

const INQUIRY_INPUTS: readonly TemplateInput[] = [
  { key: 'askedAt', label: '询问时间', kind: 'datetime', required: true },
  { key: 'place', label: '询问地点', kind: 'text', required: true, maxLength: 200 },
  {
    key: 'interviewee',
    label: '被询问人',
    kind: 'text',
    required: true,
    prefill: spokesperson,
    maxLength: 50,
  },
  // The 笔录 prints the line, so the form asks for it rather than the issue being refused for a blank.
  { key: 'intervieweeId', label: '被询问人身份证件号码', kind: 'text', required: true, maxLength: 30 },
  {
    key: 'intervieweeRole',
    label: '工作单位及职务',
    kind: 'text',
    required: false,
    prefill: (s) => {
      const p = mainParty(s);
      return p?.type === 'organisation' && p.legalRepresentative ? `${p.name}，法定代表人（负责人）` : '';
    },
    maxLength: 100,
  },
  {
    key: 'recorder',
    label: '记录人',
    kind: 'text',
    required: true,
    prefill: (s) => s.officers[1]?.name ?? '',
    maxLength: 50,
  },
  { key: 'qa', label: '询问内容（问/答）', kind: 'textarea', required: true, maxLength: 20000 },
];

export const inquiryRecord: DocumentTemplate = {
  key: 'inquiry_record',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '询问笔录',
  nature: null,
  kinds: ['penalty', 'inspection', 'coercion'],
  partySigns: true,
  basis: `${RULES}；《中华人民共和国行政处罚法》第四十三条、第五十五条`,
  needs: ['party', 'officers'],
  inputs: INQUIRY_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, INQUIRY_INPUTS);
    const interviewee = read('interviewee');
    return {
      issuer: s.body.name,
      title: '询问笔录',
      blocks: compact([
        {
          kind: 'fields',
          rows: [
            { label: '案由', value: orBlank(s.case.cause) },
            { label: '被询问人', value: orBlank(interviewee) },
            { label: '身份证件号码', value: orBlank(read('intervieweeId')) },
            { label: '工作单位及职务', value: orBlank(read('intervieweeRole')) },
            { label: '询问时间', value: cnDateTime(read('askedAt')) },
            { label: '询问地点', value: orBlank(read('place')) },
            { label: '询问人', value: officerList(s) },
            { label: '记录人', value: orBlank(read('recorder')) },
          ],
        },
        {
          kind: 'paragraph',
          indent: true,
          text:
            `我们是${s.body.name}的执法人员，这是我们的执法证件（出示执法证件）。现就${orBlank(s.case.cause)}一事依法向你调查了解情况。` +
            '根据《中华人民共和国行政处罚法》第五十五条的规定，你应当如实回答询问，协助调查，不得拒绝或者阻挠。',
        },
        recusalNotice(s, '你'),
        { kind: 'heading', text: '询问内容' },
        ...textParagraphs(read('qa'), false),
        signatureBlock(ctx, '被询问人（签名）', datePart(read('askedAt'), s.today), interviewee || undefined),
      ]),
      footer: '本笔录经被询问人核对无误后逐页签名；拒绝签名的，由执法人员注明情况。',
    };
  },
};

const OPINION_INPUTS: readonly TemplateInput[] = [
  { key: 'opinion', label: '意见', kind: 'textarea', required: true, maxLength: 5000 },
  {
    key: 'basis',
    label: '依据',
    kind: 'text',
    required: false,
    prefill: (s) => s.case.violatedBasis,
    maxLength: 500,
  },
];

export const supervisionOpinion: DocumentTemplate = {
  key: 'supervision_opinion',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '卫生监督意见书',
  nature: '监意',
  kinds: ['inspection', 'penalty'],
  partySigns: true,
  basis: RULES,
  needs: ['party', 'officers'],
  inputs: OPINION_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, OPINION_INPUTS);
    const basis = read('basis');
    return {
      issuer: s.body.name,
      title: '卫生监督意见书',
      number: numberOf(ctx),
      blocks: compact([
        { kind: 'fields', rows: partyRows(s, '被监督单位（人）') },
        { kind: 'heading', text: '监督意见' },
        ...textParagraphs(read('opinion')),
        basis !== '' && { kind: 'paragraph', indent: true, text: `依据：${basis}。` },
        sealBlock(s, s.today),
        signatureBlock(ctx, '被监督单位（人）签收', s.today),
      ]),
      footer: FOOTER_TWO_COPIES,
    };
  },
};

const CORRECTION_INPUTS: readonly TemplateInput[] = [
  {
    key: 'violation',
    label: '违法行为',
    kind: 'textarea',
    required: true,
    prefill: (s) => s.case.cause,
    maxLength: 2000,
  },
  {
    key: 'violatedBasis',
    label: '违反的规定',
    kind: 'text',
    required: true,
    prefill: (s) => s.case.violatedBasis,
    maxLength: 500,
  },
  {
    key: 'orderBasis',
    label: '责令改正的依据',
    kind: 'text',
    required: true,
    prefill: (s) => s.case.penaltyBasis,
    maxLength: 500,
  },
  { key: 'deadline', label: '改正期限', kind: 'date', required: true },
  { key: 'requirements', label: '改正要求', kind: 'textarea', required: true, maxLength: 5000 },
];

export const correctionOrder: DocumentTemplate = {
  key: 'correction_order',
  version: 1,
  effectiveFrom: PENALTY_LAW_2021,
  title: '责令改正通知书',
  nature: '责改',
  kinds: ['penalty', 'inspection'],
  partySigns: true,
  basis: `${RULES}；《中华人民共和国行政处罚法》第二十八条`,
  needs: ['party', 'officers'],
  inputs: CORRECTION_INPUTS,
  build(ctx) {
    const s = ctx.snapshot;
    const read = reader(ctx, CORRECTION_INPUTS);
    const y = you(s);
    return {
      issuer: s.body.name,
      title: '责令改正通知书',
      number: numberOf(ctx),
      blocks: [
        { kind: 'fields', rows: partyRows(s) },
        { kind: 'paragraph', text: `${partyName(s)}：` },
        {
          kind: 'paragraph',
          indent: true,
          text:
            `经查，${y}${orBlank(read('violation'))}，违反了${orBlank(read('violatedBasis'))}的规定。` +
            `依据${orBlank(read('orderBasis'))}和《中华人民共和国行政处罚法》第二十八条的规定，现责令${y}于${cnDate(read('deadline'))}前改正上述违法行为。`,
        },
        { kind: 'heading', text: '改正要求' },
        ...textParagraphs(read('requirements')),
        {
          kind: 'paragraph',
          indent: true,
          text: `${y}应当在期限届满前将改正情况书面报告本机关。逾期不改正的，本机关将依法处理。`,
        },
        sealBlock(s, s.today),
        signatureBlock(ctx, '当事人（签收）', s.today),
      ],
      footer: FOOTER_TWO_COPIES,
    };
  },
};
