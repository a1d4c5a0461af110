// B1–B8: the lists a body publishes (items, discretion benchmarks, inspection items, audio-visual rules,
// the legal-review catalogue, service guides, complaint channels) and the legal library, all versioned.
import type { ModuleDescriptor } from '../../platform/module.ts';
import { catalogLedger } from './events.ts';
import type { CatalogService } from './service.ts';

export const catalogModule: ModuleDescriptor<{ catalog: CatalogService }> = {
  name: 'catalog',
  events: catalogLedger,
  routes: async (app, { catalog }) => {
    const { catalogRoutes } = await import('./routes.ts');
    catalogRoutes(app, catalog);
  },
};

export { CatalogService } from './service.ts';
export { CATALOG_KINDS, type CatalogKind } from './types.ts';
export {
  LAW_LEVEL_LABELS,
  LAW_LEVELS,
  PENALTY_KINDS,
  PENALTY_LABELS,
  TIER_LABELS,
  TIERS,
  type ArticleRef,
  type LawLevel,
  type PenaltyKind,
  type DecisionFacts,
  type ReviewCondition,
  type ReviewFlag,
  type ReviewRule,
  type Tier,
} from './model.ts';
export { DEFAULT_REVIEW_RULES, evaluateReview, type ReviewEvaluation } from './rules/review.ts';
export {
  STATUTE_RULES,
  determineReview,
  oneCaseOneReview,
  redetermine,
  type Determination,
  type DeterminationInput,
  type DeterminationReason,
  type ReasonSource,
} from './rules/determination.ts';
export { describeReviewConditions } from './rules/describe.ts';
export { describeFineRule } from './rules/fine-text.ts';
export { isInForce, versionInForce } from './rules/versions.ts';
export { citationsText, type BasisCitation, type CaseLegalBasis } from './enforcement-items.ts';
