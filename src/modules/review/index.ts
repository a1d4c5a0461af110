// D1–D9, A4 legal review of major enforcement decisions (重大执法决定法制审核): submission with the
// materials checklist, assignment under 回避 and qualification, review on the ten points, the opinion, the
// time limit with one extension, the disagreement; the gate (D8) is the case machine's, fed by this
// module's outcome step. The D1 determination is the catalogue's (catalog/rules/determination.ts).
import type { ModuleDescriptor } from '../../platform/module.ts';
import { reviewLedger } from './events.ts';
import type { ReviewService } from './service.ts';

export const reviewModule: ModuleDescriptor<{ reviews: ReviewService }> = {
  name: 'review',
  events: reviewLedger,
  routes: async (app, { reviews }) => {
    const { reviewRoutes } = await import('./routes.ts');
    reviewRoutes(app, reviews);
  },
};

export { ReviewService } from './service.ts';
export { ReviewQueueService } from './queue-service.ts';
export * from './model.ts';
export * from './rules/eligibility.ts';
export * from './rules/lifecycle.ts';
export * from './rules/materials.ts';
export * from './rules/opinion.ts';
export * from './rules/time-limit.ts';
