// E: publicity of enforcement. So far E4, the redaction of decisions and other texts before anything is
// published (redaction/, pure), offered as a preview to the publisher and to other systems; and the pure
// rules of when a publication is due and how long it stays up (rules/, E3, E7, E8).
import type { ModuleDescriptor } from '../../platform/module.ts';

export const publicityModule: ModuleDescriptor<object> = {
  name: 'publicity',
  routes: async (app) => {
    const { publicityRoutes } = await import('./routes.ts');
    publicityRoutes(app);
  },
};

export { redact, type Redaction } from './redaction/redact.ts';
export type { RedactionParty, Span as RedactionSpan } from './redaction/types.ts';
