// B1–B8 spreadsheets over HTTP: every kind exports as .xlsx in its agency layout, an unchanged export
// imports as "nothing changed", an edited cell makes exactly that entry a new version, and any broken
// cell is reported by row and column with nothing saved. Changes happen in fresh bodies that hold a copy
// of the demo catalogue, so no test sees another's edits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../../src/modules/catalog/demo/index.ts';
import { SHEETS } from '../../../src/modules/catalog/sheets/index.ts';
import type { CatalogKind } from '../../../src/modules/catalog/types.ts';
import type { Client, TestApp } from '../../helpers/app.ts';
import { createTestApp } from '../../helpers/app.ts';
import {
  demoIds,
  insertBodySql,
  insertUserSql,
  lastLedgerEntries,
  ledgerCount,
  loginFrom,
  multipart,
  type DemoIds,
} from '../support.ts';
import {
  bodyWithDemoCatalogue,
  col,
  DEMO_COUNTS,
  displayNameOf,
  entryCount,
  expectFailure,
  importFile,
  KINDS,
  latestVersions,
  listOf,
  readSheet,
  rowOf,
  sheetRow,
  versionsOf,
  writeSheet,
  type EntryOut,
  type Sheet,
} from './support.ts';
import { addDays, serverToday } from '../../helpers/clock.ts';

const HEADERS: Record<CatalogKind, string[]> = {
  item: [
    '序号',
    '事项编码',
    '事项名称',
    '事项类别',
    '所属领域',
    '实施依据',
    '依据说明',
    '裁量基准',
    '承办机构',
    '办理时限',
    '事项说明',
    '实施部门',
    '实施部门依据',
    '生效日期',
  ],
  benchmark: [
    '序号',
    '基准编码',
    '违法行为',
    '所属领域',
    '违法依据',
    '处罚依据',
    '裁量阶次',
    '适用情形',
    '处罚种类',
    '罚款方式',
    '罚款下限(元)',
    '罚款上限(元)',
    '倍数下限',
    '倍数上限',
    '不足金额(元)',
    '不足时下限(元)',
    '不足时上限(元)',
    '备注',
    '生效日期',
  ],
  inspection_item: [
    '序号',
    '事项编码',
    '抽查事项',
    '抽查依据',
    '依据说明',
    '抽查对象',
    '抽查内容',
    '抽查方式',
    '抽查比例',
    '比例(%)',
    '抽查频次',
    '所属领域',
    '生效日期',
  ],
  av_rule: ['序号', '编码', '执法活动', '记录要求', '场景', '适用范围', '依据', '相关文书', '生效日期'],
  review_rule: [
    '序号',
    '编码',
    '审核情形',
    '依据',
    '执法类别',
    '普通程序',
    '处罚种类',
    '个人罚款达到(元)',
    '单位罚款达到(元)',
    '没收金额达到(元)',
    '经过听证',
    '超出裁量基准',
    '情形标志',
    '生效日期',
  ],
  service_guide: [
    '序号',
    '编码',
    '事项名称',
    '对应执法事项',
    '设定依据',
    '依据说明',
    '办理机构',
    '优惠政策',
    '申请材料',
    '办理流程',
    '办理时限',
    '收费',
    '监督',
    '责任追究',
    '救济途径',
    '办公时间',
    '地址',
    '电话',
    '生效日期',
  ],
  complaint_channel: ['序号', '编码', '方式', '地址', '受理条件', '受理时间', '生效日期'],
};
const SHEET_NAMES: Record<CatalogKind, string> = {
  item: '行政执法事项清单',
  benchmark: '行政处罚裁量基准',
  inspection_item: '随机抽查事项清单',
  av_rule: '音像记录事项清单',
  review_rule: '重大执法决定法制审核目录',
  service_guide: '服务指南',
  complaint_channel: '监督举报渠道',
};
const FILE_LABELS: Record<CatalogKind, string> = {
  item: '行政执法事项',
  benchmark: '行政处罚裁量基准',
  inspection_item: '随机抽查事项',
  av_rule: '音像记录事项',
  review_rule: '重大执法决定法制审核目录',
  service_guide: '服务指南',
  complaint_channel: '监督举报渠道',
};
const CODE_HEADER: Record<CatalogKind, string> = {
  item: '事项编码',
  benchmark: '基准编码',
  inspection_item: '事项编码',
  av_rule: '编码',
  review_rule: '编码',
  service_guide: '编码',
  complaint_channel: '编码',
};
const NAME_HEADER: Record<CatalogKind, string> = {
  item: '事项名称',
  benchmark: '违法行为',
  inspection_item: '抽查事项',
  av_rule: '执法活动',
  review_rule: '审核情形',
  service_guide: '事项名称',
  complaint_channel: '方式',
};

const demo = DEMO_CATALOGUE;
const find = <T extends { code: string }>(list: readonly T[], code: string) =>
  list.find((e) => e.code === code)!;

/** One full exported row per kind, written out by hand from the demo data. */
const SAMPLE_ROWS: Record<CatalogKind, Record<string, string>[]> = {
  item: [
    {
      事项编码: 'SFWJ-XK-001',
      事项名称: find(demo.items, 'SFWJ-XK-001').name,
      事项类别: '行政许可',
      所属领域: '医疗卫生',
      实施依据: '《医疗机构管理条例》第九条；《医疗机构管理条例》第十二条',
      依据说明: '',
      裁量基准: '',
      承办机构: find(demo.items, 'SFWJ-XK-001').handlingUnit,
      办理时限: find(demo.items, 'SFWJ-XK-001').timeLimit,
      事项说明: find(demo.items, 'SFWJ-XK-001').description,
      实施部门: '',
      实施部门依据: '',
      生效日期: '2024-01-01',
    },
    {
      // Version 2 (the 2024 公共场所卫生管理条例): licences by the 疾病预防控制部门.
      事项编码: 'SFWJ-XK-004',
      事项名称: find(demo.items, 'SFWJ-XK-004').name,
      事项类别: '行政许可',
      所属领域: '公共场所卫生',
      实施依据:
        '《公共场所卫生管理条例》第四条；《公共场所卫生管理条例》第八条第一款；《公共场所卫生管理条例实施细则》第二十二条；《公共场所卫生管理条例实施细则》第二十三条；《公共场所卫生管理条例实施细则》第二十四条',
      依据说明: '',
      裁量基准: '',
      承办机构: find(demo.items, 'SFWJ-XK-004').handlingUnit,
      办理时限: find(demo.items, 'SFWJ-XK-004').timeLimit,
      事项说明:
        '住宿场所、沐浴场所、美容美发场所、游泳场所等须取得卫生许可的公共场所；录像厅（室）、音乐厅、展览馆、博物馆、美术馆、图书馆、书店实行卫生备案，不适用本事项。含新办、变更、延续、复核。',
      实施部门: '疾病预防控制部门',
      实施部门依据: '《公共场所卫生管理条例》第四条第二款；《公共场所卫生管理条例》第八条第一款',
      生效日期: '2025-01-20',
    },
    {
      事项编码: 'SFWJ-CF-001',
      事项名称: find(demo.items, 'SFWJ-CF-001').name,
      事项类别: '行政处罚',
      所属领域: '医疗卫生',
      实施依据:
        '《医疗机构管理条例》第二十三条；《中华人民共和国基本医疗卫生与健康促进法》第三十八条；《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款；《医疗机构管理条例》第四十三条第一款',
      依据说明: '',
      裁量基准: 'BM-YL-001',
      承办机构: find(demo.items, 'SFWJ-CF-001').handlingUnit,
      办理时限: find(demo.items, 'SFWJ-CF-001').timeLimit,
      事项说明: '',
      实施部门: '',
      实施部门依据: '',
      生效日期: '2024-01-01',
    },
  ],
  benchmark: find(demo.benchmarks, 'BM-YL-001').tiers.map((tier, i) => ({
    基准编码: 'BM-YL-001',
    违法行为: find(demo.benchmarks, 'BM-YL-001').violation,
    所属领域: '医疗卫生',
    违法依据: '《医疗机构管理条例》第二十三条；《中华人民共和国基本医疗卫生与健康促进法》第三十八条',
    处罚依据:
      '《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款；《医疗机构管理条例》第四十三条第一款',
    裁量阶次: ['从轻处罚', '一般处罚', '从重处罚'][i]!,
    适用情形: tier.conditions.join('\n'),
    处罚种类: '没收违法所得、没收非法财物、罚款',
    罚款方式: '违法所得倍数',
    '罚款下限(元)': '',
    '罚款上限(元)': '',
    倍数下限: ['5', '8', '14'][i]!,
    倍数上限: ['8', '14', '20'][i]!,
    '不足金额(元)': '10000.00',
    '不足时下限(元)': ['50000.00', '80000.00', '140000.00'][i]!,
    '不足时上限(元)': ['80000.00', '140000.00', '200000.00'][i]!,
    备注: tier.note!,
    生效日期: '2024-01-01',
  })),
  inspection_item: [
    {
      事项编码: 'SJ-002',
      抽查事项: find(demo.inspectionItems, 'SJ-002').name,
      抽查依据: '《生活饮用水卫生监督管理办法》第三条；《生活饮用水卫生监督管理办法》第十六条',
      依据说明: '',
      抽查对象: find(demo.inspectionItems, 'SJ-002').targetType,
      抽查内容: find(demo.inspectionItems, 'SJ-002').content,
      抽查方式: find(demo.inspectionItems, 'SJ-002').method,
      抽查比例: find(demo.inspectionItems, 'SJ-002').ratio,
      '比例(%)': '100',
      抽查频次: find(demo.inspectionItems, 'SJ-002').frequency,
      所属领域: '生活饮用水卫生',
      生效日期: '2024-01-01',
    },
  ],
  av_rule: [
    {
      编码: 'AV-005',
      执法活动: find(demo.avList, 'AV-005').name,
      记录要求: '全过程记录',
      场景: '办案场所',
      适用范围: find(demo.avList, 'AV-005').scope,
      依据: find(demo.avList, 'AV-005').basisText,
      相关文书: '询问笔录',
      生效日期: '2024-01-01',
    },
    {
      编码: 'AV-009',
      执法活动: find(demo.avList, 'AV-009').name,
      记录要求: '根据需要记录',
      场景: '执法现场',
      适用范围: find(demo.avList, 'AV-009').scope,
      依据: find(demo.avList, 'AV-009').basisText,
      相关文书: '现场笔录、卫生监督意见书、责令（限期）改正通知书',
      生效日期: '2024-01-01',
    },
  ],
  review_rule: [
    {
      编码: 'RV-002',
      审核情形: find(demo.reviewRules, 'RV-002').description,
      依据: find(demo.reviewRules, 'RV-002').basis,
      执法类别: '',
      普通程序: '',
      处罚种类: '吊销许可证件',
      '个人罚款达到(元)': '',
      '单位罚款达到(元)': '',
      '没收金额达到(元)': '',
      经过听证: '',
      超出裁量基准: '',
      情形标志: '',
      生效日期: '2024-01-01',
    },
    {
      编码: 'RV-005',
      审核情形: find(demo.reviewRules, 'RV-005').description,
      依据: find(demo.reviewRules, 'RV-005').basis,
      执法类别: '',
      普通程序: '',
      处罚种类: '',
      '个人罚款达到(元)': '5000.00',
      '单位罚款达到(元)': '',
      '没收金额达到(元)': '',
      经过听证: '',
      超出裁量基准: '',
      情形标志: '',
      生效日期: '2024-01-01',
    },
    {
      编码: 'RV-008',
      审核情形: find(demo.reviewRules, 'RV-008').description,
      依据: find(demo.reviewRules, 'RV-008').basis,
      执法类别: '行政强制',
      普通程序: '',
      处罚种类: '',
      '个人罚款达到(元)': '',
      '单位罚款达到(元)': '',
      '没收金额达到(元)': '',
      经过听证: '',
      超出裁量基准: '',
      情形标志: '',
      生效日期: '2024-01-01',
    },
    {
      编码: 'RV-013',
      审核情形: find(demo.reviewRules, 'RV-013').description,
      依据: find(demo.reviewRules, 'RV-013').basis,
      执法类别: '',
      普通程序: '',
      处罚种类: '',
      '个人罚款达到(元)': '',
      '单位罚款达到(元)': '',
      '没收金额达到(元)': '',
      经过听证: '',
      超出裁量基准: '',
      情形标志: '案件情况疑难复杂',
      生效日期: '2024-01-01',
    },
  ],
  service_guide: [
    {
      编码: 'SG-001',
      事项名称: find(demo.serviceGuides, 'SG-001').name,
      对应执法事项: 'SFWJ-XK-002',
      设定依据:
        '《医疗机构管理条例》第十四条；《医疗机构管理条例》第十五条；《医疗机构管理条例》第十八条；《医疗机构管理条例实施细则》第二十五条',
      依据说明: '',
      办理机构: find(demo.serviceGuides, 'SG-001').handlingBody,
      优惠政策: find(demo.serviceGuides, 'SG-001').preferentialPolicies,
      申请材料: find(demo.serviceGuides, 'SG-001').materials.join('\n'),
      办理流程: find(demo.serviceGuides, 'SG-001')
        .steps.map(
          (s) =>
            `[${s.id}] ${s.name}｜${s.actor}｜${s.timeLimit}｜${s.description}｜下一步：${s.next.join(',')}`,
        )
        .join('\n'),
      办理时限: find(demo.serviceGuides, 'SG-001').timeLimit,
      收费: '不收费',
      监督: find(demo.serviceGuides, 'SG-001').supervision,
      责任追究: find(demo.serviceGuides, 'SG-001').accountability,
      救济途径: find(demo.serviceGuides, 'SG-001').remedies,
      办公时间: find(demo.serviceGuides, 'SG-001').officeHours,
      地址: find(demo.serviceGuides, 'SG-001').address,
      电话: find(demo.serviceGuides, 'SG-001').phone,
      生效日期: '2024-01-01',
    },
  ],
  complaint_channel: [
    {
      编码: 'CC-003',
      方式: find(demo.complaintChannels, 'CC-003').name,
      地址: find(demo.complaintChannels, 'CC-003').address,
      受理条件: find(demo.complaintChannels, 'CC-003').conditions,
      受理时间: find(demo.complaintChannels, 'CC-003').hours,
      生效日期: '2024-01-01',
    },
  ],
};

/** Per kind: the cell an "edited cell" test changes, and what the entry's data becomes. */
const EDITS: Record<
  CatalogKind,
  {
    code: string;
    row?: number;
    header: string;
    value: string;
    expect: (data: Record<string, unknown>) => Record<string, unknown>;
  }
> = {
  item: {
    code: 'SFWJ-XK-003',
    header: '承办机构',
    value: '法规科',
    expect: (d) => ({ ...d, handlingUnit: '法规科' }),
  },
  benchmark: {
    // BM-GG-004 has only the seed's version 1 (BM-GG-001 took a second for the 2024 条例 revision).
    code: 'BM-GG-004',
    row: 3,
    header: '罚款上限(元)',
    value: '12000.00',
    expect: (d) => ({
      ...d,
      tiers: (d.tiers as Record<string, unknown>[]).map((t) =>
        t.tier === 'heavier' ? { ...t, fine: { kind: 'fixed', minFen: 500000, maxFen: 1200000 } } : t,
      ),
    }),
  },
  inspection_item: {
    code: 'SJ-004',
    header: '抽查频次',
    value: '每半年一次',
    expect: (d) => ({ ...d, frequency: '每半年一次' }),
  },
  av_rule: {
    code: 'AV-009',
    header: '记录要求',
    value: '全过程记录',
    expect: (d) => ({ ...d, requirement: 'full' }),
  },
  review_rule: {
    code: 'RV-005',
    header: '个人罚款达到(元)',
    value: '6000.00',
    expect: (d) => ({ ...d, conditions: [{ kind: 'fine_at_least', partyType: 'person', fen: 600000 }] }),
  },
  service_guide: {
    code: 'SG-002',
    header: '电话',
    value: '0999-6612399',
    expect: (d) => ({ ...d, phone: '0999-6612399' }),
  },
  complaint_channel: {
    code: 'CC-004',
    header: '受理时间',
    value: '工作日 9:00—17:00',
    expect: (d) => ({ ...d, hours: '工作日 9:00—17:00' }),
  },
};

interface CellError {
  row: number;
  column: string;
  message: string;
}

describe('catalogue .xlsx import and export', () => {
  let t: TestApp;
  let ids: DemoIds;
  let legal: Client;
  /** A legal unit head of 示范市: its scope covers every body created under the city by the tests. */
  let cityLegal: Client;
  let cityLegalName: string;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    legal = await loginFrom(t, 'legalhead1');
    const user = await insertUserSql(t, ids.city, ['legal_head']);
    cityLegal = await loginFrom(t, user.username);
    cityLegalName = await displayNameOf(t, user.username);
  });
  afterAll(async () => t.close());

  const freshBody = () => bodyWithDemoCatalogue(t, ids.city, ids.district);
  async function exportOf(client: Client, kind: string, bodyId?: string) {
    const res = await client.get(`/api/v1/catalog/${kind}/export${bodyId ? `?bodyId=${bodyId}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return readSheet(res.rawPayload);
  }
  const upload = async (kind: string, sheet: Sheet | Buffer, bodyId: string, client = cityLegal) =>
    importFile(client, kind, Buffer.isBuffer(sheet) ? sheet : await writeSheet(sheet), `?bodyId=${bodyId}`);
  const state = async (bodyId: string, kind: string) => ({
    versions: await latestVersions(t, bodyId, kind),
    entries: await entryCount(t),
    ledger: await ledgerCount(t),
  });
  async function expectImportErrors(
    kind: string,
    sheet: Sheet | Buffer,
    bodyId: string,
    errors: CellError[],
  ) {
    const before = await state(bodyId, kind);
    const res = await upload(kind, sheet, bodyId);
    const body = expectFailure(res, 422, 'IMPORT_FAILED');
    expect({ errors: (body.details as { errors: CellError[] }).errors, message: body.message }).toEqual({
      errors,
      message: `导入失败：共 ${errors.length} 处错误，未导入任何数据`,
    });
    expect(await state(bodyId, kind)).toEqual(before);
  }
  const setCell = (sheet: Sheet, index: number, header: string, value: string) => {
    sheet.rows[index]![col(sheet, header)] = value;
  };

  describe('export', () => {
    it.each(KINDS)('exports the %s list in force in its spreadsheet layout', async (kind) => {
      expect(SHEETS[kind].headers.map((h) => h.header)).toEqual(HEADERS[kind]);
      const ledger = await ledgerCount(t);
      const res = await legal.get(`/api/v1/catalog/${kind}/export`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(`${FILE_LABELS[kind]}.xlsx`)}`,
      );
      const sheet = await readSheet(res.rawPayload);
      expect(sheet.name).toBe(SHEET_NAMES[kind]);
      expect(sheet.headers).toEqual(HEADERS[kind]);

      const entries = await listOf(legal, kind);
      expect(entries).toHaveLength(DEMO_COUNTS[kind]);
      const perEntry = (e: EntryOut) => (kind === 'benchmark' ? (e.data.tiers as unknown[]).length : 1);
      const expected = entries.flatMap((e) => Array.from({ length: perEntry(e) }, () => e));
      expect(sheet.rows).toHaveLength(expected.length);
      expect(sheet.rows.map((r) => r[0])).toEqual(expected.map((_, i) => String(i + 1)));
      expect(sheet.rows.map((r) => r[col(sheet, CODE_HEADER[kind])])).toEqual(expected.map((e) => e.code));
      expect(sheet.rows.map((r) => r[col(sheet, NAME_HEADER[kind])])).toEqual(expected.map((e) => e.name));
      expect(sheet.rows.map((r) => r[col(sheet, '生效日期')])).toEqual(expected.map((e) => e.effectiveFrom));

      for (const sample of SAMPLE_ROWS[kind]) {
        const code = sample[CODE_HEADER[kind]]!;
        const first = rowOf(sheet, CODE_HEADER[kind], code);
        const rows = SAMPLE_ROWS[kind].filter((s) => s[CODE_HEADER[kind]] === code);
        const index = first + rows.indexOf(sample);
        expect(
          Object.fromEntries(sheet.headers.slice(1).map((h, i) => [h, sheet.rows[index]![i + 1]])),
        ).toEqual(sample);
      }
      expect(await ledgerCount(t)).toBe(ledger + 1);
      expect((await lastLedgerEntries(t, 1))[0]).toMatchObject({
        action: 'catalog.exported',
        entity_type: `catalog.${kind}`,
        body_id: ids.district,
      });
    });
  });

  describe('round trip', () => {
    it.each(KINDS)('re-imports an unchanged %s export as unchanged, making no version', async (kind) => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, kind, body);
      const before = await state(body, kind);
      const res = await upload(kind, sheet, body);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ rows: DEMO_COUNTS[kind], changed: 0, unchanged: DEMO_COUNTS[kind] });
      expect(await latestVersions(t, body, kind)).toEqual(before.versions);
      expect(await entryCount(t)).toBe(before.entries);
      const [entry] = await lastLedgerEntries(t, 1);
      expect({ action: entry!.action, entityType: entry!.entity_type, bodyId: entry!.body_id }).toEqual({
        action: 'catalog.imported',
        entityType: `catalog.${kind}`,
        bodyId: body,
      });
      expect(JSON.parse(entry!.payload)).toEqual({ rows: DEMO_COUNTS[kind], changed: [] });
    });

    it.each(KINDS)('makes exactly the %s entry whose cell was edited a new version', async (kind) => {
      const edit = EDITS[kind];
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, kind, body);
      const index = rowOf(sheet, CODE_HEADER[kind], edit.code) + (edit.row ?? 0);
      expect(sheet.rows[index]![col(sheet, edit.header)]).not.toBe(edit.value);
      setCell(sheet, index, edit.header, edit.value);
      const before = await state(body, kind);
      const [v1] = (await (
        await cityLegal.get(`/api/v1/catalog/${kind}/${edit.code}/versions?bodyId=${body}`)
      ).json()) as EntryOut[];

      const res = await upload(kind, sheet, body);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ rows: DEMO_COUNTS[kind], changed: 1, unchanged: DEMO_COUNTS[kind] - 1 });
      expect(await latestVersions(t, body, kind)).toEqual({ ...before.versions, [edit.code]: 2 });
      expect(await entryCount(t)).toBe(before.entries + 1);
      const versions = (await (
        await cityLegal.get(`/api/v1/catalog/${kind}/${edit.code}/versions?bodyId=${body}`)
      ).json()) as EntryOut[];
      expect(
        versions.map((v) => ({
          version: v.version,
          reason: v.reason,
          authorName: v.authorName,
          data: v.data,
        })),
      ).toEqual([
        { version: 1, reason: '初始导入', authorName: '系统', data: v1!.data },
        { version: 2, reason: '表格导入', authorName: cityLegalName, data: edit.expect(v1!.data) },
      ]);
      expect(JSON.parse((await lastLedgerEntries(t, 1))[0]!.payload)).toEqual({
        rows: DEMO_COUNTS[kind],
        changed: [edit.code],
      });
    });

    it('adds a new row as version 1 of a new entry, and the district’s legal head round-trips its own list', async () => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, 'complaint_channel', body);
      sheet.rows.push(['7', 'CC-101', '微信公众号', '“示范区卫健”公众号留言', '', '24 小时', '']);
      const res = await upload('complaint_channel', sheet, body);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ rows: 7, changed: 1, unchanged: 6 });
      expect(
        (await listOf(cityLegal, 'complaint_channel', `?bodyId=${body}`)).find((e) => e.code === 'CC-101'),
      ).toMatchObject({
        version: 1,
        name: '微信公众号',
        effectiveFrom: serverToday(),
        reason: '表格导入',
        data: { name: '微信公众号', address: '“示范区卫健”公众号留言', conditions: '', hours: '24 小时' },
      });

      const own = await exportOf(legal, 'complaint_channel');
      const before = await latestVersions(t, ids.district, 'complaint_channel');
      const again = await importFile(legal, 'complaint_channel', await writeSheet(own));
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json()).toEqual({ rows: 6, changed: 0, unchanged: 6 });
      expect(await latestVersions(t, ids.district, 'complaint_channel')).toEqual(before);
    });

    it('dates a change made through the spreadsheet from today, not from the exported date of the old version', async () => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, 'complaint_channel', body);
      const index = rowOf(sheet, '编码', 'CC-002');
      const oldHours = sheet.rows[index]![col(sheet, '受理时间')]!;
      setCell(sheet, index, '受理时间', '工作日 8:00—18:00');
      expect((await upload('complaint_channel', sheet, body)).statusCode).toBe(200);
      const [, v2] = (await (
        await cityLegal.get(`/api/v1/catalog/complaint_channel/CC-002/versions?bodyId=${body}`)
      ).json()) as EntryOut[];
      expect(v2!.effectiveFrom).toBe(serverToday());
      // What was in force in 2025 stays what it was.
      const past = (await listOf(cityLegal, 'complaint_channel', `?bodyId=${body}&date=2025-06-01`)).find(
        (e) => e.code === 'CC-002',
      )!;
      expect(past.data.hours).toBe(oldHours);
    });

    it('keeps a scheduled (future) version when the export of today’s list is re-imported unchanged', async () => {
      const body = await freshBody();
      const tomorrow = addDays(serverToday(), 1);
      const scheduled = await cityLegal.put('/api/v1/catalog/complaint_channel/CC-001', {
        bodyId: body,
        baseVersion: 1,
        effectiveFrom: tomorrow,
        reason: '明日起调整受理时间',
        data: { ...find(demo.complaintChannels, 'CC-001'), code: undefined, hours: '工作日 8:30—17:30' },
      });
      expect(scheduled.statusCode, scheduled.body).toBe(200);
      const sheet = await exportOf(cityLegal, 'complaint_channel', body);
      const res = await upload('complaint_channel', sheet, body);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ rows: 6, changed: 0, unchanged: 6 });
      expect(await versionsOf(t, body, 'complaint_channel', 'CC-001')).toEqual([1, 2]);
      expect(
        (await listOf(cityLegal, 'complaint_channel', `?bodyId=${body}&date=${tomorrow}`)).find(
          (e) => e.code === 'CC-001',
        ),
      ).toMatchObject({ version: 2, data: { hours: '工作日 8:30—17:30' } });
    });
  });

  describe('broken spreadsheets: 422 IMPORT_FAILED by row and column, nothing saved', () => {
    it.each(KINDS)('reports a missing required column of the %s layout', async (kind) => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, kind, body);
      const drop = col(sheet, NAME_HEADER[kind]);
      const without: Sheet = {
        ...sheet,
        headers: sheet.headers.filter((_, i) => i !== drop),
        rows: sheet.rows.map((r) => r.filter((_, i) => i !== drop)),
      };
      await expectImportErrors(kind, without, body, [
        { row: 1, column: NAME_HEADER[kind], message: `缺少列「${NAME_HEADER[kind]}」` },
      ]);
    });

    it('reports an unknown 事项类别 and a bad 生效日期, and does not save the valid edit beside them', async () => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, 'item', body);
      setCell(sheet, rowOf(sheet, '事项编码', 'SFWJ-XK-001'), '承办机构', '法规科'); // a valid change that must not be saved
      const a = rowOf(sheet, '事项编码', 'SFWJ-XK-002');
      const c = rowOf(sheet, '事项编码', 'SFWJ-QZ-001');
      setCell(sheet, a, '事项类别', '行政奖励');
      setCell(sheet, c, '生效日期', '2024/01/01');
      await expectImportErrors(
        'item',
        sheet,
        body,
        [
          {
            row: sheetRow(a),
            column: '事项类别',
            message: '应为：行政许可、行政处罚、行政强制、行政检查、行政征收征用、其他',
          },
          { row: sheetRow(c), column: '生效日期', message: '日期格式应为 YYYY-MM-DD' },
        ].sort((x, y) => x.row - y.row),
      );
      expect(await versionsOf(t, body, 'item', 'SFWJ-XK-001')).toEqual([1]);
    });

    it('reports empty required cells first, before checking the content of any row', async () => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, 'item', body);
      const a = rowOf(sheet, '事项编码', 'SFWJ-XK-002');
      const b = rowOf(sheet, '事项编码', 'SFWJ-JC-001');
      setCell(sheet, a, '事项类别', '行政奖励');
      setCell(sheet, b, '事项名称', '');
      setCell(sheet, b, '事项类别', '');
      await expectImportErrors('item', sheet, body, [
        { row: sheetRow(b), column: '事项名称', message: '必填' },
        { row: sheetRow(b), column: '事项类别', message: '必填' },
      ]);
    });

    it('reports an unknown 裁量阶次 on a benchmark’s first row', async () => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, 'benchmark', body);
      const i = rowOf(sheet, '基准编码', 'BM-GG-002');
      setCell(sheet, i, '裁量阶次', '特别从重');
      await expectImportErrors('benchmark', sheet, body, [
        {
          row: sheetRow(i),
          column: '裁量阶次',
          message: '应为：不予处罚、减轻处罚、从轻处罚、一般处罚、从重处罚',
        },
      ]);
    });

    it('reports an unknown 裁量阶次 on a later row of a benchmark only at that cell', async () => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, 'benchmark', body);
      const i = rowOf(sheet, '基准编码', 'BM-GG-002') + 2;
      setCell(sheet, i, '裁量阶次', '特别从重');
      await expectImportErrors('benchmark', sheet, body, [
        {
          row: sheetRow(i),
          column: '裁量阶次',
          message: '应为：不予处罚、减轻处罚、从轻处罚、一般处罚、从重处罚',
        },
      ]);
    });

    it('reports bad money cells ("abc", "1.234") of benchmarks and review rules', async () => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, 'benchmark', body);
      const a = rowOf(sheet, '基准编码', 'BM-YL-001');
      const b = rowOf(sheet, '基准编码', 'BM-YL-003');
      setCell(sheet, a, '不足时下限(元)', 'abc');
      setCell(sheet, b, '不足金额(元)', '1.234');
      await expectImportErrors('benchmark', sheet, body, [
        { row: sheetRow(a), column: '不足时下限(元)', message: '金额格式不正确（元，最多两位小数）' },
        { row: sheetRow(b), column: '不足金额(元)', message: '金额格式不正确（元，最多两位小数）' },
      ]);

      const review: Sheet = {
        name: '重大执法决定法制审核目录',
        headers: HEADERS.review_rule,
        rows: [
          [
            '1',
            'RV-101',
            '普通程序中对公民处以较大数额罚款的',
            '',
            '',
            '是',
            '',
            'abc',
            '1.234',
            '',
            '',
            '',
            '',
            '',
          ],
        ],
      };
      await expectImportErrors('review_rule', review, body, [
        { row: 2, column: '个人罚款达到(元)', message: '金额格式不正确（元，最多两位小数）' },
        { row: 2, column: '单位罚款达到(元)', message: '金额格式不正确（元，最多两位小数）' },
      ]);
    });

    it('reports a bad amount of a fixed fine once, at its cell', async () => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, 'benchmark', body);
      const a = rowOf(sheet, '基准编码', 'BM-GG-001'); // 减轻处罚: 固定金额 100.00 — 499.00
      const b = rowOf(sheet, '基准编码', 'BM-CR-001'); // 从轻处罚: 固定金额 500.00 — 2000.00
      setCell(sheet, a, '罚款下限(元)', 'abc');
      setCell(sheet, b, '罚款上限(元)', '1.234');
      await expectImportErrors(
        'benchmark',
        sheet,
        body,
        [
          { row: sheetRow(a), column: '罚款下限(元)', message: '金额格式不正确（元，最多两位小数）' },
          { row: sheetRow(b), column: '罚款上限(元)', message: '金额格式不正确（元，最多两位小数）' },
        ].sort((x, y) => x.row - y.row),
      );
    });

    it('does not silently drop fine amounts written without a 罚款方式', async () => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, 'benchmark', body);
      const i = rowOf(sheet, '基准编码', 'BM-CR-002'); // 从轻处罚: 警告, no fine
      expect(sheet.rows[i]![col(sheet, '罚款方式')]).toBe('');
      setCell(sheet, i, '罚款下限(元)', '500.00');
      setCell(sheet, i, '罚款上限(元)', '1000.00');
      await expectImportErrors('benchmark', sheet, body, [
        { row: sheetRow(i), column: '罚款方式', message: expect.any(String) as unknown as string },
      ]);
    });

    it('reports citations of an unknown law title and unreadable citations at their column', async () => {
      const body = await freshBody();
      const items = await exportOf(cityLegal, 'item', body);
      const a = rowOf(items, '事项编码', 'SFWJ-XK-001');
      const b = rowOf(items, '事项编码', 'SFWJ-XK-003');
      setCell(items, a, '实施依据', '《不存在的条例》第一条');
      setCell(items, b, '实施依据', '医师法第十三条');
      await expectImportErrors('item', items, body, [
        { row: sheetRow(a), column: '实施依据', message: '法律依据库中没有《不存在的条例》' },
        {
          row: sheetRow(b),
          column: '实施依据',
          message: '无法识别的依据「医师法第十三条」，应写作《法规名称》第X条',
        },
      ]);
      const benchmarks = await exportOf(cityLegal, 'benchmark', body);
      const c = rowOf(benchmarks, '基准编码', 'BM-SY-001');
      setCell(benchmarks, c, '处罚依据', '《生活饮用水卫生管理办法》第二十五条');
      await expectImportErrors('benchmark', benchmarks, body, [
        { row: sheetRow(c), column: '处罚依据', message: '法律依据库中没有《生活饮用水卫生管理办法》' },
      ]);
    });

    it('reports a citation of an article the law does not have, and an item pointing to an unknown benchmark', async () => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, 'item', body);
      const a = rowOf(sheet, '事项编码', 'SFWJ-XK-001');
      const b = rowOf(sheet, '事项编码', 'SFWJ-CF-001');
      setCell(sheet, a, '实施依据', '《医疗机构管理条例》第九百九十九条');
      setCell(sheet, b, '裁量基准', 'BM-NOPE-001');
      await expectImportErrors(
        'item',
        sheet,
        body,
        [
          { row: sheetRow(a), column: '', message: '《医疗机构管理条例》没有第 999 条' },
          { row: sheetRow(b), column: '', message: '裁量基准「BM-NOPE-001」不存在' },
        ].sort((x, y) => x.row - y.row),
      );
    });

    it('reports a duplicate code at its second row', async () => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, 'item', body);
      const first = rowOf(sheet, '事项编码', 'SFWJ-XK-001');
      const second = rowOf(sheet, '事项编码', 'SFWJ-XK-002');
      setCell(sheet, second, '事项编码', 'SFWJ-XK-001');
      await expectImportErrors('item', sheet, body, [
        { row: sheetRow(second), column: '事项编码', message: `与第 ${sheetRow(first)} 行重复` },
      ]);
    });

    it.each(KINDS)('reports a malformed %s code in the code column of the layout', async (kind) => {
      const body = await freshBody();
      const sheet = await exportOf(cityLegal, kind, body);
      const one: Sheet = { ...sheet, rows: [sheet.rows[0]!] };
      setCell(one, 0, CODE_HEADER[kind], '坏 编码');
      await expectImportErrors(kind, one, body, [
        { row: 2, column: CODE_HEADER[kind], message: '编码须为字母、数字、点、下划线或连字符' },
      ]);
    });

    it('reports a file that is not an .xlsx, a sheet without data rows and an empty sheet', async () => {
      const body = await freshBody();
      await expectImportErrors('item', Buffer.from('事项编码,事项名称\nX-1,甲\n'), body, [
        { row: 0, column: '', message: '文件不是有效的 .xlsx 电子表格' },
      ]);
      await expectImportErrors('item', { name: '行政执法事项清单', headers: HEADERS.item, rows: [] }, body, [
        { row: 0, column: '', message: '表格中没有数据行' },
      ]);
      await expectImportErrors(
        'complaint_channel',
        { name: '监督举报渠道', headers: HEADERS.complaint_channel, rows: [['', '', '', '', '', '', '']] },
        body,
        [{ row: 0, column: '', message: '表格中没有数据行' }],
      );
      await expectImportErrors('item', { name: '空表', headers: [], rows: [] }, body, [
        { row: 0, column: '', message: '表格为空' },
      ]);
    });

    it('refuses a request that is not a multipart upload of a file with 400', async () => {
      const body = await freshBody();
      const before = await state(body, 'item');
      expectFailure(
        await cityLegal.post(`/api/v1/catalog/item/import?bodyId=${body}`, { file: 'x' }),
        400,
        'VALIDATION_FAILED',
        '请以 multipart/form-data 上传 .xlsx 文件',
      );
      const noFile = await cityLegal.request({
        method: 'POST',
        url: `/api/v1/catalog/item/import?bodyId=${body}`,
        ...multipart([{ name: 'note', content: '没有文件' }]),
      });
      expectFailure(noFile, 400, 'VALIDATION_FAILED', '缺少文件字段 file');
      expectFailure(
        await importFile(
          cityLegal,
          'nope',
          await writeSheet({ name: 'x', headers: HEADERS.item, rows: [] }),
          `?bodyId=${body}`,
        ),
        400,
        'VALIDATION_FAILED',
        '字段「路径参数kind」未知的清单类型',
      );
      expect(await state(body, 'item')).toEqual(before);
    });
  });

  describe('who may import', () => {
    it.each(KINDS)(
      'refuses a %s import by roles without catalog.write (403), saving nothing',
      async (kind) => {
        const body = await freshBody();
        const sheet = await exportOf(cityLegal, kind, body);
        setCell(sheet, 0, NAME_HEADER[kind], '越权导入的名称');
        const file = await writeSheet(sheet);
        for (const username of ['officer1', 'reviewer1', 'sysadmin']) {
          const client = await loginFrom(t, username);
          const before = await state(body, kind);
          expectFailure(await importFile(client, kind, file, `?bodyId=${body}`), 403, 'FORBIDDEN');
          expectFailure(await importFile(client, kind, file), 403, 'FORBIDDEN');
          expect(await state(body, kind)).toEqual(before);
        }
      },
    );

    it('answers an import into another body’s catalogue with 404, saving nothing', async () => {
      const sibling = await freshBody();
      const outside = await insertBodySql(t, ids.city);
      const sheet = await exportOf(cityLegal, 'complaint_channel', sibling);
      setCell(sheet, 0, '方式', '越权导入');
      const before = await state(sibling, 'complaint_channel');
      expectFailure(
        await importFile(legal, 'complaint_channel', await writeSheet(sheet), `?bodyId=${sibling}`),
        404,
        'NOT_FOUND',
        '执法主体不存在或无权访问',
      );
      expectFailure(
        await importFile(legal, 'complaint_channel', await writeSheet(sheet), `?bodyId=${outside}`),
        404,
        'NOT_FOUND',
      );
      expect(await state(sibling, 'complaint_channel')).toEqual(before);
      expect(await entryCount(t, outside)).toBe(0);
    });
  });
});
