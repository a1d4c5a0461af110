// C8, C10 the documents of a case for its export: each issued document's PDF and DOCX (opened from their
// sealed objects and checked against the SHA-256 they were issued with) and every officer signature
// with exactly what it signs.
import type { Db } from '../../../platform/db/client.ts';
import type { Sealer } from '../../../platform/crypto/sealing.ts';
import type { ObjectStore } from '../../../platform/storage/index.ts';
import { dbOf, type Ctx } from '../../../platform/context.ts';
import type { CaseFileContents, CaseFileItem, CaseFileSource } from '../case-file/index.ts';
import { listDocuments } from './repo.ts';
import { issuedFile, type DocumentFormat } from './sealing.ts';
import { parseSignedMessageV2, publishedSignature, type StoredSignature } from './signed-message.ts';

export class DocumentsCaseFileSource implements CaseFileSource {
  constructor(
    private readonly db: Db,
    private readonly store: ObjectStore,
    private readonly sealer: Sealer,
  ) {}

  async collect(ctx: Ctx, caseId: string): Promise<CaseFileContents> {
    const docs = await listDocuments(dbOf(ctx, this.db), caseId);
    const items: CaseFileItem[] = [];
    const documents: NonNullable<CaseFileContents['documents']> = [];
    docs.forEach((doc, i) => {
      const stem = `documents/${String(i + 1).padStart(2, '0')}-${doc.template}`;
      const title = doc.number ? `${doc.title}（${doc.number}）` : doc.title;
      const signatures = (doc.signatures as StoredSignature[]).map((s) => publishedSignature(doc, s));
      // A v2 signature names the files' SM3 as well; a v1 document's SM3 is taken from its bytes.
      const named = signatures
        .map((s) => s.format === 2 && parseSignedMessageV2(s.signedMessage))
        .find(Boolean);
      const file = (format: DocumentFormat): CaseFileItem => ({
        path: `${stem}.${format}`,
        kind: 'document',
        title: `${title} ${format.toUpperCase()}`,
        sha256: format === 'pdf' ? doc.pdfKey : doc.docxKey,
        ...(named ? { sm3: format === 'pdf' ? named.pdfSm3 : named.docxSm3 } : {}),
        open: () => issuedFile(this.store, this.sealer, doc, format),
      });
      items.push(file('pdf'), file('docx'));
      documents.push({
        documentId: doc.id,
        title,
        number: doc.number,
        contentSm3: doc.contentHash,
        pdfPath: `${stem}.pdf`,
        docxPath: `${stem}.docx`,
        signatures,
      });
    });
    return {
      items,
      documents,
      entities: [{ entityType: 'case_document', entityIds: docs.map((d) => d.id) }],
    };
  }
}
