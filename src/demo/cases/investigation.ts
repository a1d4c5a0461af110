// Demo case 4: 调查取证 with evidence — site records, a recording, a statement, the mobile terminal's
// electronic record as a file (C7), a witness and the clinic's agent (C4), and evidence preserved.
// Same party as the inspection (procedures.ts), so the two show as linked cases.
import { Readable } from 'node:stream';
import type { DemoKit } from './kit.ts';
import { CLINIC, companion } from './parties.ts';

export async function seedInvestigatingCase({
  services,
  ago,
  officer,
  open,
  investigate,
  step,
  record,
}: DemoKit) {
  const { cases, evidence, caseParties } = services;
  const id = await open(
    {
      cause: '医疗卫生机构未将医疗废物按照类别分置于专用包装物或者容器',
      enforcementItemCode: 'SFWJ-CF-028',
      parties: [CLINIC],
      place: '示范区健康路 18 号',
      summary: '医疗废物暂存处未设置明显标识，损伤性废物与感染性废物混放',
    },
    20,
  );
  await investigate(id, 19, null, null);
  const version = async () => (await cases.get(officer, id)).version;
  for (const [type, title] of [
    ['inspection_record', '现场笔录（2页）'],
    ['audiovisual', '现场执法记录仪视频'],
    ['party_statement', '询问笔录（林海）'],
  ] as const) {
    await evidence.add(officer, id, {
      version: await version(),
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
  const electronic = await evidence.add(officer, id, {
    version: await version(),
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
  const received = await evidence.receive(Readable.from([terminalRecord]), 'text/csv', terminalRecord.length);
  await evidence.attach(
    officer,
    id,
    electronic.seq,
    { ...received, fileName: '移动执法终端检查记录.csv', mimeType: 'text/csv' },
    {},
  );
  // A witness questioned during the investigation, and the clinic's agent (授权委托).
  await caseParties.add(officer, id, {
    version: await version(),
    ...companion('witness', '林小雨', '示范区健康路 20 号', '13800001234'),
  });
  const clinic = (await cases.get(officer, id)).parties.find((p) => p.role === 'party')!;
  await caseParties.add(officer, id, {
    version: await version(),
    ...companion('agent', '周律', '示范区中山路 6 号律师事务所', '13900005678', clinic.id),
  });
  // The questioning of the witness and the opinion left with the clinic (全过程记录: every act on paper).
  await record(id, 'inquiry_record', ago(3), {
    askedAt: `${ago(3)}T14:00`,
    place: '示范区卫生健康委员会询问室',
    interviewee: '林小雨',
    intervieweeId: '350102199203154528',
    intervieweeRole: '示范区健康路 20 号居民（证人）',
    qa: '问：你是否看到该诊所将医疗废物与生活垃圾混放？\n答：看到过，上周三下午诊所后门的生活垃圾桶里有用过的注射器和棉签。\n问：以上所说是否属实？\n答：属实。',
  });
  await record(id, 'supervision_opinion', ago(3), {
    opinion:
      '你单位未将医疗废物按照类别分置于专用包装物或者容器，请立即整改：按感染性、损伤性、病理性、药物性、化学性分类收集，设置警示标识，并建立医疗废物登记制度。',
  });
  await step(officer, id, {
    type: 'preserve_evidence',
    on: ago(2),
    items: '医疗废物周转箱 2 个、医疗废物登记簿 1 本',
    reason: '证据可能灭失或者以后难以取得',
  });
}
