// C8 `verify-export`: checks a case-file archive offline — no server, no database — and names every file
// or ledger entry that differs. What holds when it passes (layout.ts):
// - the archive holds exactly the manifest's files (none missing, none added, no name twice), each with
//   the size, SHA-256 and SM3 the manifest gives, and SHA256SUMS/SM3SUMS are the manifest's;
// - the seal entry names the manifest's SHA-256 and SM3, and it and every case entry hash to what they
//   were written as and are proven (RFC 6962) into the one signed tree head of the archive;
// - the head is signed (SM2) by the ledger key in the archive — pinned with `trustedKeySha256` (the
//   fingerprint published at /ledger/heads), or reported for the reader to compare;
// - each document, evidence or record file is the one its ledger entry recorded, each issued document's
//   files are present (or listed by hash), and each officer signature verifies over its message, which
//   names the files in the archive.
import { createHash } from 'node:crypto';
import { sm2Verify } from '../../../platform/crypto/sm.ts';
import { entryBytes, storedEntryLeaf } from '../../../platform/ledger/chain.ts';
import {
  headFromPublished,
  headMessage,
  headSignedBy,
  sm2PublicKeyFromPem,
  type PublishedHead,
} from '../../../platform/ledger/heads.ts';
import { verifyInclusion } from '../../../platform/ledger/merkle.ts';
import { ledgerHasher } from '../../../platform/ledger/tree-heads.ts';
import { parseSignedMessageV2 } from '../documents/index.ts';
import {
  EXPORT_FORMAT,
  PATHS,
  UNLISTED,
  sidedPath,
  sumsFile,
  type DocumentSignatures,
  type ExportedEntry,
  type Manifest,
  type SealProofs,
} from './layout.ts';

export interface ExportProblem {
  /** The file of the archive, or `ledger #<seq>` for an entry. */
  where: string;
  reason: string;
}

export interface ExportVerification {
  ok: boolean;
  problems: ExportProblem[];
  caseCode?: string;
  files: number;
  entries: number;
  head?: { treeSize: number; root: string; at: string };
  /** SHA-256 of the ledger key's DER, to compare with the fingerprint published by the platform. */
  keySha256?: string;
  keyPinned: boolean;
}

const digest = (alg: 'sha256' | 'sm3', b: Buffer) => createHash(alg).update(b).digest('hex');

class Problems {
  readonly list: ExportProblem[] = [];
  add(where: string, reason: string) {
    this.list.push({ where, reason });
  }
  /** A JSON file of the archive, or null (reported) when absent or not JSON. */
  json<T>(files: ReadonlyMap<string, Buffer>, path: string): T | null {
    const bytes = files.get(path);
    if (!bytes) {
      this.add(path, '缺少文件');
      return null;
    }
    try {
      return JSON.parse(bytes.toString('utf8')) as T;
    } catch {
      this.add(path, '不是有效的 JSON（文件被改动）');
      return null;
    }
  }
}

export function verifyExport(
  files: ReadonlyMap<string, Buffer>,
  opts: { trustedKeySha256?: string } = {},
): ExportVerification {
  const p = new Problems();
  const manifest = p.json<Manifest>(files, PATHS.manifest);
  const result = (extra: Partial<ExportVerification> = {}): ExportVerification => ({
    ok: p.list.length === 0,
    problems: p.list,
    files: manifest?.files?.length ?? 0,
    entries: 0,
    keyPinned: Boolean(opts.trustedKeySha256),
    ...extra,
  });
  if (!manifest || manifest.format !== EXPORT_FORMAT || !Array.isArray(manifest.files)) {
    if (manifest) p.add(PATHS.manifest, `不是 ${EXPORT_FORMAT} 格式的清单`);
    return result();
  }
  checkFiles(files, manifest, p);

  const key = checkHead(files, p, opts.trustedKeySha256);
  const entries = p.json<ExportedEntry[]>(files, PATHS.entries) ?? [];
  const seal = p.json<ExportedEntry>(files, PATHS.sealEntry);
  const proofs = p.json<SealProofs>(files, PATHS.sealProofs);
  if (key.head && proofs) checkEntries([...entries, ...(seal ? [seal] : [])], proofs, key.head, p);
  if (seal) checkSeal(seal, files, manifest, p);
  if (seal && proofs) checkRecipeFiles(seal, proofs, files, p);
  checkBindings(manifest, entries, p);
  checkSignatures(files, manifest, p);
  return result({
    caseCode: manifest.caseCode,
    entries: entries.length,
    ...(key.head
      ? { head: { treeSize: key.head.tree_size, root: key.head.root_sm3, at: key.head.timestamp } }
      : {}),
    ...(key.sha256 ? { keySha256: key.sha256 } : {}),
  });
}

/** The archive against the manifest: the same set of names, each with its size and hashes. */
function checkFiles(files: ReadonlyMap<string, Buffer>, manifest: Manifest, p: Problems) {
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  if (listed.size !== manifest.files.length) p.add(PATHS.manifest, '清单中有重复的文件名');
  for (const name of files.keys())
    if (!listed.has(name) && !UNLISTED.has(name)) p.add(name, '多出的文件（不在清单中）');
  for (const f of manifest.files) {
    const bytes = files.get(f.path);
    if (f.omitted) {
      if (bytes) p.add(f.path, '清单注明仅列哈希，但压缩包中有此文件');
      continue;
    }
    if (!bytes) p.add(f.path, '缺少文件（清单中有，压缩包中没有）');
    else if (
      bytes.length !== f.size ||
      digest('sha256', bytes) !== f.sha256 ||
      digest('sm3', bytes) !== f.sm3
    )
      p.add(f.path, '文件内容与清单的 SHA-256/SM3 不符（文件被改动或替换）');
  }
  for (const [path, hash] of [
    [PATHS.sha256sums, 'sha256'],
    [PATHS.sm3sums, 'sm3'],
  ] as const) {
    const bytes = files.get(path);
    if (!bytes) p.add(path, '缺少文件');
    else if (bytes.toString('utf8') !== sumsFile(manifest, hash)) p.add(path, '与清单不符（文件被改动）');
  }
}

/** The head: its text, its DER signature, and the key that signed it (pinned if a fingerprint is given). */
function checkHead(files: ReadonlyMap<string, Buffer>, p: Problems, trustedKeySha256?: string) {
  const head = p.json<PublishedHead>(files, PATHS.sealHead);
  const pem = files.get(PATHS.sealKey);
  if (!pem) p.add(PATHS.sealKey, '缺少文件');
  const publicKey = pem ? sm2PublicKeyFromPem(pem.toString('utf8')) : null;
  if (pem && !publicKey) p.add(PATHS.sealKey, '不是 SM2 公钥（SubjectPublicKeyInfo PEM）');
  const sha256 = publicKey
    ? digest('sha256', Buffer.from(`3059301306072a8648ce3d020106082a811ccf5501822d034200${publicKey}`, 'hex'))
    : undefined;
  if (trustedKeySha256 && sha256 && sha256 !== trustedKeySha256.toLowerCase())
    p.add(PATHS.sealKey, '账本公钥不是所指定的公钥（指纹不符：伪造的签名树头）');
  if (!head || !publicKey) return { sha256 };
  const tree = headFromPublished(head);
  if (!headSignedBy({ ...tree, publicKey: tree.publicKey?.toLowerCase() }, publicKey))
    p.add(PATHS.sealHead, '签名树头的 SM2 签名不成立（树头被改动或签名伪造）');
  if (files.get(PATHS.sealHeadText)?.toString('utf8') !== headMessage(tree))
    p.add(PATHS.sealHeadText, '与 head.json 的树头不符');
  if (files.get(PATHS.sealHeadSignature)?.toString('hex') !== tree.signature)
    p.add(PATHS.sealHeadSignature, '与 head.json 的签名不符');
  return { head, sha256 };
}

/** Each entry hashes to its stored leaf and is proven into the head; entries in order, each once. */
function checkEntries(entries: ExportedEntry[], proofs: SealProofs, head: PublishedHead, p: Problems) {
  const root = Buffer.from(head.root_sm3, 'hex');
  const bySeq = new Map((proofs.proofs ?? []).map((x) => [x.seq, x]));
  if (bySeq.size !== entries.length) p.add(PATHS.sealProofs, '证明与账本记录不一一对应');
  let previous = 0;
  for (const e of entries) {
    const where = `账本第 ${e.seq} 条（${e.action}）`;
    if (!(e.seq > previous)) p.add(where, '记录顺序被调换或重复');
    previous = Math.max(previous, e.seq);
    const leaf = storedEntryLeaf(e.prevHash, e, e.hash);
    const proof = bySeq.get(e.seq);
    if (!leaf) p.add(where, '记录内容与其哈希不符（记录被改动）');
    else if (
      !proof ||
      proof.leaf_index !== e.seq - 1 ||
      proof.tree_size !== head.tree_size ||
      proof.head?.root_sm3 !== head.root_sm3 ||
      !verifyInclusion(
        ledgerHasher,
        leaf,
        e.seq - 1,
        head.tree_size,
        (proof.audit_path ?? []).map((h) => Buffer.from(h, 'hex')),
        root,
      )
    )
      p.add(where, '记录不能证明包含在签名树头中（包含性证明不成立）');
  }
}

/** The seal entry is this export's: its case, and the manifest's hashes. */
function checkSeal(seal: ExportedEntry, files: ReadonlyMap<string, Buffer>, manifest: Manifest, p: Problems) {
  const manifestBytes = files.get(PATHS.manifest)!;
  let payload: { manifest?: { sha256?: string; sm3?: string }; sha256sums?: string; sm3sums?: string } = {};
  try {
    payload = JSON.parse(seal.payload) as typeof payload;
  } catch {
    /* reported below */
  }
  if (seal.action !== 'case.file_exported' || seal.entityId !== manifest.caseId)
    p.add(PATHS.sealEntry, '不是本案的导出封存记录');
  else if (
    payload.manifest?.sha256 !== digest('sha256', manifestBytes) ||
    payload.manifest?.sm3 !== digest('sm3', manifestBytes)
  )
    p.add(PATHS.manifest, '清单与导出封存记录中的哈希不符（清单被改动）');
  for (const [path, named] of [
    [PATHS.sha256sums, payload.sha256sums],
    [PATHS.sm3sums, payload.sm3sums],
  ] as const) {
    const bytes = files.get(path);
    if (bytes && named !== digest('sha256', bytes)) p.add(path, '与导出封存记录中的哈希不符（文件被改动）');
  }
}

/** The seal's leaf bytes and sided path (for the OpenSSL recipe) are the seal entry's and its proof's. */
function checkRecipeFiles(
  seal: ExportedEntry,
  proofs: SealProofs,
  files: ReadonlyMap<string, Buffer>,
  p: Problems,
) {
  if (!files.get(PATHS.sealEntryBytes)?.equals(entryBytes(seal.prevHash, seal)))
    p.add(PATHS.sealEntryBytes, '与封存记录不符');
  const proof = proofs.proofs?.find((x) => x.seq === seal.seq);
  const sided = proof ? sidedPath(proof.leaf_index, proof.tree_size, proof.audit_path ?? []) : null;
  if (files.get(PATHS.sealPath)?.toString('utf8') !== sided)
    p.add(PATHS.sealPath, '与封存记录的包含性证明不符');
}

/** Files against the entries that recorded them; every issued document's files listed. */
function checkBindings(manifest: Manifest, entries: ExportedEntry[], p: Problems) {
  const bySeq = new Map(entries.map((e) => [e.seq, e]));
  const hashes = new Set(manifest.files.map((f) => f.sha256));
  for (const f of manifest.files) {
    if (f.ledgerSeq === undefined) continue;
    const entry = bySeq.get(f.ledgerSeq);
    if (!entry || !entry.payload.includes(`"${f.sha256}"`))
      p.add(f.path, `与账本第 ${f.ledgerSeq} 条记录的哈希不符（文件被替换）`);
  }
  for (const e of entries) {
    if (e.action !== 'case.document_issued') continue;
    let issued: { pdfSha256?: string; docxSha256?: string } = {};
    try {
      issued = JSON.parse(e.payload) as typeof issued;
    } catch {
      continue; // the entry's own check reports it
    }
    for (const h of [issued.pdfSha256, issued.docxSha256])
      if (h && !hashes.has(h))
        p.add(`账本第 ${e.seq} 条（case.document_issued）`, `所签发的文书文件 ${h} 不在导出中`);
  }
}

/** Each officer signature over its message; a v2 message names the files as the archive holds them. */
function checkSignatures(files: ReadonlyMap<string, Buffer>, manifest: Manifest, p: Problems) {
  const docs = p.json<DocumentSignatures[]>(files, PATHS.signatures) ?? [];
  const byPath = new Map(manifest.files.map((f) => [f.path, f]));
  for (const d of docs) {
    for (const s of d.signatures ?? []) {
      const [message, signature, pem] = [
        files.get(s.message),
        files.get(s.signature),
        files.get(s.publicKey),
      ];
      const key = pem ? sm2PublicKeyFromPem(pem.toString('utf8')) : null;
      if (!message || !signature || !key) {
        p.add(s.message, `${d.title} 的签名材料不全`);
        continue;
      }
      const text = message.toString('utf8');
      if (!sm2Verify(text, signature.toString('hex'), key))
        p.add(s.signature, `${d.title}（${s.name}）的 SM2 签名不成立`);
      const named = s.format === 2 ? parseSignedMessageV2(text) : null;
      const [pdf, docx] = [byPath.get(d.pdf), byPath.get(d.docx)];
      const agrees =
        s.format === 2
          ? named?.documentId === d.documentId &&
            named.contentSm3 === d.contentSm3 &&
            named.pdfSha256 === pdf?.sha256 &&
            named.pdfSm3 === pdf?.sm3 &&
            named.docxSha256 === docx?.sha256 &&
            named.docxSm3 === docx?.sm3
          : text === d.contentSm3;
      if (!agrees) p.add(s.message, `${d.title} 的签名报文与导出中的文书文件不符`);
    }
  }
}
