// C8, C10 the case-file export (案卷导出) as files: what the archive holds, where, and the exact bytes of
// the derived files — written by the export and rebuilt by `verify-export`, so both read one definition.
//
//   documents/, evidence/, records/…   the files (or, above the caller's size, only their hashes)
//   signatures/<document>/<n>.txt|.der|.pem  each officer's signed message, DER signature and public key
//                                      (SubjectPublicKeyInfo PEM); signatures.json says whose and which files
//   ledger/entries.json                the case's ledger entries, as hashed
//   manifest.json                      every file above with its size, SHA-256 and SM3
//   SHA256SUMS, SM3SUMS                the same hashes for `sha256sum -c` and `openssl dgst -sm3`
//   seal/                              the export's own ledger entry (naming the manifest's hashes), a
//                                      signed tree head taken after it, inclusion proofs of every entry
//                                      to that head, and the ledger's public key
// The manifest is bound by the seal entry, the seal entry and every case entry by their proofs to the
// signed head, and each file also by the entry that recorded its hash when it was made.
import type { PublishedHead } from '../../../platform/ledger/heads.ts';
import type { InclusionProof } from '../../../platform/ledger/proofs.ts';

export const EXPORT_FORMAT = 'sanxiang-case-export/v1';

export type FileKind = 'document' | 'evidence' | 'record' | 'signature' | 'key' | 'ledger';

export interface ManifestFile {
  path: string;
  kind: FileKind;
  size: number;
  sha256: string;
  sm3: string;
  /** What it is, in words (文书名称与文号, 证据名称). */
  title?: string;
  /** The ledger entry that recorded this file's hash when it was made. */
  ledgerSeq?: number;
  /** Set when the file is left out (larger than the caller chose): only its hashes are given. */
  omitted?: string;
}

export interface Manifest {
  format: typeof EXPORT_FORMAT;
  caseId: string;
  caseCode: string;
  exportedAt: string;
  exportedBy: string;
  /** Files larger than this were left out with their hashes. */
  maxFileBytes: number;
  files: ManifestFile[];
}

/** One officer's signature on one document, by the paths of its parts in the archive. */
export interface SignatureFiles {
  name: string;
  certificateNo: string;
  format: number;
  message: string;
  signature: string;
  publicKey: string;
}
export interface DocumentSignatures {
  documentId: string;
  title: string;
  number: string | null;
  contentSm3: string;
  pdf: string;
  docx: string;
  signatures: SignatureFiles[];
}

/** A ledger entry as it is hashed (chain.ts), with its stored hashes. */
export interface ExportedEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  bodyId: string | null;
  payload: string;
  prevHash: string;
  hash: string;
}

export const PATHS = {
  manifest: 'manifest.json',
  sha256sums: 'SHA256SUMS',
  sm3sums: 'SM3SUMS',
  signatures: 'signatures.json',
  entries: 'ledger/entries.json',
  sealEntry: 'seal/entry.json',
  sealEntryBytes: 'seal/entry.bin',
  sealPath: 'seal/path.txt',
  sealProofs: 'seal/proofs.json',
  sealHead: 'seal/head.json',
  sealHeadText: 'seal/head.txt',
  sealHeadSignature: 'seal/head.sig',
  sealKey: 'seal/ledger-public-key.pem',
} as const;

/** The files that are not listed in the manifest: the manifest itself, its sums, and the seal. */
export const UNLISTED = new Set<string>([
  PATHS.manifest,
  PATHS.sha256sums,
  PATHS.sm3sums,
  PATHS.sealEntry,
  PATHS.sealEntryBytes,
  PATHS.sealPath,
  PATHS.sealProofs,
  PATHS.sealHead,
  PATHS.sealHeadText,
  PATHS.sealHeadSignature,
  PATHS.sealKey,
]);

/** `sha256sum -c` lines (two spaces, file name), for the files the archive holds, in manifest order. */
export function sumsFile(manifest: Manifest, hash: 'sha256' | 'sm3'): string {
  return manifest.files
    .filter((f) => !f.omitted)
    .map((f) => `${f[hash]}  ${f.path}\n`)
    .join('');
}

/** The seal's proofs: one per entry of ledger/entries.json and one for the seal entry, to one head. */
export interface SealProofs {
  head: PublishedHead;
  proofs: InclusionProof[];
}

/** JSON as written in the archive: two-space indented, ending in a newline. */
export const jsonFile = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');

/** A name safe in any unzip: ASCII letters, digits, dot, dash and underscore. */
export function asciiName(name: string, fallback: string): string {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase();
  return ext ? `${fallback}.${ext}` : fallback;
}

/**
 * An RFC 6962 audit path as lines `L <hex>` / `R <hex>`: the side each sibling hashes on, in order, so a
 * shell loop with openssl recomputes the root (RFC 9162 §2.1.3.2 decides the sides from index and size).
 */
export function sidedPath(index: number, size: number, path: readonly string[]): string {
  let fn = index;
  let sn = size - 1;
  const lines: string[] = [];
  for (const sibling of path) {
    if (fn % 2 === 1 || fn === sn) {
      lines.push(`L ${sibling}\n`);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else lines.push(`R ${sibling}\n`);
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return lines.join('');
}
