// B1/B2/C1 an enforcement item as a case names it: found by name, code or keyword (the case form's item
// picker), and its legal basis resolved for the violation date (行政处罚法第三十七条: the law in force when
// the act was done) — the articles violated and the articles applied, each with the version of the law
// it was read from, and the benchmark (B3) the item rests on. The case stores the result, so every
// document quotes what was resolved when the item was chosen, never an internal code.
import type { Actor, Ctx } from '../../platform/context.ts';
import type { ArticleRef, DiscretionBenchmark } from './model.ts';
import { resolveCitation } from './rules/versions.ts';
import type { CatalogService } from './service.ts';

/** One resolved article: where it is, how documents quote it, and which law version it was read from. */
export interface BasisCitation {
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
  /** 《…》第X条第X款 — the form every document prints. */
  display: string;
  lawVersionId: string;
  lawVersion: number;
}

/** The legal basis of a case: its item, its benchmark and the articles, resolved for `lawDate`. */
export interface CaseLegalBasis {
  itemCode: string;
  itemName: string;
  itemVersion: number;
  benchmarkCode: string | null;
  benchmarkVersion: number | null;
  /** The violation as the benchmark names it (what the tiers are about). */
  violation: string | null;
  violated: BasisCitation[];
  applied: BasisCitation[];
  /** The date the articles were resolved for: the violation date, else the registration date. */
  lawDate: string;
}

/** The citations as documents print them: '《A》第一条、《B》第二条第一款'. */
export const citationsText = (list: readonly Pick<BasisCitation, 'display'>[]): string =>
  list.map((c) => c.display).join('、');

interface ItemData {
  name: string;
  field?: string;
  description?: string;
  basisText?: string;
  basis?: ArticleRef[];
  benchmarkCode?: string | null;
  category?: string;
}

const itemData = (data: unknown): ItemData => data as ItemData;

/** Whether an item matches what the officer typed: its code, name, field, description or basis text. */
export function itemMatches(code: string, data: ItemData, q: string): boolean {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = [code, data.name, data.field, data.description, data.basisText]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return words.every((w) => hay.includes(w));
}

type LawVersions = Awaited<ReturnType<CatalogService['legalVersions']>>;

/** Articles resolved on `date` in force, with their law version; the ones that resolve to nothing are left out. */
function resolveAll(versions: LawVersions, refs: ArticleRef[], date: string): BasisCitation[] {
  return refs.flatMap((ref) => {
    const r = resolveCitation(ref, versions, date);
    if (!r.ok || !r.inForce) return [];
    const v = versions.find((x) => x === r.version);
    if (!v) return [];
    return [{ ...ref, display: r.display, lawVersionId: v.id, lawVersion: v.version }];
  });
}

type BenchmarkArticles = Pick<DiscretionBenchmark, 'violatedArticles' | 'penaltyArticles' | 'violation'>;
interface Entry {
  code: string;
  version: number;
  data: unknown;
}

/** The basis of one item version with its benchmark version (if any), against the law versions given. */
function basisOf(item: Entry, bm: Entry | undefined, versions: LawVersions, date: string): CaseLegalBasis {
  const data = itemData(item.data);
  const b = bm?.data as BenchmarkArticles | undefined;
  const violatedRefs = b?.violatedArticles.length ? b.violatedArticles : (data.basis ?? []);
  return {
    itemCode: item.code,
    itemName: data.name,
    itemVersion: item.version,
    benchmarkCode: bm?.code ?? null,
    benchmarkVersion: bm?.version ?? null,
    violation: b?.violation ?? null,
    violated: resolveAll(versions, violatedRefs, date),
    applied: resolveAll(versions, b?.penaltyArticles ?? [], date),
    lawDate: date,
  };
}

/** Every law an item or benchmark cites. */
const lawsOf = (entries: Entry[]): string[] => [
  ...new Set(
    entries.flatMap((e) => {
      const d = e.data as {
        basis?: ArticleRef[];
        violatedArticles?: ArticleRef[];
        penaltyArticles?: ArticleRef[];
      };
      return [...(d.basis ?? []), ...(d.violatedArticles ?? []), ...(d.penaltyArticles ?? [])].map(
        (r) => r.law,
      );
    }),
  ),
];

/**
 * The legal basis of item `code` of the body for a case whose violation happened on `date`: the item and
 * benchmark versions in force then (else the ones in force today, for an entry published later), the
 * violated articles (the benchmark's, else the item's) and the applied ones (the benchmark's penalty
 * articles). Null when the body has no such item.
 */
export async function resolveItemBasis(
  catalog: CatalogService,
  ctx: Ctx<Actor>,
  bodyId: string,
  code: string,
  date: string,
): Promise<CaseLegalBasis | null> {
  const item = await catalog.entryFor(ctx, bodyId, 'item', code, date);
  if (!item) return null;
  const benchmarkCode = itemData(item.data).benchmarkCode;
  const bm = benchmarkCode
    ? await catalog.entryFor(ctx, bodyId, 'benchmark', benchmarkCode, date)
    : undefined;
  const entries = bm ? [item, bm] : [item];
  return basisOf(item, bm, await catalog.legalVersions(ctx, bodyId, lawsOf(entries)), date);
}

/** The picker's answer: at most `limit` items in force on `date` matching `q`, with what they cite. */
export async function searchItems(
  catalog: CatalogService,
  ctx: Ctx,
  input: { q?: string; date: string; category?: string; limit: number },
) {
  const bodyId = ctx.actor.bodyId;
  const all = await catalog.list(ctx, 'item', { date: input.date });
  const q = input.q?.trim() ?? '';
  const found = all
    .filter((e) => !input.category || itemData(e.data).category === input.category)
    .filter((e) => q === '' || itemMatches(e.code, itemData(e.data), q))
    .slice(0, input.limit);
  // One read of the benchmarks and one of the laws for the whole answer.
  const benchmarks = new Map(
    (await catalog.list(ctx, 'benchmark', { date: input.date })).map((b) => [b.code, b]),
  );
  const bmOf = (e: Entry): Entry | undefined => {
    const code = itemData(e.data).benchmarkCode;
    return code ? benchmarks.get(code) : undefined;
  };
  const cited = found.flatMap((e): Entry[] => {
    const bm = bmOf(e);
    return bm ? [e, bm] : [e];
  });
  const versions = await catalog.legalVersions(ctx, bodyId, lawsOf(cited));
  return found.map((e) => {
    const basis = basisOf(e, bmOf(e), versions, input.date);
    const data = itemData(e.data);
    return {
      code: e.code,
      name: data.name,
      field: data.field ?? '',
      category: data.category ?? '',
      version: e.version,
      benchmarkCode: basis.benchmarkCode,
      violated: citationsText(basis.violated),
      applied: citationsText(basis.applied),
    };
  });
}
