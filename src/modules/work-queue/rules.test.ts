// A5 which work queue sections each role has.
import { describe, expect, it } from 'vitest';
import { ROLES } from '../access/index.ts';
import { sectionsFor } from './rules.ts';

const keys = (roles: string[]) => sectionsFor(roles).map((s) => s.key);

describe('work queue sections', () => {
  it('gives each business role its sections, and the system roles none', () => {
    expect(keys(['officer'])).toEqual(['next_steps']);
    expect(keys(['unit_head'])).toEqual(['approvals', 'overdue']);
    expect(keys(['deputy'])).toEqual(['approvals', 'overdue']);
    expect(keys(['head'])).toEqual(['approvals', 'overdue']);
    expect(keys(['archivist'])).toEqual(['to_archive']);
    expect(keys(['reviewer'])).toEqual(['review']);
    expect(keys(['legal_head'])).toEqual(['review']);
    expect(keys(['publisher'])).toEqual(['publicity']);
    for (const r of ['sysadmin', 'secadmin', 'auditor']) expect(keys([r])).toEqual([]);
    expect(keys([])).toEqual([]);
    // Every role is named by the rules or knowingly left without a queue.
    expect(ROLES.filter((r) => keys([r]).length === 0)).toEqual(['sysadmin', 'secadmin', 'auditor']);
  });

  it('merges the sections of several roles once each, in page order', () => {
    expect(keys(['unit_head', 'officer'])).toEqual(['next_steps', 'approvals', 'overdue']);
    expect(keys(['head', 'unit_head', 'archivist', 'publisher'])).toEqual([
      'approvals',
      'overdue',
      'to_archive',
      'publicity',
    ]);
  });

  it('titles the approvals for whoever approves, and for the unit head who follows them up', () => {
    expect(sectionsFor(['head']).map((s) => s.title)).toEqual(['待我审批', '逾期案件']);
    expect(sectionsFor(['unit_head']).map((s) => s.title)).toEqual(['本科室待审批', '本科室逾期案件']);
    expect(sectionsFor(['unit_head', 'deputy']).map((s) => s.title)).toEqual(['待我审批', '逾期案件']);
  });

  it('announces the queues still to come and says what an empty section means', () => {
    for (const s of sectionsFor(ROLES)) {
      expect(s.empty, s.key).toMatch(/[\u4e00-\u9fff]/);
      expect(s.notice, s.key).toBeNull();
    }
  });
});
