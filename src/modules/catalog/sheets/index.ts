// B1–B8 spreadsheet layouts, in the columns agencies use (序号, 事项名称, 事项类别, 实施依据, 裁量基准,
// 承办机构, 办理时限 …). Each kind maps its entries to flat rows and back; a benchmark takes one row per
// tier (rows with the same 基准编码 form one benchmark). Dates, amounts in yuan and codes are typed cells
// (cells.ts `EFFECTIVE`, `money`, typed by platform/xlsx/cells.ts); the layouts see their text forms.
import type { CatalogKind } from '../types.ts';
import type { KindSheet } from './cells.ts';
import { item } from './item.ts';
import { benchmark } from './benchmark.ts';
import { inspection } from './inspection.ts';
import { av } from './av.ts';
import { review } from './review.ts';
import { guide } from './guide.ts';
import { complaint } from './complaint.ts';

export { parseYuan, yuan, type BuiltEntry, type Flat, type KindSheet, type SheetContext } from './cells.ts';

export const SHEETS: Record<CatalogKind, KindSheet> = {
  item,
  benchmark,
  inspection_item: inspection,
  av_rule: av,
  review_rule: review,
  service_guide: guide,
  complaint_channel: complaint,
};
