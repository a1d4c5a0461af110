// The live example under the 文书编号格式 field, computed with the server's own pure numbering rules so
// the page refuses exactly what the server would refuse.
import {
  DEFAULT_NUMBER_PATTERN,
  MAX_PATTERN_LENGTH,
  formatDocumentNumber,
  validateNumberPattern,
} from '../../../modules/cases/documents/numbering.ts';

export { DEFAULT_NUMBER_PATTERN, MAX_PATTERN_LENGTH, validateNumberPattern };

/** What each placeholder stands for, in the order they usually appear. */
export const PLACEHOLDER_HELP: { token: string; meaning: string }[] = [
  { token: '{region}', meaning: '地区简称（下方“地区简称”一栏）' },
  { token: '{field}', meaning: '专业类别简称（医、公、水、职、放、传、学、消、血、计）' },
  { token: '{nature}', meaning: '文书性质（罚、告、听告、当罚、责改、监意、保、强、催）' },
  { token: '{year}', meaning: '年份，如 2026' },
  { token: '{seq}', meaning: '序号，每类文书每年从 1 起编' },
];

/**
 * The number the first 医疗卫生 行政处罚决定书 of this year would get, or the pattern's problems when the
 * server would refuse it.
 */
export function numberExample(
  pattern: string | undefined,
  region: string | undefined,
  year = new Date().getFullYear(),
): { example: string | null; problems: string[] } {
  const p = (pattern ?? '').trim();
  const problems = validateNumberPattern(p);
  if (problems.length) return { example: null, problems };
  const r = (region ?? '').trim() || '（地区简称）';
  return {
    example: formatDocumentNumber(p, { region: r, field: '医', nature: '罚', year, seq: 1 }),
    problems: [],
  };
}
