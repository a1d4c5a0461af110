// C8, C10 the evidence files of a case for its export, streamed from the object store with the SHA-256
// and SM3 recorded when each arrived (the export checks the bytes against them).
import { dbOf, type Ctx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { ObjectStore } from '../../../platform/storage/index.ts';
import { asciiName, type CaseFileContents, type CaseFileSource } from '../case-file/index.ts';

import { listEvidenceFiles } from './repo.ts';

export class EvidenceCaseFileSource implements CaseFileSource {
  constructor(
    private readonly db: Db,
    private readonly store: ObjectStore,
  ) {}

  async collect(ctx: Ctx, caseId: string): Promise<CaseFileContents> {
    const rows = await listEvidenceFiles(dbOf(ctx, this.db), caseId);
    return {
      items: rows.map((row) => ({
        path: `evidence/${asciiName(row.fileName ?? '', String(row.seq).padStart(3, '0'))}`,
        kind: 'evidence',
        title: `证据 ${row.seq}：${row.title}${row.fileName ? `（${row.fileName}）` : ''}`,
        size: row.size!,
        sha256: row.sha256!,
        ...(row.sm3 ? { sm3: row.sm3 } : {}),
        open: () => this.store.get(row.objectKey!),
      })),
    };
  }
}
