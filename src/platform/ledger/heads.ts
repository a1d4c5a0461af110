// C8 signed tree heads, pure: exactly which bytes a head's SM2 signature covers, and the public key in
// the standard form (SubjectPublicKeyInfo PEM) so that anyone can check a head with OpenSSL 3 alone
// (docs/VERIFY.md): `openssl pkeyutl -verify -digest sm3 -pkeyopt distid:1234567812345678 -rawin`.
import { sm2Sign, sm2Verify } from '../crypto/sm.ts';

export interface TreeHead {
  treeSize: number;
  /** Hex SM3 Merkle root of the first treeSize entries (merkle.ts; the empty tree's is SM3 of nothing). */
  root: string;
  /** When it was signed, ISO-8601 UTC. */
  at: string;
  /** SM2 signature (DER, hex) over headMessage(), GM/T 0009 default user id. */
  signature: string;
  /** The signer's SM2 public key, uncompressed point (04 || X || Y) in hex. */
  publicKey: string;
}

/** The signed text: four lines, each ending in \n, so it can be written with printf and checked. */
export function headMessage(h: Pick<TreeHead, 'treeSize' | 'root' | 'at'>): string {
  return `sanxiang-ledger-tree-head/v1\ntree_size=${h.treeSize}\nroot_sm3=${h.root}\ntimestamp=${h.at}\n`;
}

export function signHead(h: Pick<TreeHead, 'treeSize' | 'root' | 'at'>, privateKey: string): string {
  return sm2Sign(headMessage(h), privateKey);
}

/** Whether `h` is signed by `trustedPublicKey` (never by the key the head itself names). */
export function headSignedBy(h: TreeHead, trustedPublicKey: string): boolean {
  return h.publicKey === trustedPublicKey && sm2Verify(headMessage(h), h.signature, trustedPublicKey);
}

// SubjectPublicKeyInfo { AlgorithmIdentifier { id-ecPublicKey, sm2 (1.2.156.10197.1.301) }, BIT STRING }
const SPKI_PREFIX = '3059301306072a8648ce3d020106082a811ccf5501822d034200';

/** An SM2 public key (hex point) as a SubjectPublicKeyInfo PEM, as OpenSSL reads it. */
export function sm2PublicKeyPem(publicKeyHex: string): string {
  if (!/^04[0-9a-f]{128}$/i.test(publicKeyHex)) throw new RangeError('not an uncompressed SM2 public key');
  const b64 = Buffer.from(SPKI_PREFIX + publicKeyHex, 'hex').toString('base64');
  return `-----BEGIN PUBLIC KEY-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

/** The hex point of an SM2 SubjectPublicKeyInfo PEM as sm2PublicKeyPem writes it; null for anything else. */
export function sm2PublicKeyFromPem(pem: string): string | null {
  const body = /^-----BEGIN PUBLIC KEY-----\n([A-Za-z0-9+/=\n]+)-----END PUBLIC KEY-----\n?$/.exec(pem)?.[1];
  const der = body ? Buffer.from(body.replace(/\n/g, ''), 'base64').toString('hex') : '';
  const point = der.startsWith(SPKI_PREFIX) ? der.slice(SPKI_PREFIX.length) : '';
  return /^04[0-9a-f]{128}$/.test(point) && sm2PublicKeyPem(point) === pem.replace(/\n?$/, '\n')
    ? point
    : null;
}

/** A head as published (file, portal, API): every field a verifier needs, names in snake case. */
export function publishedHead(h: TreeHead) {
  return {
    tree_size: h.treeSize,
    root_sm3: h.root,
    timestamp: h.at,
    signed_message: headMessage(h),
    signature_der_hex: h.signature,
    signature_der_base64: Buffer.from(h.signature, 'hex').toString('base64'),
    public_key_hex: h.publicKey,
  };
}
export type PublishedHead = ReturnType<typeof publishedHead>;

export function headFromPublished(p: PublishedHead): TreeHead {
  return {
    treeSize: p.tree_size,
    root: p.root_sm3,
    at: p.timestamp,
    signature: p.signature_der_hex,
    publicKey: p.public_key_hex,
  };
}
