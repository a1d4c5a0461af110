// B1/C1 over HTTP: a body's department types (主管部门类型) are edited with the body and checked when a case is
// registered under an item the law gives to one department — the 2025 传染病防治法 Art. 104 para. 1 gives the
// 医疗机构 reporting penalty to the 疾病预防控制部门 — and a case's documents cite the item, benchmark and
// law versions in force on the violation date (行政处罚法 Art. 37), not on the day the document is drawn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../helpers/app.ts';
import { pdfText, squash } from '../../helpers/documents.ts';
import { demoIds, type DemoIds } from '../support.ts';
import { caseInput, createCase, rowCounts, type ErrorOut } from './case-helpers.ts';

interface BodyOut {
  id: string;
  version: number;
  authorityKinds: string[];
  [k: string]: unknown;
}

const REPORTING_ITEM = 'SFWJ-CF-040'; // BM-CR-005, Art. 104 para. 1: 疾病预防控制部门
const RESCUE_ITEM = 'SFWJ-CF-042'; // BM-CR-007, Art. 104 para. 2: 卫生健康主管部门
const UNLICENSED_PLACE_ITEM = 'SFWJ-CF-015'; // BM-GG-001, 公共场所卫生管理条例 Art. 8 (revised 2025-01-20)
const UNLICENSED_WATER_ITEM = 'SFWJ-CF-024'; // BM-SY-002, from 2025-09-01 传染病防治法 Art. 107

describe('department types and the items a body may enforce', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  let sysadmin: Client;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
    sysadmin = await t.login('sysadmin');
  });
  afterAll(() => t.close());

  const district = async () => (await sysadmin.get(`/api/v1/bodies/${ids.district}`)).json() as BodyOut;
  async function setKinds(kinds: unknown) {
    const {
      id: _id,
      parentId: _p,
      updatedAt: _u,
      delegationAgreementKey: _k,
      delegationAgreementName: _n,
      ...fields
    } = await district();
    return sysadmin.put(`/api/v1/bodies/${ids.district}`, {
      ...fields,
      authorityKinds: kinds,
      reason: '核定主管部门类型',
    });
  }

  it('the demo district acts as all three departments (加挂牌子), so its demo cases stay valid', async () => {
    expect((await district()).authorityKinds).toEqual(['health', 'tcm', 'disease_control']);
    const c = await createCase(officer, caseInput(ids, { enforcementItemCode: REPORTING_ITEM }));
    expect(c.state).toBeTruthy();
  });

  it('refuses malformed department types with 400 naming the field, and changes nothing', async () => {
    const before = await district();
    for (const bad of [[], ['health', 'health'], ['cdc'], 'health', [''], null]) {
      const res = await setKinds(bad);
      expect(res.statusCode, `${JSON.stringify(bad)} ${res.body}`).toBe(400);
      const body = res.json() as ErrorOut;
      expect(body.details?.issues?.[0]?.field ?? body.details?.field).toMatch(/^authorityKinds(\.\d+)?$/);
    }
    expect(await district()).toEqual(before);
  });

  describe('a district that is only the 卫生健康主管部门', () => {
    beforeAll(async () => {
      const res = await setKinds(['health']);
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as BodyOut).authorityKinds).toEqual(['health']);
    });
    afterAll(async () => {
      expect((await setKinds(['health', 'tcm', 'disease_control'])).statusCode).toBe(200);
    });

    it('may not register a case under a 疾病预防控制部门 item: 422 citing the article, nothing written', async () => {
      const before = await rowCounts(t);
      const res = await officer.post(
        '/api/v1/cases',
        caseInput(ids, { enforcementItemCode: REPORTING_ITEM }),
      );
      const body = res.json() as ErrorOut;
      expect({ status: res.statusCode, code: body.code, rule: body.details?.rule }, res.body).toEqual({
        status: 422,
        code: 'RULE_VIOLATION',
        rule: 'NOT_COMPETENT',
      });
      expect(body.message).toBe(
        '执法事项「对医疗机构未按照规定报告传染病疫情，或者隐瞒、谎报、缓报、漏报传染病疫情的行政处罚」依法由疾病预防控制部门实施（《中华人民共和国传染病防治法》第一百零四条第一款），本机关为卫生健康主管部门，不能以该事项立案',
      );
      expect(body.details?.citation).toBe('《中华人民共和国传染病防治法》第一百零四条第一款');
      expect(await rowCounts(t)).toEqual(before);
    });

    it('nor issue a 公共场所卫生许可 registered after the 2024 revision gave licences to the 疾控部门', async () => {
      const res = await officer.post('/api/v1/cases', {
        ...caseInput(ids, { kind: 'permit', enforcementItemCode: 'SFWJ-XK-004' }),
        particulars: undefined,
      });
      expect(res.statusCode, res.body).toBe(422);
      expect((res.json() as ErrorOut).details?.citation).toBe(
        '《公共场所卫生管理条例》第四条第二款、《公共场所卫生管理条例》第八条第一款',
      );
    });

    it('may register one the law leaves to the 卫生健康主管部门 (Art. 104 para. 2) or to any department', async () => {
      await createCase(officer, caseInput(ids, { enforcementItemCode: RESCUE_ITEM }));
      await createCase(officer, caseInput(ids, { enforcementItemCode: 'SFWJ-CF-001' }));
    });
  });

  it('refuses an item that is not in the body’s list on the registration day', async () => {
    const before = await rowCounts(t);
    for (const code of ['SFWJ-CF-999', 'sfwj-cf-001', 'SFWJ-CF-0']) {
      const res = await officer.post('/api/v1/cases', caseInput(ids, { enforcementItemCode: code }));
      expect(res.statusCode, res.body).toBe(422);
      expect((res.json() as ErrorOut).details?.rule).toBe('ITEM_NOT_LISTED');
    }
    // SFWJ-CF-040 exists only from 2025-09-01.
    const early = await officer.post(
      '/api/v1/cases',
      caseInput(ids, {
        enforcementItemCode: REPORTING_ITEM,
        openedOn: '2025-08-20',
        particulars: { violationOn: '2025-08-01', discoveredOn: '2025-08-10' },
      }),
    );
    expect(early.statusCode, early.body).toBe(422);
    expect((early.json() as ErrorOut).message).toBe(
      `执法事项「${REPORTING_ITEM}」不在本机关 2025-08-20 施行的行政执法事项清单中`,
    );
    expect(await rowCounts(t)).toEqual(before);
  });
});

describe('documents cite the versions in force on the violation date', () => {
  let t: TestApp;
  let ids: DemoIds;
  let officer: Client;
  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    officer = await t.login('officer1');
  });
  afterAll(() => t.close());

  async function decisionText(itemCode: string, violationOn: string): Promise<string> {
    const c = await createCase(
      officer,
      caseInput(ids, {
        enforcementItemCode: itemCode,
        particulars: { violationOn, discoveredOn: '2026-07-10' },
      }),
    );
    const res = await officer.post(`/api/v1/cases/${c.id}/documents/preview`, {
      template: 'penalty_decision',
      inputs: { procedure: '经立案调查。', facts: '当事人擅自经营。' },
    });
    expect(res.statusCode, res.body).toBe(200);
    return squash((await pdfText(res.rawPayload)).text);
  }

  it('the same item before and after the 2024 公共场所卫生管理条例 revision: 第八条 → 第八条第一款', async () => {
    const before = await decisionText(UNLICENSED_PLACE_ITEM, '2024-12-01');
    const after = await decisionText(UNLICENSED_PLACE_ITEM, '2025-06-01');
    expect(before).toContain(
      '违反了《公共场所卫生管理条例》第八条、《公共场所卫生管理条例实施细则》第二十二条的规定',
    );
    expect(after).toContain(
      '违反了《公共场所卫生管理条例》第八条第一款、《公共场所卫生管理条例实施细则》第二十二条的规定',
    );
  });

  it('the same item before and after the 2025 传染病防治法: 办法第二十六条第三项 → 法第一百零七条第一项', async () => {
    const before = await decisionText(UNLICENSED_WATER_ITEM, '2025-08-31');
    const after = await decisionText(UNLICENSED_WATER_ITEM, '2025-09-01');
    expect(before).toContain('依据《生活饮用水卫生监督管理办法》第二十六条第三项的规定');
    expect(before).not.toContain('传染病防治法');
    expect(after).toContain('依据《中华人民共和国传染病防治法》第一百零七条第一项的规定');
    expect(after).not.toContain('第二十六条');
  });
});
