// The demo catalogue (B1–B8) of the fictional 示范区卫生健康委员会, as one object for the demo seed, the
// portal and tests. Laws are national (shared by every body); the other lists belong to the demo body.
import { DEMO_AV_LIST } from './av-list.ts';
import { DEMO_BENCHMARKS } from './benchmarks/index.ts';
import { DEMO_COMPLAINT_CHANNELS } from './complaint-channels.ts';
import { DEMO_INSPECTION_ITEMS } from './inspection-items.ts';
import { DEMO_ITEMS, LEVY_NOTE } from './items.ts';
import { DEMO_LAWS } from './laws/index.ts';
import { DEMO_CATALOGUE_START, DEMO_LATER_VERSIONS } from './later-versions.ts';
import { DEMO_REVIEW_RULES, REVIEW_THRESHOLDS } from './review-catalogue.ts';
import { DEMO_SERVICE_GUIDES } from './service-guides.ts';
import { DEMO_BODY } from './types.ts';

export * from './types.ts';
export {
  DEMO_AV_LIST,
  DEMO_BENCHMARKS,
  DEMO_COMPLAINT_CHANNELS,
  DEMO_INSPECTION_ITEMS,
  DEMO_ITEMS,
  DEMO_CATALOGUE_START,
  DEMO_LATER_VERSIONS,
  DEMO_LAWS,
  DEMO_REVIEW_RULES,
  DEMO_SERVICE_GUIDES,
  LEVY_NOTE,
  REVIEW_THRESHOLDS,
};

export const DEMO_CATALOGUE = {
  body: DEMO_BODY,
  laws: DEMO_LAWS,
  items: DEMO_ITEMS,
  benchmarks: DEMO_BENCHMARKS,
  inspectionItems: DEMO_INSPECTION_ITEMS,
  avList: DEMO_AV_LIST,
  reviewRules: DEMO_REVIEW_RULES,
  reviewThresholds: REVIEW_THRESHOLDS,
  serviceGuides: DEMO_SERVICE_GUIDES,
  complaintChannels: DEMO_COMPLAINT_CHANNELS,
  /** Versions 2… of the lists above, and entries that start later (each with its date and reason). */
  laterVersions: DEMO_LATER_VERSIONS,
  start: DEMO_CATALOGUE_START,
  notes: { levy: LEVY_NOTE },
} as const;
