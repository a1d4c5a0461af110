// E3 the summary of a decision as published (摘要公开): document number, body, the party's name — a
// natural person's surname + 某, an organisation's name — category, cause, legal basis, conclusion and
// date; and E4 the redaction of each field and of the full text, with the publisher's own additions and
// removals (each with a reason) applied over the engine's. Pure.
import { redact, mergeSpans } from '../redaction/redact.ts';
import { maskedName } from '../redaction/surname.ts';
import { MASK, type RedactionCategory, type RedactionParty, type Span } from '../redaction/types.ts';

export interface SummarySource {
  documentNumber: string | null;
  bodyName: string;
  partyName: string;
  partyType: 'person' | 'organisation';
  category: string;
  cause: string;
  legalBasis: string;
  conclusion: string;
  decidedOn: string;
}

export type Summary = Omit<SummarySource, 'partyType'>;

export const SUMMARY_LABELS: Record<keyof Summary, string> = {
  documentNumber: '决定书文号',
  bodyName: '执法机关',
  partyName: '当事人',
  category: '执法类别',
  cause: '案由',
  legalBasis: '法律依据',
  conclusion: '处理结果',
  decidedOn: '决定日期',
};

/** The summary with every free-text field redacted against the case's people. */
export function summaryOf(s: SummarySource, parties: readonly RedactionParty[]): Summary {
  const clean = (text: string) => (text ? redact(text, parties).redactedText : text);
  return {
    documentNumber: s.documentNumber,
    bodyName: s.bodyName,
    partyName: s.partyType === 'person' ? maskedName(s.partyName) : s.partyName,
    category: s.category,
    cause: clean(s.cause),
    legalBasis: clean(s.legalBasis),
    conclusion: clean(s.conclusion),
    decidedOn: s.decidedOn,
  };
}

/** The fields a summary cannot be published without (a blank would publish an incomplete record). */
export function missingSummaryFields(s: Summary): string[] {
  return (Object.keys(SUMMARY_LABELS) as (keyof Summary)[])
    .filter((k) => !s[k] || String(s[k]).trim() === '')
    .map((k) => SUMMARY_LABELS[k]);
}

export type SpanEdit =
  | { op: 'add'; start: number; end: number; category: RedactionCategory; reason: string }
  | { op: 'remove'; start: number; end: number; reason: string };

export interface EditedRedaction {
  redactedText: string;
  spans: Span[];
}

/** The text with `spans` (sorted, non-overlapping) replaced. */
export function applySpans(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return out + text.slice(at);
}

/** Why an edit cannot apply to `text` with the engine's `auto` spans, or null. */
export function editRefusal(text: string, auto: readonly Span[], edit: SpanEdit): string | null {
  if (!edit.reason.trim()) return '增加或取消隐去须说明理由';
  if (!(edit.start >= 0 && edit.end > edit.start && edit.end <= text.length)) return '隐去范围超出文本';
  if (edit.op === 'remove' && !auto.some((s) => s.start === edit.start && s.end === edit.end))
    return '没有可取消的隐去';
  return null;
}

/** The engine's redaction of `text`, less the spans the publisher removed, plus those they added. */
export function editedRedaction(
  text: string,
  parties: readonly RedactionParty[],
  edits: readonly SpanEdit[],
): EditedRedaction {
  const auto = redact(text, parties).spans;
  const removed = edits.filter((e) => e.op === 'remove');
  const kept = auto.filter((s) => !removed.some((r) => r.start === s.start && r.end === s.end));
  const added: Span[] = edits.flatMap((e) =>
    e.op === 'add' ? [{ start: e.start, end: e.end, category: e.category, replacement: MASK }] : [],
  );
  const spans = mergeSpans([...kept, ...added]);
  return { redactedText: applySpans(text, spans), spans };
}
