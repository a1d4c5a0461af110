// E3/E4 what a publication says, composed from the case's decision (its parties in the clear, the issued
// decision's text) and the publisher's choices: the redacted summary, the redacted full text with its
// spans, and the search text. Pure: the clear text enters here and only redacted text leaves.
import type { CaseDecision } from '../cases/index.ts';
import type { RedactionParty } from './redaction/types.ts';
import { editedRedaction, summaryOf, type SpanEdit, type Summary } from './rules/summary.ts';

export const CATEGORY_OF_KIND: Record<string, string> = {
  penalty: '行政处罚',
  permit: '行政许可',
  coercion: '行政强制',
  inspection: '行政检查',
  levy: '行政征收',
};

export interface PublisherChoices {
  legalBasis: string;
  documentNumber: string | null;
  edits: readonly SpanEdit[];
}

export function redactionParties(d: CaseDecision): RedactionParty[] {
  return d.parties.map((p) => ({
    kind: p.type === 'person' ? 'person' : 'org',
    role: p.role,
    name: p.name,
    ...(p.idNumber ? { idNumber: p.idNumber } : {}),
    ...(p.address ? { address: p.address } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
    ...(p.creditCode ? { creditCode: p.creditCode } : {}),
    ...(p.legalRepresentative ? { legalRepresentative: p.legalRepresentative } : {}),
  }));
}

export interface Composed {
  summary: Summary;
  fullText: string | null;
  spans: { start: number; end: number; category: string; replacement: string }[];
  searchText: string;
}

export function compose(
  d: CaseDecision,
  bodyName: string,
  decidedOn: string,
  choices: PublisherChoices,
): Composed {
  const parties = redactionParties(d);
  const main = d.parties.find((p) => p.role === 'party');
  const summary = summaryOf(
    {
      documentNumber: choices.documentNumber ?? d.document?.number ?? null,
      bodyName,
      partyName: main?.name ?? '',
      partyType: main?.type ?? d.partyType,
      category: CATEGORY_OF_KIND[d.kind] ?? d.kind,
      cause: d.cause,
      legalBasis: choices.legalBasis,
      conclusion: d.conclusion ?? '',
      decidedOn,
    },
    parties,
  );
  const full = d.document ? editedRedaction(d.document.text, parties, choices.edits) : null;
  const searchText = [
    summary.documentNumber,
    summary.bodyName,
    summary.partyName,
    summary.category,
    summary.cause,
    summary.legalBasis,
    summary.conclusion,
    full?.redactedText,
  ]
    .filter(Boolean)
    .join('\n');
  return { summary, fullText: full?.redactedText ?? null, spans: full?.spans ?? [], searchText };
}
