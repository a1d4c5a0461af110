// E3/E4 the issued decision document of a case as plain text, for the publicity module to redact and
// publish in full-text mode. The text is opened from its sealed content here and handed over in memory
// only: the publicity module stores nothing but the redacted result. Signatures (officers' fingerprints,
// the party's handwriting) are not part of the published text.
import type { Sealer } from '../../../platform/crypto/sealing.ts';
import type { DbOrTx } from '../../../platform/db/client.ts';
import type { Block, DocumentModel } from '../../../platform/documents/model.ts';
import { latestDocumentOf } from './repo.ts';
import { openContent } from './sealing.ts';

/** The templates that are decisions (行政处罚决定书, 当场行政处罚决定书). */
export const DECISION_TEMPLATES = ['penalty_decision', 'simple_penalty_decision'] as const;

export interface DecisionDocument {
  id: string;
  title: string;
  number: string | null;
  issuedOn: string;
  text: string;
}

function blockText(b: Block): string | null {
  switch (b.kind) {
    case 'paragraph':
    case 'heading':
      return b.text;
    case 'fields':
      return b.rows.map((r) => `${r.label}：${r.value}`).join('\n');
    case 'table':
      return [b.columns, ...b.rows].map((row) => row.join('\t')).join('\n');
    case 'notice':
      return [b.title, b.text].filter(Boolean).join('\n');
    case 'seal':
      return `${b.issuer}\n${b.date}`;
    case 'signatures':
    case 'spacer':
      return null;
  }
}

/** The model's title, number and blocks as lines of text. */
export function modelText(model: DocumentModel): string {
  const head = [model.issuer, model.title, model.number].filter((s): s is string => !!s);
  const body = model.blocks.map(blockText).filter((s): s is string => s !== null && s !== '');
  return [...head, ...body].join('\n');
}

/** The case's latest issued decision document in the clear, or null when none was issued. */
export async function decisionDocumentOf(
  db: DbOrTx,
  sealer: Sealer,
  caseId: string,
): Promise<DecisionDocument | null> {
  const doc = await latestDocumentOf(db, caseId, DECISION_TEMPLATES);
  if (!doc) return null;
  const content = openContent(sealer, doc.id, doc.content) as { model: DocumentModel };
  return {
    id: doc.id,
    title: doc.title,
    number: doc.number,
    issuedOn: doc.issuedOn,
    text: modelText(content.model),
  };
}
