// Demo cases of 示范区卫生健康委员会 in every stage the workbench shows (C1–C5, G2): each is taken through
// its procedure by the demo accounts with the real service — the state always comes out of the machine,
// never written here. Dates are relative to today, so deadlines are due soon, overdue or far off as named.
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { systemCtx, today, type Ctx } from '../platform/context.ts';
import { userActorOf, type Role } from '../modules/access/index.ts';
import type { CreateCaseInput } from '../modules/cases/types.ts';
import { addDays } from '../modules/cases/deadlines.ts';
import { creditCodeCheckChar, idNumberCheckChar } from '../modules/bodies/rules.ts';
import type { Services } from '../services.ts';

/** Each demo account's context: the demo acts as the accounts would, all at the start instant. */
async function usersByName(services: Services, now: Date): Promise<Record<string, Ctx>> {
  const { rows } = await services.database.db.execute<{
    id: string;
    username: string;
    displayName: string;
    bodyId: string;
    bodyPath: string;
    roles: Role[];
    personId: string | null;
  }>(sql`
    select u.id, u.username, u.display_name as "displayName", u.body_id as "bodyId", b.path as "bodyPath", u.roles, u.person_id as "personId"
      from users u join bodies b on b.id = u.body_id`);
  return Object.fromEntries(rows.map((r) => [r.username, { actor: userActorOf(r), ip: null, now }]));
}

async function personWithPost(services: Services, post: string): Promise<string> {
  const { rows } = await services.database.db.execute<{ id: string }>(
    sql`select id from people where post = ${post} order by name limit 1`,
  );
  return rows[0]!.id;
}

/** Valid codes (with check characters) for the demo parties. */
const cc = (first17: string) => first17 + creditCodeCheckChar(first17);

const CLINIC = {
  role: 'party' as const,
  type: 'organisation' as const,
  name: '示范区康宁口腔诊所有限公司',
  creditCode: cc('91350100M000100Y4'),
  legalRepresentative: '林海',
  address: '示范区健康路 18 号',
  phone: '0999-6618888',
  idType: null,
  idNumber: null,
  minor: false,
};
const HOTEL = {
  role: 'party' as const,
  type: 'organisation' as const,
  name: '示范区悦来宾馆有限公司',
  creditCode: cc('91350100MA2Y8K3X1'),
  legalRepresentative: '陈平',
  address: '示范区人民路 8 号',
  phone: '0999-6620001',
  idType: null,
  idNumber: null,
  minor: false,
};
const PERSON = {
  role: 'party' as const,
  type: 'person' as const,
  name: '刘某',
  idType: '居民身份证',
  idNumber: `35010219900101123${idNumberCheckChar('35010219900101123')}`,
  creditCode: null,
  legalRepresentative: null,
  address: '示范区和平街 3 号',
  phone: '13900000001',
  minor: false,
};

export async function seedDemoCases(services: Services): Promise<number> {
  const system = systemCtx(services.clock);
  const ago = (days: number) => addDays(today(system), -days);
  const u = await usersByName(services, system.now);
  const officer = u.officer1!;
  const head = u.head1!;
  const reviewer = u.reviewer1!;
  const officers = [officer.actor.personId!, u.officer2!.actor.personId!];
  const reviewerPerson = reviewer.actor.personId!;
  const cases = services.cases;
  let count = 0;

  const open = async (
    input: Partial<CreateCaseInput> & Pick<CreateCaseInput, 'cause' | 'parties'>,
    openedDaysAgo: number,
  ) => {
    count++;
    return cases.create(officer, {
      kind: 'penalty',
      field: 'medical',
      source: '日常监督检查',
      place: '',
      summary: '',
      enforcementItemCode: null,
      unitId: null,
      leadOfficerId: officers[0]!,
      officerIds: officers,
      originCaseId: null,
      openedOn: ago(openedDaysAgo),
      particulars: {
        violationOn: ago(openedDaysAgo + 5),
        discoveredOn: ago(openedDaysAgo),
        lifeHealthHarmed: false,
        electronicServiceConsent: false,
      },
      ...input,
    });
  };
  const step = async (user: Ctx, id: string, action: Record<string, unknown> & { type: string }) => {
    const c = await cases.get(user, id);
    await cases.act(user, id, c.version, action);
    return cases.get(user, id);
  };
  /** 立案 → 调查 → 调查终结, and the legal review when the catalogue requires it. */
  const investigate = async (
    id: string,
    filedAgo: number,
    closedAgo: number | null,
    proposal: { kinds: string[]; fineFen: number | null } | null,
  ) => {
    await step(head, id, { type: 'file', filedOn: ago(filedAgo), approvedBy: head.actor.name });
    await step(officer, id, { type: 'start_investigation', on: ago(filedAgo) });
    if (closedAgo === null) return;
    const closed = await step(officer, id, {
      type: 'close_investigation',
      on: ago(closedAgo),
      proposal,
      collectiveDiscussionRequired: false,
    });
    if (closed.record.reviewRequired) {
      await step(officer, id, { type: 'submit_review', on: ago(closedAgo) });
      await step(reviewer, id, {
        type: 'record_review',
        reviewedOn: ago(closedAgo - 1),
        passed: true,
        opinion: '事实清楚，证据确凿，适用依据正确，程序合法，处罚适当，同意。',
      });
    }
  };
  const WARNING_FINE = (yuan: number) => ({ kinds: ['warning', 'fine'], fineFen: yuan * 100 });

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
  await services.caseDocuments.issue(officer, simple, {
    template: 'simple_penalty_decision',
    inputs: { at: `${ago(3)} 10:30` },
    party: { refusedNote: '当事人拒绝签名，执法人员二人在场见证。' },
  });

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

  // 4. 调查取证 with evidence; same party as the inspection below (linked cases).
  const investigating = await open(
    {
      cause: '医疗卫生机构未将医疗废物按照类别分置于专用包装物或者容器',
      enforcementItemCode: 'SFWJ-CF-028',
      parties: [CLINIC],
      place: '示范区健康路 18 号',
      summary: '医疗废物暂存处未设置明显标识，损伤性废物与感染性废物混放',
    },
    20,
  );
  await investigate(investigating, 19, null, null);
  for (const [type, title] of [
    ['inspection_record', '现场笔录（2页）'],
    ['audiovisual', '现场执法记录仪视频'],
    ['party_statement', '询问笔录（林海）'],
  ] as const) {
    await services.evidence.add(officer, investigating, {
      type,
      title,
      description: '',
      source: '现场检查',
      collectedOn: ago(18),
      collectedBy: '执法人员',
    });
  }
  // 电子数据 (C7): the mobile terminal's inspection record as a file, with when, where and on which device
  // (UTF-8 with a BOM, as terminals export it for Excel and WPS).
  const terminalRecord = Buffer.from(
    '\uFEFF检查项目,检查结果\r\n医疗废物分类收集,不符合：损伤性废物与感染性废物混放\r\n暂存处警示标识,未设置\r\n医疗废物登记,登记簿记载不全\r\n',
    'utf8',
  );
  const electronic = await services.evidence.add(officer, investigating, {
    type: 'electronic',
    title: '移动执法终端检查记录',
    description: '现场检查时移动执法终端生成的检查记录',
    source: '移动执法终端',
    collectedOn: ago(18),
    collectedBy: '执法人员',
    capturedAt: `${ago(18)}T02:30:00.000Z`,
    device: '移动执法终端 YD-0231',
    location: '示范区健康路 18 号医疗废物暂存处',
  });
  const received = await services.evidence.receive(
    Readable.from([terminalRecord]),
    'text/csv',
    terminalRecord.length,
  );
  await services.evidence.attach(
    officer,
    investigating,
    electronic.seq,
    { ...received, fileName: '移动执法终端检查记录.csv', mimeType: 'text/csv' },
    {},
  );
  // A witness questioned during the investigation, and the clinic's agent (授权委托).
  await services.caseParties.add(officer, investigating, {
    version: (await cases.get(officer, investigating)).version,
    role: 'witness',
    type: 'person',
    name: '林小雨',
    idType: null,
    idNumber: null,
    creditCode: null,
    legalRepresentative: null,
    address: '示范区健康路 20 号',
    phone: '13800001234',
    minor: false,
    representsId: null,
  });
  const clinic = (await cases.get(officer, investigating)).parties.find((p) => p.role === 'party')!;
  await services.caseParties.add(officer, investigating, {
    version: (await cases.get(officer, investigating)).version,
    role: 'agent',
    type: 'person',
    name: '周律',
    idType: null,
    idNumber: null,
    creditCode: null,
    legalRepresentative: null,
    address: '示范区中山路 6 号律师事务所',
    phone: '13900005678',
    minor: false,
    representsId: clinic.id,
  });
  await step(officer, investigating, {
    type: 'preserve_evidence',
    on: ago(2),
    items: '医疗废物周转箱 2 个、医疗废物登记簿 1 本',
    reason: '证据可能灭失或者以后难以取得',
  });

  // 5. 调查终结, at legal review (or ready for the notice when the catalogue requires none).
  const review = await open(
    {
      cause: '诊疗活动超出登记的诊疗科目范围',
      enforcementItemCode: 'SFWJ-CF-005',
      parties: [{ ...CLINIC, name: '示范区美丽医疗美容诊所有限公司', creditCode: cc('91350100MA2Y8K5B3') }],
    },
    40,
  );
  await step(head, review, { type: 'file', filedOn: ago(39), approvedBy: head.actor.name });
  await step(officer, review, { type: 'start_investigation', on: ago(38) });
  const r5 = await step(officer, review, {
    type: 'close_investigation',
    on: ago(10),
    proposal: WARNING_FINE(5000),
    collectiveDiscussionRequired: false,
  });
  if (r5.record.reviewRequired) await step(officer, review, { type: 'submit_review', on: ago(9) });

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
    hostId: reviewerPerson,
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
  await investigate(archived, 100, 85, { kinds: ['warning'], fineFen: null });
  await step(officer, archived, {
    type: 'notify',
    servedOn: ago(80),
    penalty: { kinds: ['warning'], fineFen: null },
  });
  await step(officer, archived, { type: 'waive_rights', on: ago(79) });
  await step(head, archived, {
    type: 'decide',
    decidedOn: ago(75),
    penalty: { kinds: ['warning'], fineFen: null },
  });
  await step(officer, archived, { type: 'serve', servedOn: ago(74), method: 'in_person' });
  await step(officer, archived, { type: 'close', on: ago(73) });
  await step(u.archivist1!, archived, { type: 'archive', on: ago(70) });

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

  // 11. 查封扣押 with its one extension (行政强制法第二十五条).
  count++;
  const seizure = await cases.create(officer, {
    kind: 'coercion',
    field: 'disinfection',
    cause: '涉嫌经营无卫生许可批件的消毒产品',
    source: '日常监督检查',
    place: '示范区洁康商贸有限公司仓库',
    summary: '仓库内存放无卫生许可批件的消毒液 120 箱',
    enforcementItemCode: null,
    unitId: null,
    leadOfficerId: officers[0]!,
    officerIds: officers,
    originCaseId: null,
    openedOn: ago(35),
    particulars: {
      violationOn: null,
      discoveredOn: null,
      lifeHealthHarmed: false,
      electronicServiceConsent: false,
    },
    parties: [{ ...HOTEL, name: '示范区洁康商贸有限公司', creditCode: cc('91350100MA2Y8KAG8') }],
  });
  await step(head, seizure, {
    type: 'decide',
    decidedOn: ago(33),
    approvedBy: head.actor.name,
    measure: 'seize',
    items: [{ name: '84 消毒液（500ml）', quantity: 120, unit: '箱' }],
    reason: '涉嫌经营无卫生许可批件的消毒产品，需检验',
    basis: '《中华人民共和国行政强制法》第九条、第十八条',
    certificatesShown: true,
    partyPresent: true,
    witness: null,
    partyInformed: true,
    onSiteRecord: true,
  });
  await step(head, seizure, {
    type: 'extend',
    decidedOn: ago(6),
    days: 30,
    approvedBy: head.actor.name,
    reason: '检验结果尚未出具，情况复杂',
    notifiedOn: ago(6),
  });

  // 12. 行政检查 with a correction period ending in two days (due soon).
  count++;
  const inspection = await cases.create(officer, {
    kind: 'inspection',
    field: 'medical',
    cause: '医疗废物管理专项检查',
    source: '双随机抽查',
    place: '示范区健康路 18 号',
    summary: '',
    enforcementItemCode: 'SFWJ-JC-006',
    unitId: null,
    leadOfficerId: officers[0]!,
    officerIds: officers,
    originCaseId: null,
    openedOn: ago(10),
    particulars: {
      violationOn: null,
      discoveredOn: null,
      lifeHealthHarmed: false,
      electronicServiceConsent: false,
    },
    parties: [CLINIC],
  });
  await step(officer, inspection, {
    type: 'inspect',
    inspectedOn: ago(9),
    place: '示范区健康路 18 号',
    certificatesShown: true,
    onSiteRecord: true,
  });
  await step(officer, inspection, {
    type: 'order_correction',
    issuedOn: ago(9),
    document: 'correction_notice',
    problems: '医疗废物暂存处未设置警示标识',
    deadline: ago(-2),
  });

  // 13. 行政许可: an application received and accepted; the 20 working days are running.
  count++;
  const permit = await cases.create(officer, {
    kind: 'permit',
    field: 'public_place',
    cause: '公共场所卫生许可（新办）',
    source: '依申请',
    place: '',
    summary: '',
    enforcementItemCode: 'SFWJ-XK-004',
    unitId: null,
    leadOfficerId: officers[0]!,
    officerIds: [officers[0]!, await personWithPost(services, '医政医管科科员')].filter(
      (x, i, a) => a.indexOf(x) === i,
    ),
    originCaseId: null,
    openedOn: ago(3),
    particulars: {
      violationOn: null,
      discoveredOn: null,
      lifeHealthHarmed: false,
      electronicServiceConsent: false,
    },
    parties: [{ ...HOTEL, name: '示范区如家酒店管理有限公司', creditCode: cc('91350100MA2Y8KBH9') }],
  });
  await step(officer, permit, {
    type: 'receive',
    receivedOn: ago(3),
    applicant: '示范区如家酒店管理有限公司',
    matter: '公共场所卫生许可证（住宿场所）',
  });
  await step(officer, permit, { type: 'accept', acceptedOn: ago(2), receiptIssued: true });

  await services.cases.raiseReminders(system);
  return count;
}
