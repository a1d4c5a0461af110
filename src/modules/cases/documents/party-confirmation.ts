// C5 the party's part of an issued document (当事人签名或拒签): a drawn signature as a PNG of bounded size,
// stored in the object store and entering the document by its hash, or a note that the party refused to
// sign; only for templates the party signs, and never both.
import type { PartyConfirmation } from '../../../platform/documents/index.ts';
import { badRequest } from '../../../platform/http/errors.ts';
import type { ObjectStore } from '../../../platform/storage/index.ts';
import type { CaseSnapshot, DocumentTemplate } from './template.ts';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
export const MAX_SIGNATURE_BYTES = 512 * 1024;

export interface PartyInput {
  signaturePng?: string;
  refusedNote?: string;
}

/** The confirmation to print and the record to keep, or null when the party's part is left empty. */
export async function partyConfirmation(
  store: ObjectStore,
  t: DocumentTemplate,
  snapshot: CaseSnapshot,
  input: PartyInput | undefined,
) {
  if (!input || (!input.signaturePng && !input.refusedNote)) return null;
  if (!t.partySigns) throw badRequest(`“${t.title}”无须当事人签名`, { field: 'party' });
  if (input.signaturePng && input.refusedNote)
    throw badRequest('当事人签名与拒绝签名只能选其一', { field: 'party' });
  const party = snapshot.parties.find((p) => p.role === 'party');
  const name = party?.name ?? '';
  if (input.refusedNote) {
    return {
      confirmation: {
        label: '当事人',
        name,
        refused: { note: input.refusedNote },
      } satisfies PartyConfirmation,
      record: { kind: 'refused' as const, note: input.refusedNote },
    };
  }
  const png = Buffer.from(input.signaturePng!, 'base64');
  if (png.length > MAX_SIGNATURE_BYTES)
    throw badRequest('签名图片过大（不超过 512 KB）', { field: 'party.signaturePng' });
  if (png.length < 40 || !png.subarray(0, 8).equals(PNG_MAGIC))
    throw badRequest('签名须为 PNG 图片', { field: 'party.signaturePng' });
  const stored = await store.put(png, { contentType: 'image/png' });
  return {
    confirmation: { label: '当事人', name, image: png } satisfies PartyConfirmation,
    record: { kind: 'signed' as const, imageSha256: stored.key },
  };
}
