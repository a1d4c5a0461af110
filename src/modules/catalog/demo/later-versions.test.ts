// The demo catalogue's versions over time: each version's citations resolve in the law versions in force
// on the day it takes effect, later versions pass the same checks as the base lists, and the items that
// the 2024/2025 changes gave to the 疾病预防控制部门 say so with the article.
import { describe, expect, it } from 'vitest';
import type { ArticleRef } from '../model.ts';
import { validateBenchmark } from '../rules/benchmark-validation.ts';
import { resolveCitation } from '../rules/versions.ts';
import { benchmarkData, itemData } from '../types.ts';
import { DEMO_CATALOGUE } from './index.ts';

const C = DEMO_CATALOGUE;

function problem(ref: ArticleRef, date: string): string | null {
  const r = resolveCitation(ref, C.laws, date);
  if (!r.ok) return r.message;
  if (!r.inForce) return `《${r.title}》 not in force on ${date}`;
  const paragraphs = r.article.text.split('\n');
  const scope = ref.paragraph === undefined ? r.article.text : paragraphs[ref.paragraph - 1];
  if (scope === undefined) return `${r.display}: no such paragraph`;
  if (ref.item !== undefined && (scope.match(/（[一二三四五六七八九十]+）/g)?.length ?? 0) < ref.item)
    return `${r.display}: no such item`;
  return null;
}

type Dated = { where: string; date: string; refs: ArticleRef[] };
function datedRefs(): Dated[] {
  const out: Dated[] = [];
  for (const i of C.items) out.push({ where: i.code, date: C.start, refs: i.basis });
  for (const b of C.benchmarks)
    out.push({ where: b.code, date: C.start, refs: [...b.violatedArticles, ...b.penaltyArticles] });
  for (const v of C.laterVersions) {
    const e = v.entry;
    const refs =
      v.kind === 'item'
        ? [...v.entry.basis, ...(v.entry.competence?.basis ?? [])]
        : [...v.entry.violatedArticles, ...v.entry.penaltyArticles];
    out.push({ where: `${e.code}@${v.effectiveFrom}`, date: v.effectiveFrom, refs });
  }
  return out;
}

describe('demo catalogue versions', () => {
  it('every version cites articles of the law versions in force on the day it takes effect', () => {
    const problems = datedRefs().flatMap(({ where, date, refs }) =>
      refs.map((r) => problem(r, date)).flatMap((p) => (p ? [`${where}: ${p}`] : [])),
    );
    expect(problems).toEqual([]);
  });

  it('later versions come after the base lists, in date order, and pass the data schemas and benchmark rules', () => {
    const dates = C.laterVersions.map((v) => v.effectiveFrom);
    expect(dates.every((d) => d > C.start)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    for (const v of C.laterVersions) {
      expect(v.reason.length).toBeGreaterThan(10);
      if (v.kind === 'item') expect(itemData.safeParse(v.entry).success, v.entry.code).toBe(true);
      else {
        expect(benchmarkData.safeParse(v.entry).success, v.entry.code).toBe(true);
        expect(validateBenchmark(v.entry), v.entry.code).toEqual([]);
      }
    }
  });

  it('a later item names a benchmark in force by its date, and each benchmark has its item', () => {
    const benchmarkFrom = new Map<string, string>(C.benchmarks.map((b) => [b.code, C.start]));
    for (const v of C.laterVersions)
      if (v.kind === 'benchmark' && !benchmarkFrom.has(v.entry.code))
        benchmarkFrom.set(v.entry.code, v.effectiveFrom);
    for (const v of C.laterVersions) {
      if (v.kind !== 'item' || v.entry.benchmarkCode === null) continue;
      const from = benchmarkFrom.get(v.entry.benchmarkCode);
      expect(from !== undefined && from <= v.effectiveFrom, v.entry.code).toBe(true);
    }
    const itemBenchmarks = new Set([
      ...C.items.map((i) => i.benchmarkCode),
      ...C.laterVersions.flatMap((v) => (v.kind === 'item' ? [v.entry.benchmarkCode] : [])),
    ]);
    expect([...benchmarkFrom.keys()].filter((b) => !itemBenchmarks.has(b))).toEqual([]);
  });

  it('the 2025 fines stay inside 传染病防治法 Arts. 104 (十万元以下) and 107 (二十万元以下)', () => {
    const cap: Record<string, number> = { 104: 100000_00, 107: 200000_00 };
    for (const v of C.laterVersions) {
      if (v.kind !== 'benchmark') continue;
      const art = v.entry.penaltyArticles[0]!.article;
      for (const t of v.entry.tiers)
        if (t.fine?.kind === 'fixed' && cap[art])
          expect(t.fine.maxFen, `${v.entry.code}/${t.tier}`).toBeLessThanOrEqual(cap[art]!);
    }
  });

  it('gives the changed items to the departments the new texts name', () => {
    const competence = (code: string) =>
      C.laterVersions.flatMap((v) =>
        v.kind === 'item' && v.entry.code === code ? [v.entry.competence] : [],
      );
    expect(competence('SFWJ-XK-004')).toEqual([
      {
        authorities: ['disease_control'],
        basis: [
          { law: 'public-places-regulation', article: 4, paragraph: 2 },
          { law: 'public-places-regulation', article: 8, paragraph: 1 },
        ],
      },
    ]);
    const byBenchmark = (bm: string) =>
      C.laterVersions.find((v) => v.kind === 'item' && v.entry.benchmarkCode === bm)!.entry as {
        code: string;
        competence?: { authorities: string[] };
      };
    expect(byBenchmark('BM-CR-005').competence?.authorities).toEqual(['disease_control']); // Art. 104 para. 1
    expect(byBenchmark('BM-CR-006').competence?.authorities).toEqual(['disease_control']);
    expect(byBenchmark('BM-CR-007').competence?.authorities).toEqual(['health']); // Art. 104 para. 2
    expect(byBenchmark('BM-SY-002').competence?.authorities).toEqual(['disease_control']); // Art. 107
    expect(['BM-CR-005', 'BM-CR-006', 'BM-CR-007'].map((b) => byBenchmark(b).code)).toEqual([
      'SFWJ-CF-040',
      'SFWJ-CF-041',
      'SFWJ-CF-042',
    ]);
    // The base items (version 1, before the changes) restrict nobody.
    expect(C.items.filter((i) => i.competence).map((i) => i.code)).toEqual([]);
  });
});
