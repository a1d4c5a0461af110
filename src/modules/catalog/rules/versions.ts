// B1–B8 versioning ("立改废": the version in force on a date) and B2 citations (an article reference
// resolved against the legal basis library, displayed as 《…》第二十四条第一款第三项). Pure: no I/O, no clock —
// the caller passes the date (the decision date, the publication date, or today in Asia/Shanghai).
import type { Article, ArticleRef, LegalDocumentVersion } from '../model.ts';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function checkDate(date: string, what: string): void {
  // 'YYYY-MM-DD' strings compare correctly as text; anything else would compare wrongly and silently.
  if (!DATE.test(date)) throw new RangeError(`${what}必须是 YYYY-MM-DD 格式的日期：${date}`);
}

/** True when the version is in force on the date: effectiveOn ≤ date < repealedOn (the repeal day is the new version's first day). */
export function isInForce(
  version: { effectiveOn: string; repealedOn: string | null },
  date: string,
): boolean {
  return version.effectiveOn <= date && (version.repealedOn === null || date < version.repealedOn);
}

/**
 * The version in force on `date`, or null. When versions overlap (a new version recorded before the old
 * one was given its repeal date) the latest effectiveOn wins: the newer text is what the amendment put in
 * force. On equal effectiveOn the later one in the list wins, as lists are kept in recording order.
 */
export function versionInForce<T extends { effectiveOn: string; repealedOn: string | null }>(
  versions: T[],
  date: string,
): T | null {
  checkDate(date, '日期');
  let best: T | null = null;
  for (const v of versions) {
    if (!isInForce(v, date)) continue;
    if (best === null || v.effectiveOn >= best.effectiveOn) best = v;
  }
  return best;
}

/** The latest version that took effect on or before `date`, in force or not (same tie-break). */
function latestEffective<T extends { effectiveOn: string }>(versions: T[], date: string): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (v.effectiveOn > date) continue;
    if (best === null || v.effectiveOn >= best.effectiveOn) best = v;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Chinese numerals

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const SMALL_UNITS = ['', '十', '百', '千'] as const;
const BIG_UNITS = ['', '万', '亿', '万亿'] as const;

/** 0–9999 without the leading 一 rule and without the zero before a short section (handled by the caller). */
function section(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + SMALL_UNITS[pos]!;
  }
  return out;
}

/**
 * Chinese numeral of a non-negative integer as written in legal citations (第二十四条, 第一百零五条,
 * 第一千二百六十条): 10–19 are 十, 十一 … (no leading 一) while 110 is 一百一十; inner zeros are one 零
 * (105 一百零五, 1001 一千零一, 10010 一万零一十). Ordinals only need the first thousands; sections of 万
 * and 亿 are supported up to Number.MAX_SAFE_INTEGER for completeness.
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`只能转换不小于零的整数：${n}`);
  if (n === 0) return '零';
  const sections: number[] = [];
  // Four sections reach 10^16, beyond Number.MAX_SAFE_INTEGER, so every safe integer has its unit.
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10_000)) sections.push(rest % 10_000);
  let out = '';
  let zero = false;
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i]!;
    if (s === 0) {
      if (out !== '') zero = true;
      continue;
    }
    // A gap (an empty section) or a section below 1000 after a higher one reads with one 零: 一万零一.
    if (out !== '' && (zero || s < 1000)) out += '零';
    zero = false;
    out += section(s) + BIG_UNITS[i]!;
  }
  // 一十 at the very start reads 十 (十一, 十万, 十二万) — only there: 一百一十 keeps it.
  return out.startsWith('一十') ? out.slice(1) : out;
}

// ---------------------------------------------------------------------------------------------------
// Citations

/**
 * "《医疗机构管理条例》第二十四条第一款第三项". Items are written without brackets, as statutes cite them
 * ("第五十八条第一款第一项"); the text of the article itself numbers items （一）（二）.
 */
export function citationDisplay(
  title: string,
  ref: Pick<ArticleRef, 'article' | 'paragraph' | 'item'>,
): string {
  let out = `《${title}》第${toChineseNumeral(ref.article)}条`;
  if (ref.paragraph !== undefined) out += `第${toChineseNumeral(ref.paragraph)}款`;
  if (ref.item !== undefined) out += `第${toChineseNumeral(ref.item)}项`;
  return out;
}

export type CitationErrorCode = 'LAW_NOT_FOUND' | 'NOT_IN_FORCE' | 'ARTICLE_NOT_FOUND';

export interface ResolvedCitation {
  ok: true;
  title: string;
  docNumber: string;
  versionNote: string;
  article: Article;
  display: string;
  /** False when the law was repealed (or between versions) on the date: shown, but flagged. */
  inForce: boolean;
  /** The version the citation resolved to. */
  version: LegalDocumentVersion;
}

export interface CitationError {
  ok: false;
  code: CitationErrorCode;
  message: string;
}

export type CitationResult = ResolvedCitation | CitationError;

/**
 * Resolves a citation against the library (`versions` may hold every document; only those with the
 * ref's code are used) as of `date`. A typed result, not an exception: catalogues and demo data cite
 * laws that may be missing from a body's library, and the UI lists such citations rather than failing.
 * - LAW_NOT_FOUND: no version of the document.
 * - NOT_IN_FORCE: no version had taken effect on the date (the law was not yet in force).
 * - ARTICLE_NOT_FOUND: the resolved version has no article with that ordinal (renumbered by amendment).
 * When the document was repealed, or the date falls between versions, the latest version that took
 * effect by then is returned with `inForce: false`, so the text stays visible and the UI flags it; a
 * decision must only cite `inForce` citations. Paragraphs and items are displayed, not checked: the
 * library stores an article's text as a whole.
 */
export function resolveCitation(
  ref: ArticleRef,
  versions: LegalDocumentVersion[],
  date: string,
): CitationResult {
  checkDate(date, '日期');
  const mine = versions.filter((v) => v.code === ref.law);
  if (mine.length === 0)
    return { ok: false, code: 'LAW_NOT_FOUND', message: `法律依据库中没有编码为“${ref.law}”的文件` };
  const current = versionInForce(mine, date);
  const version = current ?? latestEffective(mine, date);
  if (version === null) {
    const first = mine.reduce((a, b) => (b.effectiveOn < a.effectiveOn ? b : a));
    return {
      ok: false,
      code: 'NOT_IN_FORCE',
      message: `《${first.title}》于 ${first.effectiveOn} 起施行，${date} 尚未施行`,
    };
  }
  const article = version.articles.find((a) => a.ordinal === ref.article);
  const display = citationDisplay(version.title, ref);
  if (!article) {
    const note = version.versionNote ? `（${version.versionNote}）` : '';
    return {
      ok: false,
      code: 'ARTICLE_NOT_FOUND',
      message: `${version.effectiveOn} 施行的《${version.title}》${note}没有第${toChineseNumeral(ref.article)}条`,
    };
  }
  return {
    ok: true,
    title: version.title,
    docNumber: version.docNumber,
    versionNote: version.versionNote,
    article,
    display,
    inForce: current !== null,
    version,
  };
}
