// C1–C5, C7, G2: cases and their procedures (行政处罚, 行政强制, 行政检查, 行政许可, 行政征收), deadlines on
// the working-day calendar, evidence, parties, and the case documents with their settings.
import type { Clock } from '../../platform/clock.ts';
import type { Config } from '../../platform/config.ts';
import { systemCtx } from '../../platform/context.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import type { CaseDocumentsService } from './documents/index.ts';
import type { CaseFileExportService } from './case-file/index.ts';
import type { EvidenceService } from './evidence/index.ts';
import { casesLedger } from './events.ts';
import type { CasePartiesService } from './parties/index.ts';
import type { CaseDeadlinesService } from './deadline-service.ts';
import type { CaseListService } from './list-service.ts';
import type { CasesService } from './service.ts';
export { caseStateDifferences, documentStateDifferences, evidenceStateDifferences } from './state-repo.ts';

export const casesModule: ModuleDescriptor<{
  cases: CasesService;
  caseLists: CaseListService;
  caseDeadlines: CaseDeadlinesService;
  evidence: EvidenceService;
  caseParties: CasePartiesService;
  caseDocuments: CaseDocumentsService;
  caseFiles: CaseFileExportService;
  clock: Clock;
  config: Pick<Config, 'maxUploadBytes'>;
}> = {
  name: 'cases',
  events: casesLedger,
  routes: async (
    app,
    { cases, caseLists, caseDeadlines, evidence, caseParties, caseDocuments, caseFiles, config },
  ) => {
    const { caseRoutes } = await import('./routes.ts');
    const { evidenceRoutes } = await import('./evidence/routes.ts');
    const { casePartyRoutes } = await import('./parties/routes.ts');
    const { caseDocumentRoutes } = await import('./documents/routes.ts');
    const { caseFileRoutes } = await import('./case-file/routes.ts');
    caseRoutes(app, { cases, lists: caseLists, deadlines: caseDeadlines, documents: caseDocuments });
    evidenceRoutes(app, evidence, cases, { maxFileBytes: config.maxUploadBytes });
    casePartyRoutes(app, caseParties, cases);
    caseDocumentRoutes(app, caseDocuments);
    caseFileRoutes(app, caseFiles);
  },
  jobs: ({ caseDeadlines, clock }) => [
    // G2: deadline reminders every morning.
    {
      name: 'case-deadline-reminders',
      cron: '0 6 * * *',
      runOnStart: true,
      run: async () => {
        const ctx = systemCtx(clock);
        return {
          settled: await caseDeadlines.settleProvisionalDeadlines(ctx),
          ...(await caseDeadlines.raiseReminders(ctx)),
        };
      },
    },
  ],
};

export { CasesService } from './service.ts';
/**
 * `CaseListService` also holds the approver's queue: `caseLists.listPendingApprovals(ctx)` lists the open
 * cases on which a step reserved for the head (立案, 集体讨论, 决定, 查封扣押…) waits for the signed-in
 * caller (GET /api/v1/cases/pending-approvals); each item is a workbench list item plus `approvals`.
 */
export { CaseListService } from './list-service.ts';
export { APPROVAL_STEPS, waitingApprovals } from './approvals.ts';
export { CaseDeadlinesService } from './deadline-service.ts';
export { CaseQueueService } from './queue-service.ts';
export { EvidenceService } from './evidence/index.ts';
export {
  CasePartiesService,
  CORRECTIONS_SEALED,
  PARTIES_SEALED,
  PARTY_ENTITY,
  PARTY_VERSIONS_SEALED,
  resealPartyKeys,
} from './parties/index.ts';
export {
  CaseDocumentsService,
  resealDocuments,
  SIGNING_KEYS_SEALED,
  type ResealedDocuments,
} from './documents/index.ts';
export { CASE_RECORDS_SEALED, STEP_EVENTS_SEALED } from './step-text-repo.ts';
export { DocumentsCaseFileSource } from './documents/index.ts';
export { EvidenceCaseFileSource } from './evidence/index.ts';
export {
  asciiName,
  CaseFileExportService,
  readArchive,
  verifyExport,
  type CaseFileSource,
} from './case-file/index.ts';
export {
  unsafeCaseDecision,
  type CaseDecision,
  type DecisionParty,
  type StepListener,
  type StepTaken,
} from './decision-source.ts';
