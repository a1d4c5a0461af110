// C5 templates are versioned against the law in force: the version used is the newest in force on the date.
import { describe, expect, it } from 'vitest';
import {
  ALL_TEMPLATES,
  createRegistry,
  documentNumberFor,
  missingInputs,
  registry,
  templateFor,
  templateVersions,
  templatesFor,
} from './registry.ts';
import type { DocumentTemplate } from './template.ts';
import { penaltySnapshot } from './test-fixture.ts';

const EXPECTED_KEYS = [
  'site_record',
  'inquiry_record',
  'supervision_opinion',
  'correction_order',
  'preservation_decision',
  'seizure_decision',
  'filing_report',
  'investigation_report',
  'deliberation_record',
  'penalty_notice',
  'statement_record',
  'hearing_notice',
  'hearing_record',
  'penalty_decision',
  'simple_penalty_decision',
  'service_receipt',
  'payment_reminder',
  'closing_report',
];

const EXPECTED_NATURES: Record<string, string | null> = {
  penalty_decision: '罚',
  penalty_notice: '告',
  hearing_notice: '听告',
  simple_penalty_decision: '当罚',
  correction_order: '责改',
  supervision_opinion: '监意',
  preservation_decision: '保',
  seizure_decision: '强',
  payment_reminder: '催',
};

describe('the registry', () => {
  it('holds the eighteen documents with their natures', () => {
    expect(registry.keys()).toEqual(EXPECTED_KEYS);
    for (const key of EXPECTED_KEYS)
      expect(templateFor(key, '2026-03-06').nature).toBe(EXPECTED_NATURES[key] ?? null);
  });

  it('has unique input keys and Chinese labels in every template', () => {
    for (const t of ALL_TEMPLATES) {
      const keys = t.inputs.map((i) => i.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const i of t.inputs) expect(i.label).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('lists the documents of a case kind', () => {
    expect(templatesFor('penalty').map((t) => t.key)).toEqual(EXPECTED_KEYS);
    expect(templatesFor('coercion').map((t) => t.key)).toEqual([
      'site_record',
      'inquiry_record',
      'seizure_decision',
      'service_receipt',
    ]);
    expect(templatesFor('penalty', '2023-06-01').find((t) => t.key === 'penalty_decision')?.version).toBe(1);
    expect(templatesFor('penalty').find((t) => t.key === 'penalty_decision')?.version).toBe(2);
    // Before 行政处罚法 2021 only the seizure decision (行政强制法, 行政诉讼法 2014) is in force.
    expect(templatesFor('penalty', '2020-01-01').map((t) => t.key)).toEqual(['seizure_decision']);
  });

  it('keeps the versions of a key, oldest first', () => {
    expect(templateVersions('penalty_decision').map((t) => [t.version, t.effectiveFrom])).toEqual([
      [1, '2021-07-15'],
      [2, '2024-01-01'],
    ]);
    expect(templateVersions('nope')).toEqual([]);
  });

  it('refuses unknown keys and dates with no version in force, in Chinese', () => {
    expect(() => templateFor('nope', '2026-01-01')).toThrow('未知的文书模板：nope');
    expect(() => templateFor('penalty_decision', '2021-07-14')).toThrow(/没有生效的版本.*2021-07-15/);
    expect(() => templateFor('penalty_decision', '2026/01/01')).toThrow('日期格式有误');
  });
});

describe('versioning', () => {
  const v1 = templateFor('penalty_notice', '2026-03-06');
  const v2: DocumentTemplate = {
    ...v1,
    version: 2,
    effectiveFrom: '2027-01-01',
    build: (ctx) => ({ ...v1.build(ctx), footer: '第二版' }),
  };
  const local = createRegistry([v1, v2]);

  it('picks the newest version in force on the date', () => {
    expect(local.templateFor('penalty_notice', '2026-12-31').version).toBe(1);
    expect(local.templateFor('penalty_notice', '2027-01-01').version).toBe(2);
    expect(local.templateFor('penalty_notice', '2030-05-05').version).toBe(2);
    expect(local.templatesFor('penalty', '2026-06-01').map((t) => t.version)).toEqual([1]);
    expect(local.templatesFor('penalty').map((t) => t.version)).toEqual([2]);
    // Registration order does not matter.
    expect(createRegistry([v2, v1]).templateFor('penalty_notice', '2026-12-31').version).toBe(1);
  });

  it('refuses duplicate versions, bad dates and versions going back in time', () => {
    expect(() => createRegistry([v1, v1])).toThrow('重复登记');
    expect(() => createRegistry([{ ...v1, effectiveFrom: '2021/7/15' }])).toThrow('生效日期格式有误');
    expect(() => createRegistry([v1, { ...v2, effectiveFrom: '2020-01-01' }])).toThrow('早于');
  });
});

describe('missingInputs', () => {
  const t = templateFor('hearing_notice', '2026-03-20');

  it('lists the labels of required inputs left empty, in form order', () => {
    expect(missingInputs(t, {})).toEqual([
      '听证日期',
      '听证开始时间（如 上午9时00分）',
      '听证地点',
      '听证方式（公开或者不公开）',
      '听证主持人',
      '书记员',
    ]);
    expect(
      missingInputs(t, {
        hearingDate: '2026-03-30',
        hearingTime: ' ',
        place: '听证室',
        publicity: '公开',
        host: '孙六',
        clerk: '吴八',
      }),
    ).toEqual(['听证开始时间（如 上午9时00分）']);
  });

  it('counts prefills from the snapshot as filled', () => {
    const s = penaltySnapshot({ record: { ...penaltySnapshot().record, hearingOn: '2026-03-30' } });
    expect(missingInputs(t, {}, s)).toEqual(['听证开始时间（如 上午9时00分）', '听证主持人', '书记员']);
  });

  it('ignores optional inputs', () => {
    expect(missingInputs(t, {})).not.toContain('听证员');
  });
});

describe('documentNumberFor', () => {
  it('numbers from the body, the field, the nature and the year', () => {
    const s = penaltySnapshot();
    expect(documentNumberFor(templateFor('penalty_decision', s.today), s, 3)).toBe('示区卫医罚〔2026〕3号');
    expect(documentNumberFor(templateFor('hearing_notice', s.today), s, 1)).toBe('示区卫医听告〔2026〕1号');
    expect(
      documentNumberFor(
        templateFor('penalty_notice', s.today),
        s,
        7,
        '{region}卫{field}{nature}字〔{year}〕第{seq}号',
      ),
    ).toBe('示区卫医告字〔2026〕第7号');
    expect(() => documentNumberFor(templateFor('site_record', s.today), s, 1)).toThrow('现场笔录不编号');
    expect(() =>
      documentNumberFor(
        templateFor('penalty_decision', s.today),
        { ...s, case: { ...s.case, field: 'x' } },
        1,
      ),
    ).toThrow('未知的专业类别');
  });
});
