// Every catalogue kind the admin app edits, in menu order.
import type { CatalogKind } from '../../../api/types.ts';
import type { KindConfig } from '../spec.ts';
import { benchmark } from './benchmark.tsx';
import { guide } from './guide.tsx';
import { item } from './item.tsx';
import { review } from './review.tsx';
import { av, complaint, inspection } from './simple.tsx';

export const KINDS: Record<CatalogKind, KindConfig> = {
  item,
  benchmark,
  inspection_item: inspection,
  av_rule: av,
  review_rule: review,
  service_guide: guide,
  complaint_channel: complaint,
};

export const isCatalogKind = (k: string | undefined): k is CatalogKind => !!k && k in KINDS;
