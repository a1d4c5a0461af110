// C8, C10 the case-file export (案卷导出), a bounded part of the cases module: the source contract the
// documents, the evidence and (through the composition root) the AV records implement, the service and
// routes, and the offline verifier `verify-export` runs.
export type { CaseFileContents, CaseFileItem, CaseFileSource, SignedDocument } from './source.ts';
export { asciiName } from './layout.ts';
export { CaseFileExportService, DEFAULT_MAX_FILE_BYTES } from './service.ts';
export { readArchive } from './read-archive.ts';
export { verifyExport, type ExportVerification } from './verify.ts';
