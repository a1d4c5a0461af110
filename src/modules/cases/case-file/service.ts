// C8, C10 GET /api/v1/cases/{id}/export.zip: the case file as one archive a third party can verify
// offline (layout.ts; `npx sanxiang verify-export`). Streamed: each file is read once, hashed as it passes
// into the archive and checked against the hash recorded when it was made; nothing is held whole but one
// document. Two ledger entries: the export's start (who, when, with which size limit — recorded before a
// byte leaves) and its seal, naming the manifest's hashes, after which a tree head is signed so that the
// seal and every case entry are proven into it.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Ctx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { entryBytes } from '../../../platform/ledger/chain.ts';
import { entriesOf, entryAt } from '../../../platform/ledger/entries.ts';
import { headMessage, sm2PublicKeyPem } from '../../../platform/ledger/heads.ts';
import type { Ledger } from '../../../platform/ledger/ledger.ts';
import { ZipWriter } from '../../../platform/zip/zip-writer.ts';
import type { CasesService } from '../service.ts';
import {
  EXPORT_FORMAT,
  PATHS,
  jsonFile,
  sidedPath,
  sumsFile,
  type DocumentSignatures,
  type ExportedEntry,
  type Manifest,
  type ManifestFile,
} from './layout.ts';
import type { CaseFileContents, CaseFileItem, CaseFileSource } from './source.ts';

/** Media larger than this are left out (hashes only) unless the caller chooses otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;

const hex = (h: ReturnType<typeof createHash>) => h.digest('hex');

/** The chunks of `content`, hashed on the way (SHA-256, SM3, size); `done()` once they are all read. */
function hashing(content: Buffer | AsyncIterable<Buffer>) {
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  let size = 0;
  async function* chunks() {
    for await (const chunk of Buffer.isBuffer(content) ? [content] : content) {
      sha256.update(chunk);
      sm3.update(chunk);
      size += chunk.length;
      yield chunk;
    }
  }
  return { chunks: chunks(), done: () => ({ sha256: hex(sha256), sm3: hex(sm3), size }) };
}

const sizeText = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export class CaseFileExportService {
  private readonly sources: CaseFileSource[];

  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly cases: CasesService,
    sources: CaseFileSource[],
  ) {
    this.sources = [...sources];
  }

  /** Another module's files (the AV records), listed after the documents and the evidence. */
  addSource(source: CaseFileSource): void {
    this.sources.push(source);
  }

  async export(ctx: Ctx, caseId: string, opts: { maxFileBytes: number }) {
    const c = await this.cases.caseVisibleTo(ctx, caseId);
    await this.ledger.record(ctx, {
      action: 'case.file_export_started',
      entityType: 'case',
      entityId: c.id,
      bodyId: c.bodyId,
      payload: { maxFileBytes: opts.maxFileBytes },
    });
    const contents: CaseFileContents[] = [];
    for (const source of this.sources) contents.push(await source.collect(ctx, c.id));
    return {
      filename: `${c.code}-案卷.zip`,
      stream: Readable.from(this.write(ctx, c, contents, opts.maxFileBytes), { objectMode: false }),
    };
  }

  private async *write(
    ctx: Ctx,
    c: { id: string; code: string; bodyId: string },
    contents: CaseFileContents[],
    maxFileBytes: number,
  ): AsyncGenerator<Buffer> {
    const zip = new ZipWriter(ctx.now);
    const files: ManifestFile[] = [];
    const add = async function* (path: string, kind: ManifestFile['kind'], bytes: Buffer) {
      files.push({ path, kind, size: bytes.length, ...hashesOf(bytes) });
      yield* zip.file(path, bytes);
    };

    for (const item of contents.flatMap((x) => x.items)) {
      if (item.kind !== 'document' && item.size !== undefined && item.size > maxFileBytes) {
        files.push(await this.omitted(item, maxFileBytes));
        continue;
      }
      const hashed = hashing(await item.open());
      yield* zip.file(item.path, hashed.chunks);
      const got = hashed.done();
      if (got.sha256 !== item.sha256 || (item.sm3 && got.sm3 !== item.sm3))
        throw new AppError(500, 'INTEGRITY_FAILED', `导出中止：${item.title} 与登记时的哈希值不一致`);
      files.push({ path: item.path, kind: item.kind, title: item.title, ...got });
    }

    const documents: DocumentSignatures[] = [];
    for (const d of contents.flatMap((x) => x.documents ?? [])) {
      const signatures = [];
      for (const [n, s] of d.signatures.entries()) {
        // Message, signature and key side by side, as `openssl pkeyutl -verify` takes them.
        const base = `signatures/${d.documentId}/${n + 1}`;
        yield* add(`${base}.txt`, 'signature', Buffer.from(s.signedMessageBase64, 'base64'));
        yield* add(`${base}.der`, 'signature', Buffer.from(s.signatureDerBase64, 'base64'));
        yield* add(`${base}.pem`, 'key', Buffer.from(s.publicKeyPem, 'utf8'));
        signatures.push({
          name: s.name,
          certificateNo: s.certificateNo,
          format: s.format,
          message: `${base}.txt`,
          signature: `${base}.der`,
          publicKey: `${base}.pem`,
        });
      }
      const { documentId, title, number, contentSm3, pdfPath: pdf, docxPath: docx } = d;
      documents.push({ documentId, title, number, contentSm3, pdf, docx, signatures });
    }
    yield* add(PATHS.signatures, 'signature', jsonFile(documents));

    const entries: ExportedEntry[] = await entriesOf(this.db, [
      { entityType: 'case', entityIds: [c.id] },
      ...contents.flatMap((x) => x.entities ?? []),
    ]);
    yield* add(PATHS.entries, 'ledger', jsonFile(entries));
    bindToEntries(files, entries);

    const manifest: Manifest = {
      format: EXPORT_FORMAT,
      caseId: c.id,
      caseCode: c.code,
      exportedAt: ctx.now.toISOString(),
      exportedBy: ctx.actor.name,
      maxFileBytes,
      files,
    };
    const manifestBytes = jsonFile(manifest);
    yield* zip.file(PATHS.manifest, manifestBytes);
    const sums = {
      sha256: Buffer.from(sumsFile(manifest, 'sha256')),
      sm3: Buffer.from(sumsFile(manifest, 'sm3')),
    };
    yield* zip.file(PATHS.sha256sums, sums.sha256);
    yield* zip.file(PATHS.sm3sums, sums.sm3);

    yield* this.seal(ctx, c, zip, { manifest: manifestBytes, ...sums }, manifest, entries);
    yield* zip.end();
  }

  /** The export's own entry naming the manifest, a head signed after it, and every entry's proof. */
  private async *seal(
    ctx: Ctx,
    c: { id: string; bodyId: string },
    zip: ZipWriter,
    bytes: { manifest: Buffer; sha256: Buffer; sm3: Buffer },
    manifest: Manifest,
    entries: ExportedEntry[],
  ): AsyncGenerator<Buffer> {
    const [manifestBytes, sums] = [bytes.manifest, bytes];
    const sealSeq = await this.ledger.record(ctx, {
      action: 'case.file_exported',
      entityType: 'case',
      entityId: c.id,
      bodyId: c.bodyId,
      payload: {
        format: EXPORT_FORMAT,
        manifest: hashesOf(manifestBytes),
        sha256sums: hashesOf(sums.sha256).sha256,
        sm3sums: hashesOf(sums.sm3).sha256,
        files: manifest.files.length,
        omitted: manifest.files.filter((f) => f.omitted).length,
        entries: entries.length,
        maxFileBytes: manifest.maxFileBytes,
      },
    });
    const signed = await this.ledger.signHeadNow();
    const head = signed && (await this.ledger.proofs.head({ size: signed.treeSize }));
    if (!head || head.treeSize < sealSeq) throw new Error('export: no signed head covers the seal');
    const sealEntry = await entryAt(this.db, sealSeq);
    const proofs = await this.ledger.proofs.inclusionMany([...entries.map((e) => e.seq), sealSeq], head);
    if (!sealEntry) throw new Error('export: the seal entry is gone');
    const sealProof = proofs.at(-1)!;
    yield* zip.file(PATHS.sealEntry, jsonFile(sealEntry));
    // The seal's leaf bytes and its path with each sibling's side, for a check with openssl alone.
    yield* zip.file(PATHS.sealEntryBytes, entryBytes(sealEntry.prevHash, sealEntry));
    yield* zip.file(
      PATHS.sealPath,
      Buffer.from(sidedPath(sealProof.leaf_index, sealProof.tree_size, sealProof.audit_path)),
    );
    yield* zip.file(PATHS.sealProofs, jsonFile({ head: proofs[0]!.head, proofs }));
    yield* zip.file(PATHS.sealHead, jsonFile(proofs[0]!.head));
    yield* zip.file(PATHS.sealHeadText, Buffer.from(headMessage(head), 'utf8'));
    yield* zip.file(PATHS.sealHeadSignature, Buffer.from(head.signature, 'hex'));
    yield* zip.file(PATHS.sealKey, Buffer.from(sm2PublicKeyPem(this.ledger.trustedPublicKey), 'utf8'));
  }

  /** A file left out for its size: its recorded hashes (SM3 read through if none was recorded). */
  private async omitted(item: CaseFileItem, maxFileBytes: number): Promise<ManifestFile> {
    let sm3 = item.sm3;
    if (!sm3) {
      const hashed = hashing(await item.open());
      for await (const _ of hashed.chunks);
      sm3 = hashed.done().sm3;
    }
    return {
      path: item.path,
      kind: item.kind,
      title: item.title,
      size: item.size!,
      sha256: item.sha256,
      sm3,
      omitted: `文件大小 ${sizeText(item.size!)}，超过导出时选择的上限 ${sizeText(maxFileBytes)}，仅列出哈希值；原件可向执法机关调阅`,
    };
  }
}

function hashesOf(bytes: Buffer) {
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sm3: createHash('sm3').update(bytes).digest('hex'),
  };
}

/** Each document, evidence or record file names the first entry whose payload recorded its SHA-256. */
function bindToEntries(files: ManifestFile[], entries: ExportedEntry[]) {
  for (const f of files) {
    if (f.kind !== 'document' && f.kind !== 'evidence' && f.kind !== 'record') continue;
    const entry = entries.find((e) => e.payload.includes(`"${f.sha256}"`));
    if (entry) f.ledgerSeq = entry.seq;
  }
}
