// E3–E8 a publication as the staff app shows it: redacted content only, with its chain, channels and
// outcome in their typed shapes.
import type * as repo from './repo.ts';
import type { Approval, ChainStep } from './rules/approval.ts';
import type { PublicationStatus } from './rules/status.ts';
import type { SpanEdit, Summary } from './rules/summary.ts';

/** A publication as the staff app shows it (redacted content only). */
export function present(p: repo.FoundPublication) {
  return {
    id: p.id,
    caseId: p.caseId,
    bodyId: p.bodyId,
    bodyName: p.bodyName,
    caseKind: p.caseKind,
    subject: p.subject,
    decidedOn: p.decidedOn,
    due: p.due,
    dueCitation: p.dueCitation,
    status: p.status as PublicationStatus,
    intent: p.intent as 'publish' | 'not_publish',
    notPublishedReason: p.notPublishedReason,
    notPublishedNote: p.notPublishedNote,
    mode: p.mode as 'summary' | 'full',
    summary: p.summary as Summary,
    legalBasis: p.legalBasis,
    fullText: p.fullText,
    spans: p.spans as { start: number; end: number; category: string; replacement: string }[],
    edits: p.edits as SpanEdit[],
    minorCase: p.minorCase,
    creditSeverity: p.creditSeverity,
    chain: (p.chain ?? null) as ChainStep[] | null,
    approvals: p.approvals as Approval[],
    channels: p.channels as ChannelState[],
    publishedOn: p.publishedOn,
    outcome: p.outcome as OutcomeRecord | null,
    withdrawalDue: p.withdrawalDue,
    withdrawalReason: p.withdrawalReason,
    withdrawnOn: p.withdrawnOn,
    version: p.version,
  };
}

export interface ChannelState {
  channel: 'portal' | 'credit';
  from: string;
  until: string | null;
  minUntil: string | null;
  citation: string;
  removedOn: string | null;
  removedReason: string | null;
}

export interface OutcomeRecord {
  via: string;
  result: string;
  decidedOn: string;
  recordedOn: string;
  note: string;
}
