// What one imported spreadsheet may hold (issue 14, finding 5). A .xlsx is a zip of XML: a 200 KB upload
// can expand to hundreds of megabytes or millions of shared strings, so every import is measured against
// these before (and while) it is parsed, and refused with a message naming the limit it broke.

export interface SheetLimits {
  /** Data rows below the header row. */
  rows: number;
  /** Cells in all worksheets. */
  cells: number;
  /** Entries of the shared string table. */
  sharedStrings: number;
  /** Bytes of all parts once inflated, as declared by the zip and as actually inflated. */
  uncompressedBytes: number;
  /** Parts in the zip. */
  entries: number;
}

export const SHEET_LIMITS: SheetLimits = {
  rows: 20_000,
  cells: 1_000_000,
  sharedStrings: 500_000,
  uncompressedBytes: 64 * 1024 * 1024,
  entries: 2_000,
};

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The refusal, in words for the user, when a limit is exceeded. */
export const LIMIT_MESSAGES = {
  rows: (l: SheetLimits) => `一次最多导入 ${l.rows} 行`,
  cells: (l: SheetLimits) => `表格单元格超过 ${l.cells} 个的上限，请拆分后分批导入`,
  sharedStrings: (l: SheetLimits) =>
    `表格中的文本（共享字符串）超过 ${l.sharedStrings} 个的上限，请拆分后分批导入`,
  uncompressedBytes: (l: SheetLimits) => `表格解压后超过 ${mb(l.uncompressedBytes)} 的上限，请拆分后分批导入`,
  entries: (l: SheetLimits) => `表格文件包含的部件超过 ${l.entries} 个的上限，不是正常的 .xlsx 文件`,
} satisfies Record<keyof SheetLimits, (l: SheetLimits) => string>;

export const NOT_XLSX = '文件不是有效的 .xlsx 电子表格';
