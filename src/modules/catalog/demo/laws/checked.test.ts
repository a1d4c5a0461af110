// The demo legal library against the record of how each article was checked (checked.ts): every quoted
// article has been checked, the 待核对 mark is exactly where no trustworthy text was found, and the
// corrected texts read as the official ones do.
import { describe, expect, it } from 'vitest';
import type { LegalDocumentVersion } from '../../model.ts';
import { ADMINISTRATIVE_PENALTY_LAW } from './administrative.ts';
import { ARTICLE_CHECKS } from './checked.ts';
import { INFECTIOUS_DISEASE_LAW } from './disease-control.ts';
import { DEMO_LAWS } from './index.ts';
import { MEDICAL_INSTITUTIONS_REGULATION } from './medical-institutions.ts';
import { PHYSICIANS_LAW } from './medical.ts';
import { OCCUPATIONAL_DISEASE_LAW } from './occupational.ts';
import {
  DRINKING_WATER_MEASURES,
  PUBLIC_PLACES_REGULATION,
  SCHOOL_HEALTH_REGULATION,
} from './public-health.ts';

const key = (law: string, effectiveOn: string, ordinal: number) => `${law}@${effectiveOn}#${ordinal}`;

function version(law: string, effectiveOn: string): LegalDocumentVersion {
  const v = DEMO_LAWS.find((x) => x.code === law && x.effectiveOn === effectiveOn);
  if (!v) throw new Error(`no version ${law}@${effectiveOn}`);
  return v;
}

function text(law: string, effectiveOn: string, ordinal: number): string {
  const a = version(law, effectiveOn).articles.find((x) => x.ordinal === ordinal);
  if (!a) throw new Error(`no article ${key(law, effectiveOn, ordinal)}`);
  return a.text;
}

const statuses = new Map<string, 'confirmed' | 'corrected' | 'notFound'>();
for (const c of ARTICLE_CHECKS)
  for (const status of ['confirmed', 'corrected', 'notFound'] as const)
    for (const ordinal of c[status]) statuses.set(key(c.law, c.effectiveOn, ordinal), status);

describe('demo legal library against the article checks', () => {
  it('every entered article was checked once, and every check names an entered article', () => {
    const rows = ARTICLE_CHECKS.flatMap((c) =>
      [...c.confirmed, ...c.corrected, ...c.notFound].map((o) => key(c.law, c.effectiveOn, o)),
    );
    expect(new Set(rows).size).toBe(rows.length);
    const entered = DEMO_LAWS.flatMap((v) => v.articles.map((a) => key(v.code, v.effectiveOn, a.ordinal)));
    expect([...entered].sort()).toEqual([...rows].sort());
    expect(rows.length).toBe(138 + 29 + 5); // the 138 rows checked, the 2025 传染病防治法, the 2025 公共场所条例
  });

  it('待核对 marks exactly the articles no trustworthy text was found for', () => {
    const wrong = DEMO_LAWS.flatMap((v) =>
      v.articles
        .filter(
          (a) =>
            (a.needsReview ?? false) !== (statuses.get(key(v.code, v.effectiveOn, a.ordinal)) === 'notFound'),
        )
        .map((a) => `${v.title}（${v.effectiveOn}）${a.number}`),
    );
    expect(wrong).toEqual([]);
    expect(statuses.size - [...statuses.values()].filter((s) => s === 'notFound').length).toBe(154);
  });

  it('the corrected articles read as the official text', () => {
    expect(text(ADMINISTRATIVE_PENALTY_LAW, '2021-07-15', 72)).toMatch(
      /^当事人逾期不履行行政处罚决定的，作出行政处罚决定的行政机关可以采取下列措施：（一）到期不缴纳罚款的，/,
    );
    expect(text(OCCUPATIONAL_DISEASE_LAW, '2018-12-29', 72)).toContain(
      '（三）对职业病防护设备、应急救援设施和个人使用的职业病防护用品未按照规定进行维护、检修、检测，或者不能保持正常运行、使用状态的；',
    );
    expect(text(MEDICAL_INSTITUTIONS_REGULATION, '2022-05-01', 39)).toContain(
      '（一）负责医疗机构的设置审批、执业登记、备案和校验；',
    );
    expect(text(PHYSICIANS_LAW, '2022-03-01', 4).split('\n')[1]).toBe(
      '县级以上地方人民政府卫生健康主管部门负责本行政区域内的医师管理工作。县级以上地方人民政府教育、人力资源社会保障、中医药等有关部门在各自职责范围内负责有关的医师管理工作。',
    );
    expect(text(DRINKING_WATER_MEASURES, '2016-06-01', 20)).toBe(
      '供水单位卫生许可证由县级以上人民政府卫生计生主管部门按照本办法第十六条规定的管理范围发放，有效期四年。有效期满前六个月重新提出申请换发新证。',
    );
    expect(text(SCHOOL_HEALTH_REGULATION, '1990-06-04', 28).split('\n')).toHaveLength(2);
  });

  it('the 2024 公共场所卫生管理条例 and the 2025 传染病防治法 name the 疾病预防控制部门', () => {
    expect(version(PUBLIC_PLACES_REGULATION, '2019-04-23').repealedOn).toBe('2025-01-20');
    expect(version(PUBLIC_PLACES_REGULATION, '2025-01-20').docNumber).toBe('国务院令第797号');
    expect(text(PUBLIC_PLACES_REGULATION, '2025-01-20', 4)).toBe(
      '国家对公共场所实行“卫生许可证”制度。\n“卫生许可证”由设区的市级、县级人民政府疾病预防控制部门签发。',
    );
    expect(text(PUBLIC_PLACES_REGULATION, '2025-01-20', 14)).toContain(
      '（四）未取得“卫生许可证”擅自营业，或者未办理卫生备案的。',
    );
    const idl = version(INFECTIOUS_DISEASE_LAW, '2025-09-01');
    expect([idl.docNumber, idl.promulgatedOn, idl.repealedOn]).toEqual([
      '中华人民共和国主席令第四十七号',
      '2025-04-30',
      null,
    ]);
    const art104 = text(INFECTIOUS_DISEASE_LAW, '2025-09-01', 104).split('\n');
    expect(art104).toHaveLength(3);
    expect(art104[0]).toMatch(
      /^违反本法规定，医疗机构有下列情形之一的，由县级以上人民政府疾病预防控制部门责令改正/,
    );
    expect(art104[1]).toMatch(/由县级以上人民政府卫生健康主管部门依照前款规定给予行政处罚/);
  });

  it('items are numbered （一） inside their paragraph, never on a line of their own or with ASCII brackets', () => {
    const bad = DEMO_LAWS.flatMap((v) =>
      v.articles
        .filter((a) => /\n（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)/.test(a.text))
        .map((a) => `${v.title}${a.number}`),
    );
    expect(bad).toEqual([]);
  });
});
