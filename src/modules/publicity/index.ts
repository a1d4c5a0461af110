// E: publicity of enforcement. E4 the redaction of decisions and other texts (redaction/, pure), offered
// as a preview to the publisher and to other systems; E3–E8 the publications every decision creates
// (service.ts: drafts, redaction edits, the approval chain; lifecycle.ts: publishing on each channel
// with its display period, the 复议/诉讼 outcome and withdrawal, expiry); the pure rules of when a
// publication is due and how long it stays up (rules/).
import type { Clock } from '../../platform/clock.ts';
import { systemCtx } from '../../platform/context.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';
import { publicityLedger } from './events.ts';
import type { PublicationLifecycle } from './lifecycle.ts';
import type { PublicationsService } from './service.ts';

export const publicityModule: ModuleDescriptor<{
  publications: PublicationsService;
  publicationLifecycle: PublicationLifecycle;
  clock: Clock;
}> = {
  name: 'publicity',
  events: publicityLedger,
  routes: async (app, { publications, publicationLifecycle }) => {
    const { publicityRoutes } = await import('./routes.ts');
    const { publicationRoutes } = await import('./publication-routes.ts');
    publicityRoutes(app);
    publicationRoutes(app, publications, publicationLifecycle);
  },
  jobs: ({ publicationLifecycle, clock }) => [
    // E7: each channel's expired items come down every night, logged.
    {
      name: 'publicity-expiry',
      cron: '30 0 * * *',
      runOnStart: true,
      run: async () => publicationLifecycle.expire(systemCtx(clock)),
    },
  ],
};

export { redact, type Redaction } from './redaction/redact.ts';
export type { RedactionParty, Span as RedactionSpan } from './redaction/types.ts';
export { PublicationsService } from './service.ts';
export { PublicationLifecycle } from './lifecycle.ts';
export { PublicPublications, type PublicDecision } from './public-service.ts';
export { PublisherQueue } from './queue.ts';
