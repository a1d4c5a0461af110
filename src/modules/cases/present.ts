// C1–C5 how a case is shown: labels for states, actions and deadline urgency, from the stored rows.
import type { WorkingCalendar } from '../../platform/calendar/rules.ts';
import { addDays } from './deadlines.ts';
import { CASE_KIND_LABELS, type CaseKind, type ProcedureMachine } from './machine.ts';
import { deadlineLabel } from './deadline-labels.ts';
import { actionPermission } from './policy.ts';
import type { EvidenceRow } from './evidence/index.ts';
import type { CaseListRow } from './list-repo.ts';
import { partyEventLabel, type PartyRole, type PartyRow } from './parties/index.ts';
import type * as repo from './repo.ts';

/** PostgreSQL's text form of a timestamptz ("2026-11-22 06:47:36.071+00") as ISO 8601. */
export function isoTimestamp(value: string): string {
  const d = new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

/** Working days ahead within which an open deadline shows as due soon (G2). */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * The last day that counts as due soon: DUE_SOON_WORKING_DAYS working days ahead. Only a display band:
 * in a year without calendar data it falls back to a generous calendar-day window.
 */
export function soonUntil(calendar: WorkingCalendar, day: string): string {
  try {
    return calendar.addWorkingDays(day, DUE_SOON_WORKING_DAYS).deadline;
  } catch {
    return addDays(day, DUE_SOON_WORKING_DAYS + 2);
  }
}

export type DueLevel = 'overdue' | 'due_soon' | 'open';

/** Overdue before today; due soon up to `soonUntil`; else open. */
export function dueLevel(due: string | null, today: string, soonUntil: string): DueLevel | null {
  if (due === null) return null;
  if (due < today) return 'overdue';
  return due <= soonUntil ? 'due_soon' : 'open';
}

const label = (labels: Readonly<Record<string, string>>, key: string) => labels[key] ?? key;

export function presentListItem(r: CaseListRow, machine: ProcedureMachine, level: DueLevel | null) {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    kindLabel: CASE_KIND_LABELS[r.kind as CaseKind] ?? r.kind,
    state: r.state,
    stateLabel: label(machine.stateLabels, r.state),
    cause: r.cause,
    field: r.field,
    partyName: r.partyName,
    leadOfficerName: r.leadOfficerName,
    openedOn: r.openedOn,
    nextDue: r.nextDue,
    nextDueLabel: r.nextDueKey === null ? null : deadlineLabel(r.nextDueKey),
    nextDueProvisional: r.nextDueProvisional,
    dueLevel: level,
    finished: r.finished,
    version: r.version,
  };
}

interface CaseView {
  c: repo.CaseRow;
  machine: ProcedureMachine;
  bodyName: string;
  fieldLabel: string;
  parties: PartyRow[];
  events: Array<{
    seq: number;
    action: string;
    fromState: string | null;
    toState: string;
    legalDate: string;
    actorName: string;
    at: string;
    data: unknown;
  }>;
  deadlines: Array<repo.DeadlineRow & { label: string; level: DueLevel | null }>;
  evidence: Array<EvidenceRow & { typeLabel: string }>;
  documents: Array<{
    id: string;
    template: string;
    templateVersion: number;
    title: string;
    number: string | null;
    issuedOn: string;
    contentHash: string;
    signatures: unknown;
    partyConfirmation: unknown;
  }>;
  officers: Array<{
    id: string;
    name: string;
    certificateNo: string | null;
    lead: boolean;
    certificateValid: boolean;
  }>;
  linked: Array<{ id: string; code: string; kind: string; state: string; cause: string; openedOn: string }>;
  actions: string[];
  others: string[];
  mayAddEvidence: boolean;
  partyActions: { add: PartyRole[]; correct: boolean; identityLocked: string[] };
}

export function presentCase(v: CaseView) {
  const { c, machine } = v;
  const actionLabel = (t: string) => (t === 'create' ? '登记案件' : label(machine.actionLabels, t));
  return {
    id: c.id,
    bodyId: c.bodyId,
    bodyName: v.bodyName,
    code: c.code,
    kind: c.kind,
    kindLabel: CASE_KIND_LABELS[c.kind as CaseKind] ?? c.kind,
    state: c.state,
    stateLabel: label(machine.stateLabels, c.state),
    cause: c.cause,
    field: c.field,
    fieldLabel: v.fieldLabel,
    source: c.source,
    place: c.place,
    summary: c.summary,
    enforcementItemCode: c.enforcementItemCode,
    partyType: c.partyType,
    partyName: c.partyName,
    unitId: c.unitId,
    openedOn: c.openedOn,
    finished: c.finished,
    version: c.version,
    record: c.record as Record<string, unknown>,
    officers: v.officers,
    parties: v.parties.map((p) => ({
      id: p.id,
      role: p.role,
      type: p.type,
      name: p.name,
      idType: p.idType,
      idNumber: p.idNumber,
      creditCode: p.creditCode,
      legalRepresentative: p.legalRepresentative,
      address: p.address,
      phone: p.phone,
      minor: p.minor,
      representsId: p.representsId,
    })),
    timeline: v.events.map((e) => ({
      seq: e.seq,
      action: e.action,
      label: partyEventLabel(e.action, e.data) ?? actionLabel(e.action),
      fromState: e.fromState,
      toState: e.toState,
      toStateLabel: label(machine.stateLabels, e.toState),
      legalDate: e.legalDate,
      actorName: e.actorName,
      at: isoTimestamp(e.at),
      data: e.data,
    })),
    deadlines: v.deadlines.map((d) => ({
      id: d.id,
      key: d.key,
      label: d.label,
      from: d.fromDate,
      due: d.due,
      citation: d.citation,
      rule: d.rule as { n: number; unit: string },
      pausedDays: d.pausedDays,
      status: d.status,
      closedOn: d.closedOn,
      level: d.level,
      provisionalYear: d.provisionalYear,
    })),
    evidence: v.evidence.map(presentEvidence),
    documents: v.documents.map((d) => ({
      id: d.id,
      template: d.template,
      templateVersion: d.templateVersion,
      title: d.title,
      number: d.number,
      issuedOn: d.issuedOn,
      contentHash: d.contentHash,
      signed: Array.isArray(d.signatures) ? d.signatures.length : 0,
      partyConfirmation: (d.partyConfirmation as { kind?: string } | null)?.kind ?? null,
    })),
    linkedCases: v.linked,
    actions: v.actions.map((t) => ({ type: t, label: actionLabel(t) })),
    actionsForOthers: v.others.map((t) => ({
      type: t,
      label: actionLabel(t),
      permission: actionPermission(c.kind as CaseKind, t),
    })),
    mayAddEvidence: v.mayAddEvidence,
    partyActions: v.partyActions,
  };
}

/** One evidence item with its file's fingerprints and how it was captured (C7). */
export function presentEvidence(e: EvidenceRow & { typeLabel: string }) {
  return {
    id: e.id,
    seq: e.seq,
    type: e.type,
    typeLabel: e.typeLabel,
    title: e.title,
    description: e.description,
    source: e.source,
    collectedOn: e.collectedOn,
    collectedBy: e.collectedBy,
    hasFile: e.objectKey !== null,
    fileName: e.fileName,
    mimeType: e.mimeType,
    size: e.size,
    sha256: e.sha256,
    sm3: e.sm3,
    fileAttachedAt: e.fileAttachedAt === null ? null : isoTimestamp(e.fileAttachedAt),
    capturedAt: e.capturedAt === null ? null : isoTimestamp(e.capturedAt),
    device: e.device,
    location: e.location,
  };
}
