// Demo cases 1–10, 行政处罚 in every stage the workbench shows (C1–C5, G2): 简易程序 closed, a 线索, filed,
// under investigation (investigation.ts), at legal review, notified, heard and paid, overdue, archived,
// and 不予处罚.
import type { DemoKit } from './kit.ts';
import { WARNING_FINE } from './kit.ts';
import { seedInvestigatingCase } from './investigation.ts';
import { cc, CLINIC, HOTEL, PERSON } from './parties.ts';

export async function seedPenaltyCases(kit: DemoKit) {
  const { ago, evidenceOf, officer, head, reviewer, users, open, investigate, step, record } = kit;

  // 1. 简易程序: decided, served and paid on the spot, then closed.
  const simple = await open(
    {
      cause: '安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作',
      enforcementItemCode: 'SFWJ-CF-018',
      field: 'public_place',
      parties: [PERSON],
      place: '示范区人民路 8 号悦来宾馆',
      summary: '从业人员刘某未取得有效健康合格证明从事客房服务',
      simple: { decidedOn: ago(3), kinds: ['warning', 'fine'], fineFen: 20_000 },
    },
    3,
  );
  await step(officer, simple, { type: 'serve', servedOn: ago(3), method: 'in_person' });
  await step(officer, simple, { type: 'record_payment', paidOn: ago(2), amountFen: 20_000 });
  await step(officer, simple, { type: 'close', on: ago(1) });

  // 2. 线索: awaiting the head's 立案 approval.
  await open(
    {
      cause: '未取得《医疗机构执业许可证》擅自执业',
      enforcementItemCode: 'SFWJ-CF-001',
      parties: [{ ...CLINIC, name: '示范区阳光牙科工作室', creditCode: cc('92350100MA2Y8K0Z1') }],
      source: '投诉举报',
      summary: '群众举报该工作室未取得执业许可为患者洁牙、补牙',
    },
    1,
  );

  // 3. 立案, investigation not yet started.
  const filed = await open(
    {
      cause: '医疗卫生机构使用的医疗器械未达到消毒、灭菌要求',
      enforcementItemCode: 'SFWJ-CF-027',
      parties: [{ ...CLINIC, name: '示范区仁和门诊部', creditCode: cc('91350100MA2Y8K4A2') }],
    },
    5,
  );
  await step(head, filed, { type: 'file', filedOn: ago(4), approvedBy: head.actor.name });

  // 4. 调查取证 with evidence, a witness and an agent.
  await seedInvestigatingCase(kit);

  // 5. 调查终结, at legal review (or ready for the notice when the catalogue requires none).
  const review = await open(
    {
      cause: '诊疗活动超出登记的诊疗科目范围',
      enforcementItemCode: 'SFWJ-CF-005',
      summary: '当事人登记的诊疗科目为医疗美容科（美容皮肤科），现场检查发现其开展美容外科隆鼻手术',
      parties: [{ ...CLINIC, name: '示范区美丽医疗美容诊所有限公司', creditCode: cc('91350100MA2Y8K5B3') }],
    },
    40,
  );
  await step(head, review, { type: 'file', filedOn: ago(39), approvedBy: head.actor.name });
  await step(officer, review, { type: 'start_investigation', on: ago(38) });
  await evidenceOf(review, ago(38));
  const r5 = await step(officer, review, {
    type: 'close_investigation',
    on: ago(10),
    proposal: WARNING_FINE(5000),
    collectiveDiscussionRequired: false,
  });
  // The handling unit's 合议 on the proposal, before it goes to legal review.
  await record(review, 'deliberation_record', ago(10), {
    heldAt: `${ago(10)}T15:00`,
    place: '示范区卫生健康委员会会议室',
    host: head.actor.name,
    participants: `${head.actor.name} 主要负责人\n${officer.actor.name} 承办人\n${users.officer2!.actor.name} 承办人`,
    recorder: users.officer2!.actor.name,
    discussion:
      '承办人汇报了案件事实、证据和处罚建议；与会人员认为当事人超出登记的诊疗科目开展医疗美容项目，事实清楚，证据确凿，建议在裁量基准范围内处罚。',
  });
  if (r5.record.reviewRequired) await kit.submitReview(review, ago(9));

  // 6. 事先告知 served two days ago: the party's five working days are running (due soon).
  const notified = await open(
    {
      cause: '供水单位未取得卫生许可证而擅自供水',
      enforcementItemCode: 'SFWJ-CF-024',
      field: 'drinking_water',
      parties: [{ ...HOTEL, name: '示范区清泉二次供水有限公司', creditCode: cc('91350100MA2Y8K6C4') }],
    },
    30,
  );
  await investigate(notified, 29, 6, WARNING_FINE(8000));
  await step(officer, notified, { type: 'notify', servedOn: ago(2), penalty: WARNING_FINE(8000) });
  // The party states its case within the five working days (行政处罚法第四十五条), on the record.
  await record(notified, 'statement_record', ago(1), {
    at: `${ago(1)}T10:00`,
    place: '示范区卫生健康委员会接待室',
    content:
      '当事人称其二次供水设施系今年新建，卫生许可证申请材料已于上月提交，正在审批中，请求从轻处罚。执法人员告知将对其陈述申辩进行复核。',
  });

  // 7. 听证: requested, held by a host who did not investigate, decided, served and paid.
  const hearing = await open(
    {
      cause: '使用非卫生技术人员从事医疗卫生技术工作',
      enforcementItemCode: 'SFWJ-CF-006',
      summary: '当事人于2026年8月1日至8月20日期间，安排未取得医师资格的王某在诊所内从事口腔诊疗活动',
      parties: [{ ...CLINIC, name: '示范区安康诊所有限公司', creditCode: cc('91350100MA2Y8K7D5') }],
    },
    70,
  );
  await investigate(hearing, 69, 50, WARNING_FINE(30_000));
  await step(officer, hearing, { type: 'notify', servedOn: ago(45), penalty: WARNING_FINE(30_000) });
  await step(officer, hearing, { type: 'request_hearing', requestedOn: ago(44) });
  await step(officer, hearing, {
    type: 'schedule_hearing',
    noticeServedOn: ago(43),
    hearingOn: ago(25),
    hostId: reviewer.actor.personId!,
  });
  await step(officer, hearing, { type: 'hold_hearing', heldOn: ago(25) });
  await step(head, hearing, { type: 'decide', decidedOn: ago(20), penalty: WARNING_FINE(25_000) });
  await step(officer, hearing, { type: 'serve', servedOn: ago(19), method: 'in_person' });
  await step(officer, hearing, { type: 'record_payment', paidOn: ago(10), amountFen: 2_500_000 });

  // 8. Overdue: filed 120 days ago, the 90-day decision period has run out.
  const overdue = await open(
    {
      cause: '未按照规定对放射诊疗工作人员进行个人剂量监测',
      enforcementItemCode: 'SFWJ-CF-038',
      field: 'radiation',
      parties: [{ ...CLINIC, name: '示范区博爱医院有限公司', creditCode: cc('91350100MA2Y8K8E6') }],
    },
    121,
  );
  await investigate(overdue, 120, null, null);

  // 9. The whole procedure, archived.
  const archived = await open(
    {
      cause: '未按照规定公示公共场所卫生许可证和卫生信誉度等级',
      enforcementItemCode: 'SFWJ-CF-021',
      field: 'public_place',
      parties: [{ ...HOTEL, name: '示范区同心足浴店', creditCode: cc('92350100MA2Y8K9F7') }],
    },
    101,
  );
  const warning = { kinds: ['warning'], fineFen: null };
  await investigate(archived, 100, 85, warning);
  await step(officer, archived, { type: 'notify', servedOn: ago(80), penalty: warning });
  await step(officer, archived, { type: 'waive_rights', on: ago(79) });
  await step(head, archived, { type: 'decide', decidedOn: ago(75), penalty: warning });
  await step(officer, archived, { type: 'serve', servedOn: ago(74), method: 'in_person' });
  await step(officer, archived, { type: 'close', on: ago(73) });
  await step(users.archivist1!, archived, { type: 'archive', on: ago(70) });

  // 10. 不予处罚: a first, minor violation corrected at once (行政处罚法第三十三条).
  const noPenalty = await open(
    {
      cause: '未按照规定对顾客用品用具进行清洗、消毒',
      enforcementItemCode: 'SFWJ-CF-017',
      field: 'public_place',
      parties: [{ ...HOTEL, name: '示范区洁康商贸有限公司', creditCode: cc('91350100MA2Y8KAG8') }],
    },
    50,
  );
  await investigate(noPenalty, 49, 30, null);
  await step(head, noPenalty, {
    type: 'decide_no_penalty',
    decidedOn: ago(20),
    reason: '初次违法且危害后果轻微并及时改正，依照《中华人民共和国行政处罚法》第三十三条第一款不予行政处罚',
  });
}
