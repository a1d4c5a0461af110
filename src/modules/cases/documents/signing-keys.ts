// C5, H4 the officers' SM2 signing keys: made on an officer's first signature and stored sealed to that
// officer under the master key (a sealed key copied into another officer's row does not open), so a
// database dump holds no usable private key.
import type { Db, DbOrTx } from '../../../platform/db/client.ts';
import type { SealedTable } from '../../../platform/crypto/reseal.ts';
import { SealError, Sealer } from '../../../platform/crypto/sealing.ts';
import { generateSm2KeyPair } from '../../../platform/crypto/sm.ts';
import * as documentsRepo from './repo.ts';

const signingKeyPurpose = (personId: string) => `signing_keys.private_key:${personId}`;

/** The officers' sealed keys, for `rotate-keys` (H4). */
export const SIGNING_KEYS_SEALED: SealedTable = {
  table: 'signing_keys',
  key: 'person_id',
  keyType: 'uuid',
  columns: ['private_key'],
  purpose: (_column, personId) => signingKeyPurpose(personId),
};

export class OfficerSigningKeys {
  constructor(
    private readonly db: Db,
    private readonly sealer: Sealer,
  ) {}

  /**
   * At start: every stored officer key must open under this process's master key, and keys an earlier
   * release stored in the clear are sealed now; afterwards only sealed keys are accepted.
   */
  async prepare(): Promise<void> {
    await this.db.transaction(async (tx) => {
      for (const row of await documentsRepo.lockSigningKeys(tx)) {
        if (Sealer.isSealed(row.privateKey))
          this.sealer.open(row.privateKey, signingKeyPurpose(row.personId));
        else
          await documentsRepo.setSigningPrivateKey(
            tx,
            row.personId,
            this.sealer.seal(row.privateKey, signingKeyPurpose(row.personId)),
          );
      }
    });
  }

  /** The officer's SM2 key, made on first use and stored sealed to that officer (H4). */
  async keyOf(tx: DbOrTx, personId: string): Promise<{ publicKey: string; privateKey: string }> {
    const fresh = generateSm2KeyPair();
    await documentsRepo.insertSigningKeyIfAbsent(tx, {
      personId,
      publicKey: fresh.publicKey,
      privateKey: this.sealer.seal(fresh.privateKey, signingKeyPurpose(personId)),
    });
    const row = await documentsRepo.findSigningKey(tx, personId);
    if (!Sealer.isSealed(row!.privateKey)) throw new SealError('执法人员签名密钥未加密存储，拒绝使用');
    return {
      publicKey: row!.publicKey,
      privateKey: this.sealer.open(row!.privateKey, signingKeyPurpose(personId)),
    };
  }
}
