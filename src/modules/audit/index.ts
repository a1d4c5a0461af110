// H3: the audit log (the ledger, read by the audit administrator within their scope) and its verification.
import type { Database } from '../../platform/db/client.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import { auditRoutes } from './routes.ts';

export const auditModule: ModuleDescriptor<{ database: Database; ledger: Ledger }> = {
  name: 'audit',
  routes: (app, { database, ledger }) => auditRoutes(app, database.db, ledger),
};
