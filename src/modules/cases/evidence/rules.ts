// C7, C8 the rules of evidence capture details (pure): blanks mean "not recorded"; electronic data cannot
// have been captured in the future or after the day it was collected; details given with a file must agree
// with those recorded at registration, which are never overwritten.
import { badRequest } from '../../../platform/http/errors.ts';
import { isoTimestamp } from '../present.ts';
import type { EvidenceRow } from './repo.ts';
import type { CaptureInput } from './types.ts';

/** A terminal's clock may run a little ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;

const blank = (v: string | null | undefined) =>
  v === null || v === undefined || v.trim() === '' ? null : v.trim();

/** The capture details as stored: blanks are "not recorded", so a later upload may still supply them. */
export function normaliseCapture(c: Partial<CaptureInput>): CaptureInput {
  return { capturedAt: blank(c.capturedAt), device: blank(c.device), location: blank(c.location) };
}

/** The day an instant falls on in China (the legal dates of a case are Beijing dates). */
const beijingDay = (instant: string) =>
  new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 10);

/** Electronic data cannot have been captured in the future, nor after the day it was collected as evidence. */
export function checkCapture(c: CaptureInput, collectedOn: string, now: Date) {
  if (c.capturedAt === null) return;
  if (Date.parse(c.capturedAt) > now.getTime() + CLOCK_SKEW_MS)
    throw badRequest(`采集时间 ${c.capturedAt} 晚于当前时间`, { field: 'capturedAt' });
  if (beijingDay(c.capturedAt) > collectedOn)
    throw badRequest(`采集时间 ${c.capturedAt} 晚于收集日期 ${collectedOn}`, { field: 'capturedAt' });
}

const CAPTURE_LABELS: Record<keyof CaptureInput, string> = {
  capturedAt: '采集时间',
  device: '采集设备',
  location: '采集地点',
};

/**
 * Details given with the file must agree with those recorded at registration (C7: 记录内容应当与执法文书
 * 相一致); a recorded detail is never overwritten (C8). Only what is still missing is filled in.
 */
export function checkAgrees(recorded: EvidenceRow, given: CaptureInput) {
  for (const k of Object.keys(CAPTURE_LABELS) as Array<keyof CaptureInput>) {
    const was = recorded[k];
    const now = given[k];
    if (was === null || now === null) continue;
    const same = k === 'capturedAt' ? Date.parse(isoTimestamp(was)) === Date.parse(now) : was === now;
    if (!same)
      throw badRequest(
        `${CAPTURE_LABELS[k]}与登记证据时记录的不一致（已记录：${was}）；已登记的内容不能修改`,
        { field: k },
      );
  }
}

/** A size as officers read it, for refusals. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} 字节`;
}
