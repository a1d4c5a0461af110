// C6, C8, C10 the AV records of a case in its export: the composition root joins the records module (which
// lists a case's records with their fingerprints) to the cases module's export, which knows neither.
import { asciiName, type CaseFileSource } from './modules/cases/index.ts';
import type { RecordsService } from './modules/records/index.ts';
import type { ObjectStore } from './platform/storage/index.ts';

export function recordsCaseFileSource(records: RecordsService, store: ObjectStore): CaseFileSource {
  return {
    collect: async (ctx, caseId) => ({
      items: (await records.caseRecordFiles(ctx, caseId)).map((r) => ({
        path: `records/${asciiName(r.fileName, String(r.seq).padStart(3, '0'))}`,
        kind: 'record' as const,
        title: `音像记录 ${r.seq}：${r.title}（${r.fileName}）`,
        size: r.size,
        sha256: r.sha256,
        sm3: r.sm3,
        open: () => store.get(r.objectKey),
      })),
    }),
  };
}
