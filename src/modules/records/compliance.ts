// C6 AV compliance as pure rules, each flag with its citation (万州区卫生健康行政执法全过程记录制度):
// - Art. 11: an activity needing full-process recording has none; a recording interrupted (a gap between
//   consecutive clips of one activity on one device) without a voice note or a written explanation;
// - Art. 13: "AV not possible" only as a work record with the reason, reviewed by the head;
// - Art. 15(4): a document of the activity whose time lies outside its recordings' span;
// - Art. 21: registered later than 2 working days after the on-site action without a written reason
//   approved beforehand.
export const CITATIONS = {
  missing: '《万州区卫生健康行政执法全过程记录制度》第十一条',
  interrupted: '《万州区卫生健康行政执法全过程记录制度》第十一条第二款',
  exemption: '《万州区卫生健康行政执法全过程记录制度》第十三条',
  documentTime: '《万州区卫生健康行政执法全过程记录制度》第十五条第（四）项',
  late: '《万州区卫生健康行政执法全过程记录制度》第二十一条',
} as const;

export type FlagCode =
  | 'AV_MISSING'
  | 'AV_EXEMPTION_UNAPPROVED'
  | 'AV_INTERRUPTED'
  | 'AV_DOCUMENT_OUTSIDE_SPAN'
  | 'AV_LATE_REGISTRATION';

export interface ComplianceFlag {
  code: FlagCode;
  message: string;
  citation: string;
  activity: string | null;
  /** The record concerned, by its number in the case. */
  seq: number | null;
}

/** An on-site activity the case performed, with the B5 entry it falls under. */
export interface ActivityFact {
  code: string;
  name: string;
  requirement: 'full' | 'as_needed';
  /** The Shanghai date the step was taken on. */
  on: string;
  /** B5: the documents whose times must fall inside the recording. */
  documents: readonly string[];
}

export interface RecordFact {
  seq: number;
  kind: 'video' | 'audio' | 'photo';
  activity: string;
  deviceSerial: string;
  startedAt: string;
  endedAt: string;
  interruptionNote: string;
  registeredAt: string;
  lateReason: string;
  lateApprovedBy: string;
}

export interface ExemptionFact {
  activity: string;
  approved: boolean;
}

export interface DocumentFact {
  title: string;
  /** The Shanghai date the document was issued on (the documents keep a date, not a time). */
  on: string;
}

export interface ComplianceInput {
  activities: readonly ActivityFact[];
  records: readonly RecordFact[];
  exemptions: readonly ExemptionFact[];
  documents: readonly DocumentFact[];
  /** The last Shanghai date on which a recording ended on `date` may be registered (2 working days on). */
  registrationDeadline: (date: string) => string;
  /** Instant → Shanghai calendar date. */
  dateOf: (iso: string) => string;
}

/** Clips split by the device itself follow each other within this many seconds. */
export const SPLIT_TOLERANCE_SECONDS = 5;

const moving = (r: RecordFact) => r.kind !== 'photo';

function missing(input: ComplianceInput): ComplianceFlag[] {
  const flags: ComplianceFlag[] = [];
  const seen = new Set<string>();
  for (const a of input.activities) {
    if (a.requirement !== 'full' || seen.has(a.code)) continue;
    seen.add(a.code);
    if (input.records.some((r) => r.activity === a.code && moving(r))) continue;
    const exemptions = input.exemptions.filter((e) => e.activity === a.code);
    if (exemptions.some((e) => e.approved)) continue;
    flags.push(
      exemptions.length > 0
        ? {
            code: 'AV_EXEMPTION_UNAPPROVED',
            message: `“${a.name}”无音像记录，无法记录的工作记录尚未经负责人审核`,
            citation: CITATIONS.exemption,
            activity: a.code,
            seq: null,
          }
        : {
            code: 'AV_MISSING',
            message: `“${a.name}”（${a.on}）应当全过程音像记录，未登记录音录像，也无经批准的无法记录工作记录`,
            citation: CITATIONS.missing,
            activity: a.code,
            seq: null,
          },
    );
  }
  return flags;
}

function interruptions(input: ComplianceInput): ComplianceFlag[] {
  const groups = new Map<string, RecordFact[]>();
  for (const r of input.records.filter(moving)) {
    const key = `${r.activity}\u0000${r.deviceSerial}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const flags: ComplianceFlag[] = [];
  for (const clips of groups.values()) {
    const sorted = [...clips].sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.seq - b.seq);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const next = sorted[i]!;
      const gap = (Date.parse(next.startedAt) - Date.parse(prev.endedAt)) / 1000;
      if (gap <= SPLIT_TOLERANCE_SECONDS || next.interruptionNote !== '') continue;
      flags.push({
        code: 'AV_INTERRUPTED',
        message: `设备 ${next.deviceSerial} 的记录在第 ${prev.seq} 段与第 ${next.seq} 段之间中断 ${Math.round(gap)} 秒，未作语音或书面说明`,
        citation: CITATIONS.interrupted,
        activity: next.activity,
        seq: next.seq,
      });
    }
  }
  return flags;
}

function documentTimes(input: ComplianceInput): ComplianceFlag[] {
  const flags: ComplianceFlag[] = [];
  for (const a of input.activities) {
    const clips = input.records.filter((r) => r.activity === a.code && moving(r));
    if (clips.length === 0) continue;
    const from = input.dateOf(clips.map((r) => r.startedAt).sort()[0]!);
    const to = input.dateOf(
      clips
        .map((r) => r.endedAt)
        .sort()
        .at(-1)!,
    );
    for (const d of input.documents) {
      if (!a.documents.includes(d.title)) continue;
      if (d.on >= from && d.on <= to) continue;
      flags.push({
        code: 'AV_DOCUMENT_OUTSIDE_SPAN',
        message: `《${d.title}》的日期（${d.on}）不在“${a.name}”录音录像的起止时间之内`,
        citation: CITATIONS.documentTime,
        activity: a.code,
        seq: null,
      });
    }
  }
  return flags;
}

function lateRegistrations(input: ComplianceInput): ComplianceFlag[] {
  return input.records
    .filter((r) => {
      const deadline = input.registrationDeadline(input.dateOf(r.endedAt));
      return input.dateOf(r.registeredAt) > deadline && (r.lateReason === '' || r.lateApprovedBy === '');
    })
    .map((r) => ({
      code: 'AV_LATE_REGISTRATION' as const,
      message: `第 ${r.seq} 段记录在执法活动结束 2 个工作日后才登记，且无事先批准的书面延期说明`,
      citation: CITATIONS.late,
      activity: r.activity,
      seq: r.seq,
    }));
}

/** Every flag of a case's recordings, in the order of the rules above. */
export function complianceFlags(input: ComplianceInput): ComplianceFlag[] {
  return [...missing(input), ...interruptions(input), ...documentTimes(input), ...lateRegistrations(input)];
}
