// C5 test helpers for the document templates: the text a reader sees in a model, and a complete set of
// officer inputs for every template so a build has nothing left blank.
import type { DocumentModel } from '../../../platform/documents/model.ts';

/** Every piece of text of the model, in order, one per line. */
export function textOf(model: DocumentModel): string {
  const out: string[] = [model.issuer, model.title, model.number ?? ''];
  for (const b of model.blocks) {
    switch (b.kind) {
      case 'paragraph':
      case 'heading':
        out.push(b.text);
        break;
      case 'fields':
        for (const r of b.rows) out.push(`${r.label}：${r.value}`);
        break;
      case 'table':
        out.push(b.columns.join(' '), ...b.rows.map((r) => r.join(' ')));
        break;
      case 'notice':
        out.push(b.title ?? '', b.text);
        break;
      case 'signatures':
        out.push(...b.officers.map((o) => `${o.name} ${o.certificateNo}`));
        if (b.party) out.push(`${b.party.label}：${b.party.name}`);
        out.push(b.date);
        break;
      case 'seal':
        out.push(b.issuer, b.date);
        break;
      case 'spacer':
        break;
    }
  }
  out.push(model.footer ?? '');
  return out.join('\n');
}

/** A full set of inputs per template key, every field filled. */
export const FULL_INPUTS: Readonly<Record<string, Record<string, string>>> = {
  site_record: {
    checkedAt: '2026-01-16T09:30',
    place: '示范区健康路8号',
    present: '赵五',
    findings: '执法人员在二号诊室发现王某正在为患者洗牙。\n王某未能出示医师资格证书。',
  },
  inquiry_record: {
    askedAt: '2026-01-22T14:00',
    place: '示范区卫生健康委员会询问室',
    interviewee: '赵五',
    intervieweeId: '110101198001010011',
    intervieweeRole: '示范口腔诊所有限公司，法定代表人',
    recorder: '李四',
    qa: '问：王某是否取得医师资格？\n答：没有。',
  },
  supervision_opinion: {
    opinion: '立即停止安排非卫生技术人员从事诊疗活动。',
    basis: '《医疗机构管理条例》第二十七条',
  },
  correction_order: {
    violation: '使用非卫生技术人员从事医疗卫生技术工作',
    violatedBasis: '《医疗机构管理条例》第二十七条',
    orderBasis: '《医疗机构管理条例》第四十七条',
    deadline: '2026-01-31',
    requirements: '立即停止王某从事诊疗活动；建立人员资质审核制度。',
  },
  preservation_decision: {
    items: '门诊日志|2025年版|1本\n收费单据|—|35张',
    storagePlace: '示范口腔诊所档案室',
    storageMethod: '就地封存',
  },
  seizure_decision: {
    measure: '扣押',
    reason: '当事人使用的消毒设备涉嫌不符合卫生标准',
    basis: '《中华人民共和国传染病防治法》第五十五条',
    items: '高压蒸汽灭菌器|YX-18|1台',
    from: '2026-01-16',
    to: '2026-02-14',
  },
  filing_report: {
    source: '投诉举报',
    summary: '群众投诉称示范口腔诊所由无资质人员看牙。',
    opinion: '建议立案调查。',
    approval: '同意立案。',
  },
  investigation_report: {
    process: '本机关于2026年1月20日立案调查。',
    facts: '当事人安排王某为患者治疗。',
    discretion: '初次违法。',
    opinion: '建议给予警告并处罚款。',
  },
  deliberation_record: {
    heldAt: '2026-02-10T10:00',
    place: '第一会议室',
    host: '王科长',
    participants: '王科长 科长\n张三 执法人员\n李四 执法人员',
    recorder: '李四',
    discussion: '张三：事实清楚，证据充分。\n李四：同意。',
    conclusion: '建议给予警告，并处罚款人民币30000元。',
  },
  penalty_notice: { facts: '你单位安排王某为患者治疗', discretion: '初次违法' },
  statement_record: {
    at: '2026-03-10T10:00',
    place: '示范区卫生健康委员会',
    speaker: '赵五',
    relation: '法定代表人',
    recorder: '李四',
    content: '我们已经辞退王某，请求从轻处罚。',
  },
  hearing_notice: {
    hearingDate: '2026-03-30',
    hearingTime: '上午9时00分',
    place: '示范区卫生健康委员会听证室',
    publicity: '公开',
    host: '孙六',
    members: '周七',
    clerk: '吴八',
  },
  hearing_record: {
    at: '2026-03-30T09:00',
    place: '示范区卫生健康委员会听证室',
    host: '孙六',
    members: '周七',
    clerk: '吴八',
    attendees: '赵五（法定代表人）',
    investigators: '张三、李四',
    proceedings: '调查人员：提出违法事实、证据和处罚建议。\n当事人：对事实无异议，请求从轻。',
  },
  penalty_decision: {
    procedure: '本机关于2026年1月20日立案调查。',
    facts: '当事人安排王某为患者治疗。',
    statementReview: '当事人请求从轻处罚，本机关已予考虑。',
    discretion: '当事人系初次违法。',
  },
  simple_penalty_decision: {
    at: '2026-03-06T10:00',
    place: '示范区健康路8号',
    facts: '未按规定公示诊疗科目',
    statement: '无异议',
  },
  service_receipt: {
    document: '行政处罚决定书',
    documentNumber: '示区卫医罚〔2026〕3号',
    recipient: '示范口腔诊所有限公司',
    place: '示范区健康路8号',
    servedAt: '2026-03-21T10:00',
    method: '直接送达',
    note: '',
  },
  payment_reminder: {
    decisionNumber: '示区卫医罚〔2026〕3号',
    deadline: '2026-04-30',
    method: '到中国工商银行示范区支行缴纳',
  },
  closing_report: {
    decisionNumber: '示区卫医罚〔2026〕3号',
    execution: '当事人于2026年4月1日缴纳罚款人民币30000元。',
    opinion: '建议结案。',
    approval: '同意结案。',
  },
};
