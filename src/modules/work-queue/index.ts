// A5 the work queue (待办): each business role's landing page — the officer's next steps, the approvals
// and overdue cases of the heads, the archivist's closed cases; review and publicity queues announced
// until their modules exist. It owns no data: it asks the modules that own the work.
import type { ModuleDescriptor } from '../../platform/module.ts';
import type { WorkQueueService } from './service.ts';

export const workQueueModule: ModuleDescriptor<{ workQueue: WorkQueueService }> = {
  name: 'work-queue',
  routes: async (app, { workQueue }) => {
    const { workQueueRoutes } = await import('./routes.ts');
    workQueueRoutes(app, workQueue);
  },
};

export { WorkQueueService } from './service.ts';
export { sectionsFor, type SectionKey } from './rules.ts';
