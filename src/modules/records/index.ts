// C6 (with C8, C10) audio/video and photo records of a case: resumable upload (tus) registering each
// file as a record with its fingerprints, media facts and poster; playback with range requests; the
// compliance flags of Wanzhou Arts. 11, 13, 15 and 21; the "AV not possible" work records.
import type { Config } from '../../platform/config.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import type { ExemptionsService } from './exemptions.ts';
import { recordsLedger } from './events.ts';
import type { RecordsService } from './service.ts';
import type { HashingFileStore } from './upload-store.ts';

export const recordsModule: ModuleDescriptor<{
  records: RecordsService;
  avExemptions: ExemptionsService;
  avUploads: HashingFileStore;
  config: Pick<Config, 'maxRecordBytes'>;
}> = {
  name: 'records',
  events: recordsLedger,
  routes: async (app, { records, avExemptions, avUploads, config }) => {
    const { uploadRoutes } = await import('./upload-routes.ts');
    const { recordRoutes } = await import('./routes.ts');
    await uploadRoutes(app, records, avUploads, { maxBytes: config.maxRecordBytes });
    recordRoutes(app, records, avExemptions);
  },
};

export { RecordsService } from './service.ts';
export { ExemptionsService } from './exemptions.ts';
export { HashingFileStore } from './upload-store.ts';
export { complianceFlags, CITATIONS, type ComplianceFlag } from './compliance.ts';
/**
 * For the case-file export: `records.caseRecordFiles(ctx, caseId)` lists a case the caller may see with
 * each record's object-store key (SHA-256), poster key, size, SHA-256 and SM3 (`CaseRecordFile`).
 */
export type { CaseRecordFile, MediaFacts, RecordDetails } from './types.ts';
export { FFMPEG_PATH } from './probe.ts';
