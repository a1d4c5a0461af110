// H4 resealing issued documents (sealing.ts): at start, the content and files an earlier release kept in
// the clear are sealed; on a key rotation, every document's content and files are sealed again under the
// new key. A file is written anew (the object store addresses content, and sealing draws a fresh IV), so
// the objects it replaces are returned, to be removed once the transaction has committed.
import { and, asc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/client.ts';
import type { Resealing } from '../../../platform/crypto/reseal.ts';
import type { ObjectStore } from '../../../platform/storage/index.ts';
import { caseDocuments, caseEvidence } from '../schema.ts';
import { documentPurpose, readAll, sealContent, sha256Hex, type DocumentFormat } from './sealing.ts';

const BATCH = 50;

export interface ResealedDocuments {
  rewritten: number;
  /** Files the object store does not have (left as they were). */
  missing: number;
  /** Object keys no document refers to any more: clear files, or files sealed under the old key. */
  replaced: string[];
}

export async function resealDocuments(
  db: DbOrTx,
  store: ObjectStore,
  r: Resealing,
): Promise<ResealedDocuments> {
  const out: ResealedDocuments = { rewritten: 0, missing: 0, replaced: [] };
  const pending = r.rotating
    ? sql`true`
    : or(
        sql`jsonb_typeof(${caseDocuments.content}) = 'object'`,
        isNull(caseDocuments.docxSealedKey),
        isNull(caseDocuments.pdfSealedKey),
      );
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db
      .select()
      .from(caseDocuments)
      .where(and(pending, gt(caseDocuments.id, after)))
      .orderBy(asc(caseDocuments.id))
      .limit(BATCH);
    if (!rows.length) return out;
    for (const doc of rows) {
      const file = async (format: DocumentFormat, clearKey: string, sealedKey: string | null) => {
        if (sealedKey && !r.rotating) return sealedKey;
        const purpose = documentPurpose(format, doc.id);
        let stored: Buffer;
        try {
          stored = await readAll(await store.get(sealedKey ?? clearKey));
        } catch (e) {
          if ((e as { code?: string }).code !== 'STORAGE_NOT_FOUND') throw e;
          // A file the store lost: nothing to seal (its download fails as it did); counted, not fatal, so
          // the rest can still be sealed or rotated.
          out.missing++;
          return sealedKey;
        }
        const clear = sealedKey ? r.clearBytes(stored, purpose) : stored;
        if (sha256Hex(clear) !== clearKey)
          throw new Error(`文书 ${doc.id} 的 ${format} 文件与签发时的 SHA-256 不一致，未重新加密`);
        const put = await store.put(r.to.sealBytes(clear, purpose), {
          contentType: 'application/octet-stream',
        });
        if (sealedKey || !(await fileIsEvidence(db, clearKey))) out.replaced.push(sealedKey ?? clearKey);
        return put.key;
      };
      const content =
        typeof doc.content !== 'string'
          ? sealContent(r.to, doc.id, doc.content)
          : r.rotating
            ? r.reseal(doc.content, documentPurpose('content', doc.id))
            : doc.content;
      await db
        .update(caseDocuments)
        .set({
          content,
          docxSealedKey: await file('docx', doc.docxKey, doc.docxSealedKey),
          pdfSealedKey: await file('pdf', doc.pdfKey, doc.pdfSealedKey),
        })
        .where(eq(caseDocuments.id, doc.id));
      out.rewritten++;
    }
    after = rows.at(-1)!.id;
  }
}

/** Whether an evidence item's file has the same bytes (an issued document filed as evidence): kept then. */
async function fileIsEvidence(db: DbOrTx, key: string): Promise<boolean> {
  const rows = await db
    .select({ id: caseEvidence.id })
    .from(caseEvidence)
    .where(eq(caseEvidence.objectKey, key))
    .limit(1);
  return rows.length > 0;
}
