// Integrity of the demo catalogue: every citation resolves to an entered article of the version in force,
// ranges are sound and stay inside the statutory range, tiers are ordered, codes are unique, and every
// entry passes the catalogue's own validation. Prints the articles a person must check (needsReview).
import { describe, expect, it } from 'vitest';
import type { ArticleRef, DiscretionBenchmark, FineRule, LegalDocumentVersion, Tier } from '../model.ts';
import { TIERS } from '../model.ts';
import { validateBenchmark } from '../rules/benchmark-validation.ts';
import {
  avRuleData,
  benchmarkData,
  complaintChannelData,
  inspectionItemData,
  itemData,
  legalDocumentInput,
  reviewRuleData,
  serviceGuideData,
} from '../types.ts';
import { DEMO_CATALOGUE } from './index.ts';
import { articleNumeral } from './laws/helpers.ts';

const C = DEMO_CATALOGUE;

/** The version in force today: the one not repealed (the data keeps exactly one per document). */
function current(law: string): LegalDocumentVersion | undefined {
  return C.laws.find((v) => v.code === law && v.repealedOn === null);
}

const ITEM_MARK = /（[一二三四五六七八九十]+）/g;

/** Problem of a citation, or null when it resolves to an entered article (and paragraph/item exist). */
function refProblem(r: ArticleRef): string | null {
  const version = current(r.law);
  if (!version) return `${r.law}: no version in force`;
  const article = version.articles.find((a) => a.ordinal === r.article);
  if (!article) return `${version.title}第${r.article}条 not entered in the version in force`;
  const paragraphs = article.text.split('\n');
  let scope = article.text;
  if (r.paragraph !== undefined) {
    const p = paragraphs[r.paragraph - 1];
    if (p === undefined) return `${article.number} has no paragraph ${r.paragraph}`;
    scope = p;
  }
  if (r.item !== undefined && (scope.match(ITEM_MARK)?.length ?? 0) < r.item)
    return `${article.number} has no item ${r.item}`;
  return null;
}

function allRefs(): { where: string; ref: ArticleRef }[] {
  const out: { where: string; ref: ArticleRef }[] = [];
  for (const i of C.items) for (const ref of i.basis) out.push({ where: i.code, ref });
  for (const b of C.benchmarks)
    for (const ref of [...b.violatedArticles, ...b.penaltyArticles]) out.push({ where: b.code, ref });
  for (const s of C.inspectionItems) for (const ref of s.basis) out.push({ where: s.code, ref });
  for (const g of C.serviceGuides) for (const ref of g.basis) out.push({ where: g.code, ref });
  return out;
}

const fixedOf = (b: DiscretionBenchmark, t: Tier) => {
  const f = b.tiers.find((x) => x.tier === t)?.fine;
  return f?.kind === 'fixed' ? f : null;
};

/**
 * The statutory envelope of each benchmark as read from its penalty article (yuan, or multiples with the
 * fallback in yuan): every tier but 减轻 must lie inside it, 减轻 must lie below its minimum.
 */
type Envelope = { fixed: [number, number] } | { times: [number, number]; fallback: [number, number] };
const E = (min: number, max: number): Envelope => ({ fixed: [min, max] });
const X = (min: number, max: number, fbMin: number, fbMax: number): Envelope => ({
  times: [min, max],
  fallback: [fbMin, fbMax],
});
const STATUTORY: Record<string, Envelope> = {
  'BM-YL-001': X(5, 20, 50000, 200000), // 基本法 99(1): 5–20倍，不足一万按一万
  'BM-YL-002': E(0, 30000), // 条例 43(2): 3万元以下
  'BM-YL-003': X(5, 15, 50000, 150000), // 基本法 99(2): 5–15倍
  'BM-YL-004': E(0, 0), // 条例 44: no fine
  'BM-YL-005': E(10000, 100000), // 条例 46
  'BM-YL-006': E(10000, 100000), // 条例 47
  'BM-YL-007': E(10000, 100000), // 条例 48
  'BM-YL-008': X(2, 10, 20000, 100000), // 基本法 100: 2–10倍
  'BM-YS-001': X(2, 10, 20000, 100000), // 医师法 59
  'BM-YS-002': E(10000, 30000), // 医师法 57
  'BM-YS-003': E(10000, 30000), // 医师法 56
  'BM-YS-004': E(10000, 30000),
  'BM-YS-005': E(10000, 30000),
  'BM-YS-006': E(0, 0), // 医师法 55: no fine
  'BM-GG-001': E(500, 30000), // 细则 35
  'BM-GG-002': E(0, 20000), // 细则 36
  'BM-GG-003': E(0, 20000),
  'BM-GG-004': E(500, 15000), // 细则 38
  'BM-GG-005': E(1000, 10000), // 细则 37
  'BM-GG-006': E(10000, 30000), // 细则 37 拒绝监督
  'BM-GG-007': E(1000, 10000),
  'BM-GG-008': E(5000, 30000), // 细则 39
  'BM-SY-001': E(20, 1000), // 办法 25
  'BM-SY-002': E(20, 5000), // 办法 26
  'BM-SY-003': E(20, 5000),
  'BM-SY-004': E(500, 10000), // 办法 27 (fixed alternative)
  'BM-CR-001': E(0, 20000), // 消毒管理办法 41
  'BM-CR-002': E(0, 30000), // 医废条例 46
  'BM-CR-003': E(2000, 5000), // 医废条例 45
  'BM-CR-004': E(5000, 30000), // 医废条例 47
  'BM-ZY-001': E(50000, 100000), // 职业病防治法 71
  'BM-ZY-002': E(50000, 100000),
  'BM-ZY-003': E(50000, 200000), // 职业病防治法 72
  'BM-ZY-004': E(50000, 200000),
  'BM-ZY-005': E(0, 100000), // 职业病防治法 70
  'BM-FS-001': E(0, 3000), // 放射诊疗管理规定 38
  'BM-FS-002': E(0, 5000), // 39
  'BM-FS-003': E(0, 10000), // 41
  'BM-FS-004': E(0, 10000),
};

function envelopeProblems(b: DiscretionBenchmark): string[] {
  const env = STATUTORY[b.code];
  if (!env) return [`${b.code}: no statutory envelope in the test`];
  const out: string[] = [];
  for (const t of b.tiers) {
    const f: FineRule | null = t.fine;
    if (!f) continue;
    const where = `${b.code}/${t.tier}`;
    if ('fixed' in env) {
      if (f.kind !== 'fixed') {
        out.push(`${where}: multiple rule where the statute fixes amounts`);
        continue;
      }
      const [min, max] = env.fixed.map((y) => y * 100) as [number, number];
      if (t.tier === 'mitigated') {
        if (!(f.maxFen < min)) out.push(`${where}: 减轻 must stay below the statutory minimum`);
      } else if (f.minFen < min || f.maxFen > max)
        out.push(`${where}: ${f.minFen}–${f.maxFen} fen outside ${min}–${max}`);
    } else {
      if (f.kind !== 'multiple' || !f.fallback) {
        out.push(`${where}: expected a multiple with fallback`);
        continue;
      }
      const [fbMin, fbMax] = env.fallback.map((y) => y * 100) as [number, number];
      if (f.minMultiple < env.times[0] || f.maxMultiple > env.times[1])
        out.push(`${where}: multiples outside ${env.times.join('–')}`);
      if (f.fallback.minFen < fbMin || f.fallback.maxFen > fbMax)
        out.push(`${where}: fallback outside ${fbMin}–${fbMax}`);
    }
  }
  return out;
}

describe('demo catalogue', () => {
  it('has the required coverage', () => {
    expect(C.items.length).toBeGreaterThanOrEqual(30);
    expect(C.benchmarks.length).toBeGreaterThanOrEqual(25);
    const categories = new Set(C.items.map((i) => i.category));
    for (const c of ['licensing', 'penalty', 'compulsory', 'inspection'] as const)
      expect(categories).toContain(c);
    expect(C.serviceGuides.length).toBeGreaterThanOrEqual(3);
    expect(
      C.avList.some((a) => a.requirement === 'full') && C.avList.some((a) => a.requirement === 'as_needed'),
    ).toBe(true);
  });

  it('law versions: sound dates, one version in force, no overlap, numbers match ordinals', () => {
    const problems: string[] = [];
    const codes = new Set(C.laws.map((v) => v.code));
    for (const code of codes) {
      const versions = C.laws
        .filter((v) => v.code === code)
        .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
      if (versions.filter((v) => v.repealedOn === null).length !== 1)
        problems.push(`${code}: not exactly one version in force`);
      for (let i = 1; i < versions.length; i++) {
        if (versions[i - 1]!.repealedOn !== versions[i]!.effectiveOn)
          problems.push(`${code}: version ${i} does not start when the previous one ends`);
      }
    }
    for (const v of C.laws) {
      const where = `${v.code}@${v.effectiveOn}`;
      if (v.promulgatedOn > v.effectiveOn) problems.push(`${where}: promulgated after taking effect`);
      if (v.repealedOn !== null && !(v.effectiveOn <= v.repealedOn))
        problems.push(`${where}: repealed before taking effect`);
      const ordinals = v.articles.map((a) => a.ordinal);
      if (new Set(ordinals).size !== ordinals.length) problems.push(`${where}: duplicate ordinals`);
      if (ordinals.some((o, i) => i > 0 && o <= ordinals[i - 1]!))
        problems.push(`${where}: articles out of order`);
      for (const a of v.articles)
        if (a.number !== `第${articleNumeral(a.ordinal)}条`)
          problems.push(`${where}: ${a.number} ≠ ordinal ${a.ordinal}`);
    }
    expect(problems).toEqual([]);
  });

  it('every citation resolves to an entered article of the version in force', () => {
    const problems = allRefs()
      .map(({ where, ref }) => ({ where, problem: refProblem(ref) }))
      .filter((p) => p.problem !== null)
      .map((p) => `${p.where}: ${p.problem}`);
    expect(problems).toEqual([]);
  });

  it('codes are unique within each list', () => {
    const lists: Record<string, { code: string }[]> = {
      items: C.items,
      benchmarks: C.benchmarks,
      inspectionItems: C.inspectionItems,
      avList: C.avList,
      reviewRules: C.reviewRules,
      serviceGuides: C.serviceGuides,
      complaintChannels: C.complaintChannels,
    };
    for (const [name, list] of Object.entries(lists))
      expect(new Set(list.map((x) => x.code)).size, name).toBe(list.length);
    const versions = C.laws.map((v) => `${v.code}@${v.effectiveOn}`);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('items and benchmarks are linked both ways', () => {
    const codes = new Set(C.benchmarks.map((b) => b.code));
    for (const i of C.items) {
      if (i.category === 'penalty') expect(i.benchmarkCode, i.code).not.toBeNull();
      if (i.benchmarkCode !== null)
        expect(codes.has(i.benchmarkCode), `${i.code} → ${i.benchmarkCode}`).toBe(true);
    }
    const used = new Set(C.items.map((i) => i.benchmarkCode));
    expect(C.benchmarks.filter((b) => !used.has(b.code)).map((b) => b.code)).toEqual([]);
  });

  it('benchmark ranges are sound, ordered and inside the statutory range', () => {
    const problems: string[] = [];
    for (const b of C.benchmarks) {
      problems.push(...validateBenchmark(b).map((p) => `${b.code}: ${p}`));
      const order = b.tiers.map((t) => TIERS.indexOf(t.tier));
      if (order.some((o, i) => i > 0 && o <= order[i - 1]!)) problems.push(`${b.code}: tiers out of order`);
      for (const t of b.tiers) {
        const f = t.fine;
        if (f?.kind === 'fixed' && f.minFen > f.maxFen) problems.push(`${b.code}/${t.tier}: minFen > maxFen`);
        if (f?.kind === 'multiple') {
          if (f.minMultiple > f.maxMultiple) problems.push(`${b.code}/${t.tier}: minMultiple > maxMultiple`);
          if (f.fallback && f.fallback.minFen > f.fallback.maxFen)
            problems.push(`${b.code}/${t.tier}: fallback min > max`);
        }
        if (t.conditions.length === 0) problems.push(`${b.code}/${t.tier}: no conditions`);
      }
      const graded = (['lighter', 'general', 'heavier'] as const).filter((t) =>
        b.tiers.some((x) => x.tier === t),
      );
      for (let i = 1; i < graded.length; i++) {
        const lo = b.tiers.find((x) => x.tier === graded[i - 1])!.fine;
        const hi = b.tiers.find((x) => x.tier === graded[i])!.fine;
        const a = fixedOf(b, graded[i - 1]!);
        const c = fixedOf(b, graded[i]!);
        if (a && c && (c.minFen < a.minFen || c.maxFen < a.maxFen))
          problems.push(`${b.code}: ${graded[i]} range below ${graded[i - 1]}`);
        if (
          lo?.kind === 'multiple' &&
          hi?.kind === 'multiple' &&
          (hi.minMultiple < lo.minMultiple || hi.maxMultiple < lo.maxMultiple)
        )
          problems.push(`${b.code}: ${graded[i]} multiples below ${graded[i - 1]}`);
      }
      problems.push(...envelopeProblems(b));
    }
    expect(problems).toEqual([]);
  });

  it('service guide procedures form a connected flowchart for a licensing item', () => {
    for (const g of C.serviceGuides) {
      const item = C.items.find((i) => i.code === g.itemCode);
      expect(item?.category, g.code).toBe('licensing');
      const ids = new Set(g.steps.map((s) => s.id));
      for (const s of g.steps)
        for (const n of s.next) expect(ids.has(n), `${g.code}: ${s.id} → ${n}`).toBe(true);
      expect(
        g.steps.some((s) => s.next.length === 0),
        g.code,
      ).toBe(true);
      for (const s of g.steps) expect(s.name.length, s.id).toBeLessThanOrEqual(50);
    }
  });

  it('every entry passes the catalogue data schemas', () => {
    for (const i of C.items) expect(itemData.safeParse(i).success, i.code).toBe(true);
    for (const b of C.benchmarks) expect(benchmarkData.safeParse(b).success, b.code).toBe(true);
    for (const s of C.inspectionItems) expect(inspectionItemData.safeParse(s).success, s.code).toBe(true);
    for (const a of C.avList) expect(avRuleData.safeParse(a).success, a.code).toBe(true);
    for (const r of C.reviewRules)
      expect(
        reviewRuleData.safeParse({ name: r.description, basis: r.basis, conditions: r.conditions }).success,
        r.code,
      ).toBe(true);
    for (const g of C.serviceGuides) expect(serviceGuideData.safeParse(g).success, g.code).toBe(true);
    for (const c of C.complaintChannels) expect(complaintChannelData.safeParse(c).success, c.code).toBe(true);
    for (const v of C.laws) {
      const parsed = legalDocumentInput.safeParse({ ...v, reason: '演示数据' });
      expect(
        parsed.success,
        `${v.code}@${v.effectiveOn}: ${parsed.error?.issues.map((x) => x.message).join('; ')}`,
      ).toBe(true);
    }
  });

  it('lists the articles that need checking against the official text', () => {
    const marked = C.laws.flatMap((v) =>
      v.articles.filter((a) => a.needsReview).map((a) => `《${v.title}》（${v.effectiveOn}）${a.number}`),
    );
    const empty = C.laws
      .filter((v) => v.repealedOn === null && v.articles.length === 0)
      .map((v) => `《${v.title}》（${v.effectiveOn}施行）：条文未录入`);
    console.log(`needsReview (${marked.length}):\n  ${[...marked, ...empty].join('\n  ')}`);
    expect(marked.length).toBeGreaterThan(0);
  });
});
