import { describe, expect, it } from 'vitest';
import { OPINIONS, REVIEW_POINTS, type Finding, type Opinion, type ReviewPoint } from '../model.ts';
import type { PointFinding } from './lifecycle.ts';
import { checkOpinion } from './opinion.ts';

const findings = (over: Partial<Record<ReviewPoint, Finding>> = {}) =>
  Object.fromEntries(
    REVIEW_POINTS.map((p) => [
      p,
      { finding: over[p] ?? 'conforms', note: over[p] ? '问题' : '', by: 'r' } as PointFinding,
    ]),
  ) as Record<ReviewPoint, PointFinding>;
const o = (opinion: Opinion, changes = '', text = '审核意见') => ({ opinion, changes, text });
const code = (r: ReturnType<typeof checkOpinion>) => r?.code ?? null;

describe('opinion against its findings (D4–D5)', () => {
  it('names every point still without a finding', () => {
    const f: Partial<Record<ReviewPoint, PointFinding>> = findings();
    delete f.facts_clear;
    delete f.crime_transfer;
    const r = checkOpinion(f, o('approve'));
    expect(r?.code).toBe('FINDINGS_INCOMPLETE');
    expect(r?.message).toContain('案件事实是否清楚、是否涉嫌犯罪需要移送司法机关');
    expect(code(checkOpinion({}, o('disapprove')))).toBe('FINDINGS_INCOMPLETE');
  });

  it('needs the written opinion text for every opinion', () => {
    for (const op of OPINIONS)
      expect(code(checkOpinion(findings({ facts_clear: 'nonconforming' }), o(op, '改', ' ')))).toBe(
        'OPINION_TEXT_REQUIRED',
      );
  });

  it('同意 only when all ten points conform, naming those that do not', () => {
    expect(checkOpinion(findings(), o('approve'))).toBeNull();
    for (const f of ['nonconforming', 'needs_correction'] as const) {
      for (const p of REVIEW_POINTS) {
        const r = checkOpinion(findings({ [p]: f }), o('approve'));
        expect(r?.code, `${p} ${f}`).toBe('OPINION_INCONSISTENT');
      }
    }
    expect(checkOpinion(findings({ law_applied: 'nonconforming' }), o('approve'))?.message).toContain(
      '适用法律、法规、规章是否准确',
    );
  });

  it('any other opinion needs at least one point that does not conform', () => {
    for (const op of OPINIONS.filter((x) => x !== 'approve')) {
      expect(code(checkOpinion(findings(), o(op, '修改处罚金额'))), op).toBe('OPINION_INCONSISTENT');
    }
    expect(
      checkOpinion(findings({ evidence_sufficient: 'needs_correction' }), o('return_for_investigation')),
    ).toBeNull();
    expect(checkOpinion(findings({ facts_clear: 'nonconforming' }), o('disapprove'))).toBeNull();
  });

  it('建议修改 states what to change', () => {
    const f = findings({ discretion_appropriate: 'needs_correction' });
    expect(code(checkOpinion(f, o('suggest_changes', '  ')))).toBe('OPINION_CHANGES_REQUIRED');
    expect(checkOpinion(f, o('suggest_changes', '罚款调整为 5000 元'))).toBeNull();
  });

  it('建议移送司法机关 rests on the crime-transfer point', () => {
    expect(code(checkOpinion(findings({ facts_clear: 'nonconforming' }), o('transfer_to_judiciary')))).toBe(
      'OPINION_INCONSISTENT',
    );
    expect(
      checkOpinion(findings({ crime_transfer: 'nonconforming' }), o('transfer_to_judiciary')),
    ).toBeNull();
  });

  it('every refusal carries its citation', () => {
    expect(checkOpinion(findings({ facts_clear: 'nonconforming' }), o('approve'))?.citation).toContain(
      '国办发〔2018〕118号',
    );
  });
});
