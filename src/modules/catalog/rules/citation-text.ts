// B1–B3: citations as agencies write them in spreadsheets — "《医疗机构管理条例》第十四条第一款第二项；
// 《…》第四十三条" — parsed to ArticleRefs against the titles of the legal library, and written back the
// same way, so an exported catalogue imports unchanged.
import type { ArticleRef } from '../model.ts';
import { citationDisplay } from './versions.ts';

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 二十四 → 24, 一百零五 → 105, 十一 → 11; Arabic digits accepted too. Null when not a numeral below 10,000. */
export function parseChineseNumeral(s: string): number | null {
  if (/^\d{1,4}$/.test(s)) return Number(s);
  if (!s || !/^[零〇一二两三四五六七八九十百千]+$/.test(s)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else {
      const unit = UNITS[ch]!;
      total += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
      digit = null;
    }
  }
  total += digit ?? 0;
  return Number.isFinite(total) && total > 0 ? total : null;
}

const CITATION =
  /《([^》]+)》\s*第([零〇一二两三四五六七八九十百千\d]+)条(?:\s*第([零〇一二两三四五六七八九十百千\d]+)款)?(?:\s*第([零〇一二两三四五六七八九十百千\d]+)项)?/g;

export type ParsedCitations = { refs: ArticleRef[]; problems: string[] };

/**
 * Parses every 《title》第N条[第N款][第N项] in a cell. `lawCodeOf` maps a title to the library code;
 * anything that is not a recognisable citation is reported, not ignored.
 */
export function parseCitations(
  cell: string,
  lawCodeOf: (title: string) => string | undefined,
): ParsedCitations {
  const refs: ArticleRef[] = [];
  const problems: string[] = [];
  let rest = cell;
  for (const m of cell.matchAll(CITATION)) {
    rest = rest.replace(m[0], '');
    const [, title, art, para, item] = m;
    const law = lawCodeOf(title!.trim());
    if (!law) {
      problems.push(`法律依据库中没有《${title}》`);
      continue;
    }
    const ref: ArticleRef = { law, article: parseChineseNumeral(art!)! };
    const paragraph = para ? parseChineseNumeral(para) : null;
    const itemNo = item ? parseChineseNumeral(item) : null;
    if (paragraph) ref.paragraph = paragraph;
    if (itemNo) ref.item = itemNo;
    refs.push(ref);
  }
  const leftover = rest.replace(/[；;，,、\s和及]/g, '');
  if (leftover) problems.push(`无法识别的依据「${leftover.slice(0, 30)}」，应写作《法规名称》第X条`);
  return { refs, problems };
}

export function formatCitations(refs: ArticleRef[], titleOf: (code: string) => string): string {
  return refs.map((r) => citationDisplay(titleOf(r.law), r)).join('；');
}
