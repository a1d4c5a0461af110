// C5 document numbers (文书编号): "地区简称 + 卫 + 类别 + 性质 + 〔年份〕 + 序号", e.g. 示区卫医罚〔2026〕3号.
// Bodies write the number differently (some add 监, some leave out the field), so the shape is a pattern
// with placeholders kept as configuration; this module only formats and checks it. Pure.

export const NUMBER_PLACEHOLDERS = ['region', 'field', 'nature', 'year', 'seq'] as const;
export type NumberPlaceholder = (typeof NUMBER_PLACEHOLDERS)[number];

/** The default pattern: 示区卫医罚〔2026〕3号. */
export const DEFAULT_NUMBER_PATTERN = '{region}卫{field}{nature}〔{year}〕{seq}号';

export const MAX_PATTERN_LENGTH = 60;

export interface NumberParts {
  /** 地区简称, the body's short name (示区). */
  region: string;
  /** The field's abbreviation character (医, 公, 职…; CASE_FIELD_ABBREVIATIONS). */
  field: string;
  /** 文书性质 (罚, 告, 听告, 当罚…). */
  nature: string;
  year: number;
  /** Sequence within the series and year, from 1. */
  seq: number;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The problems of a pattern, in Chinese; empty when it can be used. */
export function validateNumberPattern(pattern: string): string[] {
  const problems: string[] = [];
  if (pattern.trim() === '') return ['编号格式不能为空'];
  if (pattern.length > MAX_PATTERN_LENGTH)
    problems.push(`编号格式不能超过${MAX_PATTERN_LENGTH}个字符（现为${pattern.length}个）`);
  const used = new Set<string>();
  for (const m of pattern.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!(NUMBER_PLACEHOLDERS as readonly string[]).includes(name))
      problems.push(
        `编号格式含有未知的占位符 {${name}}，只能使用 ${NUMBER_PLACEHOLDERS.map((p) => `{${p}}`).join('')}`,
      );
    else if (used.has(name)) problems.push(`占位符 {${name}} 重复出现`);
    used.add(name);
  }
  const rest = pattern.replace(PLACEHOLDER, '');
  if (rest.includes('{') || rest.includes('}')) problems.push('编号格式中的花括号不成对');
  if (!used.has('year')) problems.push('编号格式必须包含年份占位符 {year}');
  if (!used.has('seq')) problems.push('编号格式必须包含序号占位符 {seq}');
  return problems;
}

/** The number for `parts` in `pattern`; throws with the pattern's problems when it is not usable. */
export function formatDocumentNumber(pattern: string, parts: NumberParts): string {
  const problems = validateNumberPattern(pattern);
  if (problems.length > 0) throw new Error(`文书编号格式有误：${problems.join('；')}`);
  if (!Number.isSafeInteger(parts.seq) || parts.seq < 1)
    throw new RangeError(`文书序号必须是正整数：${parts.seq}`);
  if (!Number.isInteger(parts.year) || parts.year < 1000 || parts.year > 9999)
    throw new RangeError(`年份必须是四位数：${parts.year}`);
  const values: Record<NumberPlaceholder, string> = {
    region: parts.region,
    field: parts.field,
    nature: parts.nature,
    year: String(parts.year),
    seq: String(parts.seq),
  };
  return pattern.replace(PLACEHOLDER, (_, name: string) => values[name as NumberPlaceholder]);
}

/**
 * The counter key of a number series: numbers are counted per field and nature (医罚, 公告…) within a
 * body and a year, so 示区卫医罚〔2026〕3号 and 示区卫公罚〔2026〕3号 can both exist.
 */
export function seriesOf(fieldAbbr: string, nature: string): string {
  if (fieldAbbr.trim() === '' || nature.trim() === '') throw new Error('文书编号序列需要类别简称和文书性质');
  return `${fieldAbbr}${nature}`;
}
