// H3: the audit log (the ledger, read by the audit administrator within their scope) and its verification.
import type { Database } from '../../platform/db/client.ts';
import type { EventCatalogue } from '../../platform/ledger/catalogue.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import { AuditService } from './service.ts';

/** The audit log reads the catalogue the app assembles from every module's events. */
export const auditModule: ModuleDescriptor<{ database: Database; ledger: Ledger; events: EventCatalogue }> = {
  name: 'audit',
  routes: async (app, { database, ledger, events }) => {
    const { auditRoutes } = await import('./routes.ts');
    auditRoutes(app, new AuditService(database.db, events), database.db, ledger);
  },
};
