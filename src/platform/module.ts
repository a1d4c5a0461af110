// What a module offers the composition root (src/app.ts): its routes, its scheduled jobs and its ledger
// events. Each module's index.ts exports one descriptor; the app registers them by walking the list, so
// adding a module touches the list, not the app. `Deps` names the services the module needs, by their
// key in the app's service set, so the compiler checks the app provides them.
import type { FastifyInstance } from 'fastify';
import type { JobDefinition } from './jobs/jobs.ts';
import type { ModuleEvents } from './ledger/events.ts';

export interface ModuleDescriptor<Deps> {
  /** The folder under src/modules. */
  name: string;
  /**
   * Registers the module's HTTP routes (each declares its access permission). The route files are
   * imported here, not at the top of index.ts, so another module importing this one's service or rules
   * does not load its HTTP layer (and the spreadsheet library behind its imports and exports).
   */
  routes?: (app: FastifyInstance, deps: Deps) => Promise<void>;
  /** Scheduled jobs, run by pg-boss in whichever process picks them up. */
  jobs?: (deps: Deps) => JobDefinition[];
  /** The ledger events the module writes, and how the audit log names its entities (ledger/events.ts). */
  events?: ModuleEvents;
}
