// E4: the redaction of a text for publication — the structured layer (structured.ts) and the pattern
// detectors (detectors.ts) together, minus what must stay, merged so that no two spans overlap and no
// personal detail is left half-covered. Pure: the same text and parties always give the same answer, so
// the preview the publisher approves is exactly what is published.
import { detectAll, keptStretches } from './detectors.ts';
import { structuredFindings } from './structured.ts';
import { MASK, type Kept, type RedactionParty, type Span } from './types.ts';

export interface Redaction {
  redactedText: string;
  spans: Span[];
}

const overlaps = (a: Kept, b: Kept) => a.start < b.end && b.start < a.end;

/**
 * Non-overlapping spans from overlapping candidates: the earliest (longest at one start) leads, and one that
 * reaches past it widens it, so every character any candidate covers stays covered. A name merged with a
 * number is no longer just a name: it takes the number's mask.
 */
export function mergeSpans(candidates: readonly Span[]): Span[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (!last || s.start >= last.end) {
      merged.push({ ...s });
      continue;
    }
    if (s.end <= last.end && last.category !== 'name') continue;
    last.end = Math.max(last.end, s.end);
    if (last.category === 'name' && s.category !== 'name') {
      last.category = s.category;
      last.replacement = MASK;
    }
  }
  return merged;
}

export function redact(text: string, parties: readonly RedactionParty[]): Redaction {
  const structured = structuredFindings(text, parties);
  const kept = [...structured.kept, ...keptStretches(text)];
  // A person's own details are masked even inside a kept stretch (a sole trader's shop named after its
  // owner keeps the shop's name only where the text writes the shop); a detector's guess never overrides
  // what the law keeps.
  const guesses = detectAll(text).filter((s) => !kept.some((k) => overlaps(k, s)));
  const known = structured.spans.filter((s) => s.category !== 'name' || !kept.some((k) => overlaps(k, s)));
  const spans = mergeSpans([...known, ...guesses]);
  let redactedText = '';
  let at = 0;
  for (const s of spans) {
    redactedText += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  redactedText += text.slice(at);
  return { redactedText, spans };
}
