// C8, C10 what a case-file export gathers, by source: the case documents and the evidence files here;
// the audio/video records module plugs its own source in (`CaseFileExportService.addSource`) without
// this module knowing it. A source lists its files with the hashes recorded when they were made; the
// export reads each file once, as it streams, and refuses one whose bytes no longer give those hashes.
import type { Ctx } from '../../../platform/context.ts';
import type { EntityRef } from '../../../platform/ledger/entries.ts';
import type { FileKind } from './layout.ts';

export interface CaseFileItem {
  /** Where in the archive (ASCII: see layout.asciiName). */
  path: string;
  kind: Extract<FileKind, 'document' | 'evidence' | 'record'>;
  title: string;
  /** The recorded size; absent for documents, which are always included (the size limit is for media). */
  size?: number;
  /** The SHA-256 recorded when the file was made; the export checks the bytes against it. */
  sha256: string;
  /** The SM3 recorded, if any (computed from the bytes otherwise). */
  sm3?: string;
  open(): Promise<Buffer | AsyncIterable<Buffer>>;
}

/** One document's officer signatures as the API publishes them (signed-message.ts). */
export interface SignedDocument {
  documentId: string;
  title: string;
  number: string | null;
  contentSm3: string;
  pdfPath: string;
  docxPath: string;
  signatures: {
    name: string;
    certificateNo: string;
    format: number;
    signedMessageBase64: string;
    signatureDerBase64: string;
    publicKey: string;
    publicKeyPem: string;
  }[];
}

export interface CaseFileContents {
  items: CaseFileItem[];
  /** The ledger entities whose entries belong in the export besides the case's own. */
  entities?: EntityRef[];
  documents?: SignedDocument[];
}

export interface CaseFileSource {
  /** Called once the caller may read the case; lists what the source holds of it. */
  collect(ctx: Ctx, caseId: string): Promise<CaseFileContents>;
}
