// H4 Chinese commercial cryptography. SM3 comes from Node's OpenSSL; SM2 signatures from sm-crypto-v2
// because Node's own SM2 signatures do not follow GM/T 0009 (user id + Z value) and would not verify
// in other Chinese tools.
import { createHash, randomBytes } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';

export function sm3Hex(data: string | Buffer): string {
  return createHash('sm3').update(data).digest('hex');
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface Sm2KeyPair {
  privateKey: string;
  publicKey: string;
}

export function generateSm2KeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey, publicKey };
}

export function sm2PublicKeyOf(privateKey: string): string {
  return sm2.getPublicKeyFromPrivateKey(privateKey);
}

/** SM2 signature (DER, hex) over SM3 with the default GM/T user id. */
export function sm2Sign(message: string, privateKey: string): string {
  return sm2.doSignature(message, privateKey, { hash: true, der: true });
}

export function sm2Verify(message: string, signature: string, publicKey: string): boolean {
  try {
    return sm2.doVerifySignature(message, signature, publicKey, { hash: true, der: true });
  } catch {
    return false;
  }
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
