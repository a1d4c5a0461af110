// Demo case 4: 调查取证 with evidence — site records, a recording, a statement, the mobile terminal's
// electronic record as a file (C7), a witness and the clinic's agent (C4), and evidence preserved.
// Same party as the inspection (procedures.ts), so the two show as linked cases.
import { Readable } from 'node:stream';
import type { DemoKit } from './kit.ts';
import { CLINIC, companion } from './parties.ts';

export async function seedInvestigatingCase({ services, ago, officer, open, investigate, step }: DemoKit) {
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
  await step(officer, id, {
    type: 'preserve_evidence',
    on: ago(2),
    items: '医疗废物周转箱 2 个、医疗废物登记簿 1 本',
    reason: '证据可能灭失或者以后难以取得',
  });
}
