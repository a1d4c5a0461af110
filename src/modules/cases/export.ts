// C7, G2, C10: the workbench lists as spreadsheets — the case list with the same filters and data scope
// as GET /api/v1/cases, and the open deadlines as GET /api/v1/deadlines — for the summaries and statistics
// agencies keep (电子数据 "据此生成的汇总数据和统计表"). Nothing is cut short: a list longer than
// EXPORT_MAX_ROWS is refused with a request to narrow the filters. Each export discloses party data, so
// each is a ledger entry `case.exported` with its filters and row count.
import { today, type Ctx } from '../../platform/context.ts';
import { badRequest } from '../../platform/http/errors.ts';
import { writeTable, type Column } from '../../platform/xlsx/table.ts';
import type { DueLevel } from './present.ts';
import type { CaseDeadlinesService } from './deadline-service.ts';
import type { CaseListFilters, CaseListService } from './list-service.ts';

/** The most rows one export may hold; more must be narrowed by the filters, never silently truncated. */
export const EXPORT_MAX_ROWS = 50_000;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const LEVEL_LABELS: Record<DueLevel, string> = { overdue: '已逾期', due_soon: '即将到期', open: '期限内' };

type CaseRow = Awaited<ReturnType<CaseListService['exportList']>>[number];
type DeadlineRow = Awaited<ReturnType<CaseDeadlinesService['openDeadlines']>>[number];

export const CASE_EXPORT_COLUMNS: Column<CaseRow>[] = [
  { header: '案件编号', width: 14, cell: 'text', get: (r) => r.code },
  { header: '类别', width: 10, get: (r) => r.kindLabel },
  { header: '案由', width: 36, get: (r) => r.cause },
  { header: '当事人', width: 28, get: (r) => r.partyName },
  { header: '统一社会信用代码/证件号', width: 22, cell: 'text', get: (r) => r.partyKey },
  { header: '状态', width: 16, get: (r) => r.stateLabel },
  { header: '受理日期', width: 12, cell: 'date', get: (r) => r.openedOn },
  { header: '立案日期', width: 12, cell: 'date', get: (r) => r.filedOn },
  { header: '承办人', width: 10, get: (r) => r.leadOfficerName },
  { header: '最近期限', width: 36, get: (r) => r.nextDueLabel },
  { header: '期限日期', width: 12, cell: 'date', get: (r) => r.nextDue },
  {
    header: '期限状态',
    width: 16,
    get: (r) =>
      r.dueLevel ? LEVEL_LABELS[r.dueLevel] + (r.nextDueProvisional ? '（届满日暂定）' : '') : null,
  },
  { header: '办结', width: 6, get: (r) => (r.finished ? '是' : '否') },
];

export const DEADLINE_EXPORT_COLUMNS: Column<DeadlineRow>[] = [
  { header: '案件编号', width: 14, cell: 'text', get: (r) => r.caseCode },
  { header: '当事人', width: 28, get: (r) => r.partyName },
  { header: '期限', width: 36, get: (r) => r.label },
  { header: '起算日', width: 12, cell: 'date', get: (r) => r.fromDate },
  { header: '届满日', width: 12, cell: 'date', get: (r) => r.due },
  { header: '依据', width: 40, get: (r) => r.citation },
  { header: '状态', width: 10, get: (r) => LEVEL_LABELS[r.level] },
];

function tooMany(what: string): never {
  throw badRequest(`符合条件的${what}超过 ${EXPORT_MAX_ROWS} 条，请缩小筛选条件后分批导出`, {
    rule: 'EXPORT_TOO_LARGE',
    limit: EXPORT_MAX_ROWS,
  });
}

export interface ExportFile {
  fileName: string;
  data: Buffer;
}

/** The workbench list (no paging) as 案件清单.xlsx, logged to the ledger. */
export async function exportCases(
  lists: CaseListService,
  ctx: Ctx,
  filters: CaseListFilters,
  max = EXPORT_MAX_ROWS,
): Promise<ExportFile> {
  const rows = await lists.exportList(ctx, filters, max + 1);
  if (rows.length > max) tooMany('案件');
  const data = await writeTable('案件清单', CASE_EXPORT_COLUMNS, rows);
  await lists.recordExport(ctx, {
    list: 'cases',
    rows: rows.length,
    filters: { ...filters },
    bytes: data.length,
  });
  return { fileName: `案件清单-${today(ctx)}.xlsx`, data };
}

/** The open deadlines of a view as 办案期限.xlsx, logged to the ledger. */
export async function exportDeadlines(
  { lists, deadlines }: { lists: CaseListService; deadlines: CaseDeadlinesService },
  ctx: Ctx,
  filters: { view: 'mine' | 'unit' | 'all'; status: 'overdue' | 'due_soon' | 'open' },
  max = EXPORT_MAX_ROWS,
): Promise<ExportFile> {
  const rows = await deadlines.openDeadlines(ctx, { ...filters, limit: max + 1 });
  if (rows.length > max) tooMany('期限');
  const data = await writeTable('办案期限', DEADLINE_EXPORT_COLUMNS, rows);
  await lists.recordExport(ctx, {
    list: 'deadlines',
    rows: rows.length,
    filters: { ...filters },
    bytes: data.length,
  });
  return { fileName: `办案期限-${today(ctx)}.xlsx`, data };
}
