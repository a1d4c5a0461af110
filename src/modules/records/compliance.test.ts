// C6 the compliance rules, each flag with its Wanzhou article, on facts written out by hand.
import { describe, expect, it } from 'vitest';
import { CITATIONS, complianceFlags, type ComplianceInput, type RecordFact } from './compliance.ts';

const dateOf = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);
/** Working days as a plain week (Mon–Fri) for the test: 2026-12-04 is a Friday. */
const deadlines: Record<string, string> = {
  '2026-12-03': '2026-12-07',
  '2026-12-04': '2026-12-08',
  '2026-12-07': '2026-12-09',
};

function clip(over: Partial<RecordFact> = {}): RecordFact {
  return {
    seq: 1,
    kind: 'video',
    activity: 'AV-001',
    deviceSerial: 'DSJ-1',
    startedAt: '2026-12-07T01:00:00.000Z',
    endedAt: '2026-12-07T01:10:00.000Z',
    interruptionNote: '',
    registeredAt: '2026-12-07T02:00:00.000Z',
    lateReason: '',
    lateApprovedBy: '',
    ...over,
  };
}

const seizure = {
  code: 'AV-001',
  name: '查封、扣押财物',
  requirement: 'full' as const,
  on: '2026-12-07',
  documents: ['查封扣押决定书', '现场笔录'],
};

function input(over: Partial<ComplianceInput> = {}): ComplianceInput {
  return {
    activities: [seizure],
    records: [clip()],
    exemptions: [],
    documents: [],
    registrationDeadline: (d) => deadlines[d] ?? '9999-12-31',
    dateOf,
    ...over,
  };
}

const codes = (i: ComplianceInput) => complianceFlags(i).map((f) => [f.code, f.seq, f.citation]);

describe('AV compliance', () => {
  it('passes a recorded, registered-in-time activity', () => {
    expect(complianceFlags(input())).toEqual([]);
  });

  it('flags a full-process activity without recording (Art. 11), once however often it was taken', () => {
    const flags = complianceFlags(
      input({ records: [], activities: [seizure, { ...seizure, on: '2026-12-08' }] }),
    );
    expect(flags).toEqual([
      {
        code: 'AV_MISSING',
        message:
          '“查封、扣押财物”（2026-12-07）应当全过程音像记录，未登记录音录像，也无经批准的无法记录工作记录',
        citation: CITATIONS.missing,
        activity: 'AV-001',
        seq: null,
      },
    ]);
  });

  it('does not count photos as the recording, nor ask it of an as-needed activity', () => {
    expect(codes(input({ records: [clip({ kind: 'photo' })] }))).toEqual([
      ['AV_MISSING', null, CITATIONS.missing],
    ]);
    expect(
      complianceFlags(input({ records: [], activities: [{ ...seizure, requirement: 'as_needed' }] })),
    ).toEqual([]);
  });

  it('accepts "AV not possible" only once the head approved it (Art. 13)', () => {
    expect(codes(input({ records: [], exemptions: [{ activity: 'AV-001', approved: false }] }))).toEqual([
      ['AV_EXEMPTION_UNAPPROVED', null, CITATIONS.exemption],
    ]);
    expect(
      complianceFlags(input({ records: [], exemptions: [{ activity: 'AV-001', approved: true }] })),
    ).toEqual([]);
  });

  it('flags a gap between consecutive clips of one activity and device without a note (Art. 11 ¶2)', () => {
    const a = clip({ seq: 1, endedAt: '2026-12-07T01:10:00.000Z' });
    const split = clip({
      seq: 2,
      startedAt: '2026-12-07T01:10:05.000Z',
      endedAt: '2026-12-07T01:20:00.000Z',
    });
    const gap = clip({ seq: 3, startedAt: '2026-12-07T01:25:00.000Z', endedAt: '2026-12-07T01:30:00.000Z' });
    expect(codes(input({ records: [gap, a, split] }))).toEqual([
      ['AV_INTERRUPTED', 3, CITATIONS.interrupted],
    ]);
    expect(complianceFlags(input({ records: [gap, a, split] }))[0]!.message).toBe(
      '设备 DSJ-1 的记录在第 2 段与第 3 段之间中断 300 秒，未作语音或书面说明',
    );
    // Explained, or on another device, or another activity: no interruption.
    expect(
      complianceFlags(input({ records: [a, { ...gap, interruptionNote: '电池更换，已语音说明' }] })),
    ).toEqual([]);
    expect(complianceFlags(input({ records: [a, { ...gap, deviceSerial: 'DSJ-2' }] }))).toEqual([]);
    expect(complianceFlags(input({ records: [a, { ...gap, activity: 'AV-009' }] }))).toEqual([]);
  });

  it('flags a document of the activity dated outside its recordings (Art. 15(4))', () => {
    const docs = [
      { title: '现场笔录', on: '2026-12-07' },
      { title: '查封扣押决定书', on: '2026-12-09' },
      { title: '行政处罚决定书', on: '2026-12-20' },
    ];
    const flags = complianceFlags(input({ documents: docs }));
    expect(flags.map((f) => [f.code, f.citation, f.message])).toEqual([
      [
        'AV_DOCUMENT_OUTSIDE_SPAN',
        CITATIONS.documentTime,
        '《查封扣押决定书》的日期（2026-12-09）不在“查封、扣押财物”录音录像的起止时间之内',
      ],
    ]);
  });

  it('flags registration after 2 working days without an approved reason (Art. 21)', () => {
    const friday = clip({ endedAt: '2026-12-04T09:00:00.000Z', startedAt: '2026-12-04T08:00:00.000Z' });
    // Friday's clip: due Tuesday 12-08; registered Tuesday is in time, Wednesday is late.
    expect(
      complianceFlags(input({ records: [{ ...friday, registeredAt: '2026-12-08T09:00:00.000Z' }] })),
    ).toEqual([]);
    const late = { ...friday, registeredAt: '2026-12-09T01:00:00.000Z' };
    expect(codes(input({ records: [late] }))).toEqual([['AV_LATE_REGISTRATION', 1, CITATIONS.late]]);
    expect(codes(input({ records: [{ ...late, lateReason: '设备送修' }] }))).toEqual([
      ['AV_LATE_REGISTRATION', 1, CITATIONS.late],
    ]);
    expect(
      complianceFlags(input({ records: [{ ...late, lateReason: '设备送修', lateApprovedBy: '张主任' }] })),
    ).toEqual([]);
    // 16:30 UTC on 12-08 is already 12-09 in Shanghai: late.
    expect(codes(input({ records: [{ ...friday, registeredAt: '2026-12-08T16:30:00.000Z' }] }))).toEqual([
      ['AV_LATE_REGISTRATION', 1, CITATIONS.late],
    ]);
  });
});
