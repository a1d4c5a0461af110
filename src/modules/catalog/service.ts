// B1–B8 use cases over the generic versioned store: list what is in force on a date, keep every version
// with reason and author, check that every cited article exists, evaluate discretion benchmarks. It
// extends the legal library (legal-library.ts: versions of laws and their citations), which it checks
// every entry's citations against, so callers reach both through the one service.
import { dbOf, today, withTx, type Actor, type Ctx } from '../../platform/context.ts';
import {
  AppError,
  badRequest,
  conflict,
  notFound,
  pgErrorOf,
  unprocessable,
} from '../../platform/http/errors.ts';
import type {
  ArticleRef,
  CaseFacts,
  DecisionFacts,
  DiscretionBenchmark,
  ProposedPenalty,
  ReviewRule,
  Tier,
} from './model.ts';
import * as repo from './repo.ts';
import { checkProposal, DiscretionError, evaluateBenchmark } from './rules/discretion.ts';
import { validateBenchmark } from './rules/benchmark-validation.ts';
import { competenceRefusal, mayEnforce, type ItemCompetence } from './rules/competence.ts';
import { determineReview } from './rules/determination.ts';
import { DEFAULT_REVIEW_RULES, validateReviewRule } from './rules/review.ts';
import { LegalLibrary } from './legal-library.ts';
import { CATALOG_KINDS, entryName, type CatalogKind } from './types.ts';
import { exportCatalog, importCatalog } from './xlsx.ts';
import { checkEffectiveFrom } from './effective-from.ts';
import { resolveItemBasis, searchItems } from './enforcement-items.ts';

export interface SaveEntry {
  code: string;
  data: unknown;
  effectiveFrom?: string;
  reason: string;
  /** The latest version the editor saw; 0 to create. A stale value is a 409. */
  baseVersion: number;
}

function present(row: repo.EntryRow) {
  return { ...row, data: row.data };
}

export class CatalogService extends LegalLibrary {
  bodyInScope(ctx: Ctx, bodyId?: string) {
    return this.bodyFor(ctx, bodyId);
  }

  /** The body whose catalogue is meant: the given one if in scope, else the caller's own. */
  private async bodyFor(ctx: Ctx, bodyId?: string) {
    return this.bodies.getBodyInScope(ctx, bodyId ?? ctx.actor.bodyId);
  }

  async list(ctx: Ctx, kind: CatalogKind, opts: { bodyId?: string; date?: string; q?: string }) {
    const body = await this.bodyFor(ctx, opts.bodyId);
    const date = opts.date ?? today(ctx);
    return (await repo.entriesInForce(dbOf(ctx, this.db), body.id, kind, date, opts.q)).map(present);
  }

  /** Public reading (portal, E1): the published catalogue of any body, in force today. */
  async listPublic(ctx: Ctx<Actor>, bodyId: string, kind: CatalogKind, q?: string) {
    return (await repo.entriesInForce(dbOf(ctx, this.db), bodyId, kind, today(ctx), q)).map(present);
  }

  /** The bodies that publish a catalogue, for the portal's list of bodies (E1). */
  bodiesPublishing() {
    return repo.unsafeBodiesWithCatalogue(this.db);
  }

  async history(ctx: Ctx, kind: CatalogKind, code: string, bodyId?: string) {
    const body = await this.bodyFor(ctx, bodyId);
    const rows = await repo.entryHistory(dbOf(ctx, this.db), body.id, kind, code);
    if (!rows.length) throw notFound(CATALOG_KINDS[kind].label);
    return rows.map(present);
  }

  async save(ctx: Ctx, kind: CatalogKind, input: SaveEntry & { bodyId?: string; retire?: boolean }) {
    const body = await this.bodyFor(ctx, input.bodyId);
    const latest = await repo.latestVersion(dbOf(ctx, this.db), body.id, kind, input.code);
    if (input.retire && !latest) throw notFound(CATALOG_KINDS[kind].label);
    if ((latest?.version ?? 0) !== input.baseVersion) {
      throw conflict('VERSION_CONFLICT', `该条目已有第 ${latest?.version ?? 0} 版，请刷新后重试`, {
        currentVersion: latest?.version ?? 0,
      });
    }
    const effectiveFrom = input.effectiveFrom ?? today(ctx);
    checkEffectiveFrom(latest, effectiveFrom);
    const data = input.retire
      ? latest!.data
      : await this.validate(ctx, kind, body.id, input.data, effectiveFrom);
    try {
      return await withTx(ctx, this.db, async (tctx) => {
        const row = await repo.insertEntry(tctx.tx, {
          bodyId: body.id,
          kind,
          code: input.code,
          version: input.baseVersion + 1,
          name: entryName(kind, data),
          effectiveFrom,
          retired: input.retire ?? false,
          data,
          reason: input.reason,
          authorId: ctx.actor.id,
          authorName: ctx.actor.name,
        });
        await this.ledger.append(tctx, {
          action: input.retire ? 'catalog.retired' : 'catalog.saved',
          entityType: `catalog.${kind}`,
          entityId: input.code,
          bodyId: body.id,
          payload: { version: row.version, effectiveFrom, reason: input.reason, data },
        });
        return present(row);
      });
    } catch (e) {
      // Two editors saving the same base version at once: the unique (body, kind, code, version) decides.
      if (pgErrorOf(e)?.code === '23505')
        throw conflict('VERSION_CONFLICT', '该条目刚被他人修改，请刷新后重试');
      throw e;
    }
  }

  /** Saves validated entries as new versions in one transaction (an import): all or nothing. */
  async saveMany(
    ctx: Ctx,
    kind: CatalogKind,
    bodyId: string,
    entries: { code: string; data: Record<string, unknown>; effectiveFrom?: string }[],
    reason: string,
    rows: number,
  ) {
    try {
      return await withTx(ctx, this.db, async (tctx) => {
        for (const e of entries) {
          const latest = await repo.latestVersion(tctx.tx, bodyId, kind, e.code);
          await repo.insertEntry(tctx.tx, {
            bodyId,
            kind,
            code: e.code,
            version: (latest?.version ?? 0) + 1,
            name: entryName(kind, e.data),
            effectiveFrom: e.effectiveFrom ?? today(ctx),
            data: e.data,
            reason,
            authorId: ctx.actor.id,
            authorName: ctx.actor.name,
          });
        }
        await this.ledger.append(tctx, {
          action: 'catalog.imported',
          entityType: `catalog.${kind}`,
          bodyId,
          payload: { rows, changed: entries.map((e) => e.code) },
        });
        return { rows, changed: entries.length, unchanged: rows - entries.length };
      });
    } catch (e) {
      if (pgErrorOf(e)?.code === '23505')
        throw conflict('VERSION_CONFLICT', '导入期间清单被他人修改，请重试');
      throw e;
    }
  }

  /** Validates the data of a kind, its cited articles and cross references; returns the parsed data. */
  async validate(
    ctx: Ctx<Actor>,
    kind: CatalogKind,
    bodyId: string,
    raw: unknown,
    effectiveFrom: string = today(ctx),
  ): Promise<Record<string, unknown>> {
    const parsed = CATALOG_KINDS[kind].data.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw badRequest(`字段「data.${issue.path.join('.')}」${issue.message}`, {
        issues: parsed.error.issues.map((i) => ({ field: `data.${i.path.join('.')}`, message: i.message })),
      });
    }
    const data = parsed.data as Record<string, unknown>;
    const problems: string[] = [];
    if (kind === 'benchmark')
      problems.push(...validateBenchmark({ code: 'x', ...(data as Omit<DiscretionBenchmark, 'code'>) }));
    if (kind === 'review_rule')
      problems.push(
        ...validateReviewRule({
          code: 'x',
          description: String(data.name),
          basis: String(data.basis),
          conditions: data.conditions as never,
        }),
      );
    const refList = (v: unknown) => (Array.isArray(v) ? (v as ArticleRef[]) : []); // review rules keep `basis` as text
    const refs = [
      ...refList(data.basis),
      ...refList(data.violatedArticles),
      ...refList(data.penaltyArticles),
      ...refList((data.competence as { basis?: unknown } | null | undefined)?.basis),
    ];
    problems.push(...(await this.missingArticles(ctx, bodyId, refs, effectiveFrom)));
    const benchmarkCode = kind === 'item' ? (data as { benchmarkCode: string | null }).benchmarkCode : null;
    if (benchmarkCode) {
      const found = await repo.entriesInForce(
        dbOf(ctx, this.db),
        bodyId,
        'benchmark',
        '9999-12-31',
        benchmarkCode,
      );
      if (!found.some((b) => b.code === benchmarkCode)) problems.push(`裁量基准「${benchmarkCode}」不存在`);
    }
    if (problems.length) throw unprocessable('RULE_VIOLATION', problems.join('；'), { problems });
    return data;
  }

  /** A catalogue as .xlsx (B1–B8); every export is audited. */
  async export(ctx: Ctx, kind: CatalogKind, bodyId?: string) {
    const file = await exportCatalog(this, ctx, kind, bodyId);
    await this.ledger.record(ctx, {
      action: 'catalog.exported',
      entityType: `catalog.${kind}`,
      bodyId: bodyId ?? ctx.actor.bodyId,
      payload: { bytes: file.length },
    });
    return file;
  }

  /** Imports a catalogue file: changed rows become new versions, all or none (B1–B8). */
  import(ctx: Ctx, kind: CatalogKind, bodyId: string | undefined, file: Buffer) {
    return importCatalog(this, ctx, kind, bodyId, file);
  }

  /**
   * D1: whether a proposed decision needs legal review — 行政处罚法第五十八条 and the discretion benchmark,
   * the body's review catalogue in force on `date` (the default set when the body has not published one)
   * and its 一案一卷一审 option. For the case service, at 调查终结 and again before the decision.
   */
  async reviewFor(ctx: Ctx<Actor>, bodyId: string, facts: DecisionFacts, date: string) {
    const rows = await repo.entriesInForce(dbOf(ctx, this.db), bodyId, 'review_rule', date);
    const rules: ReviewRule[] = rows.length
      ? rows.map((e) => {
          const data = e.data as { name?: string; basis?: string; conditions?: ReviewRule['conditions'] };
          return {
            code: e.code,
            description: data.name ?? e.code,
            basis: data.basis ?? '',
            conditions: data.conditions ?? [],
          };
        })
      : DEFAULT_REVIEW_RULES;
    return determineReview({ rules, facts });
  }

  /** The version of a catalogue entry in force on `date`, else the one in force today (an entry published after the date). */
  async entryFor(ctx: Ctx<Actor>, bodyId: string, kind: CatalogKind, code: string, date: string) {
    const db = dbOf(ctx, this.db);
    for (const on of [date, today(ctx)]) {
      const [entry] = (await repo.entriesInForce(db, bodyId, kind, on, code)).filter((e) => e.code === code);
      if (entry) return entry;
    }
    return undefined;
  }

  /**
   * C5: what a case document cites for an enforcement item — the item's name, the articles violated and
   * the articles the penalty rests on (from its benchmark), as display text. `date` is the violation date
   * (行政处罚法 Art. 37: the law in force when the act was done): the item and benchmark versions in force
   * then, their articles resolved in the law versions in force then. A citation that resolves to no article
   * on that date is left out, never printed as a message.
   */
  async basisForItem(ctx: Ctx<Actor>, bodyId: string, code: string, date: string) {
    const item = await this.entryFor(ctx, bodyId, 'item', code, date);
    if (!item) return null;
    const data = item.data as {
      name: string;
      basis?: ArticleRef[];
      basisText?: string;
      benchmarkCode?: string | null;
    };
    const shown = async (refs: ArticleRef[]) =>
      (await this.citations(ctx, bodyId, refs, date))
        .filter((c) => c.inForce)
        .map((c) => c.display)
        .join('、');
    let violated = data.basis?.length ? await shown(data.basis) : (data.basisText ?? '');
    let penalty = '';
    if (data.benchmarkCode) {
      const bm = await this.entryFor(ctx, bodyId, 'benchmark', data.benchmarkCode, date);
      if (bm) {
        const b = bm.data as Pick<DiscretionBenchmark, 'violatedArticles' | 'penaltyArticles' | 'violation'>;
        if (b.violatedArticles.length) violated = await shown(b.violatedArticles);
        penalty = await shown(b.penaltyArticles);
      }
    }
    // The discretion reasoning is the case's (the tier chosen at 调查终结 and its facts), never the
    // benchmark's internal code.
    return { name: data.name, violated, penalty, discretion: '' };
  }

  /** B1: the item picker — items in force on `date` by name, code or keyword (enforcement-items.ts). */
  searchItems(ctx: Ctx, input: { q?: string; date?: string; category?: string; limit?: number }) {
    return searchItems(this, ctx, { ...input, date: input.date ?? today(ctx), limit: input.limit ?? 20 });
  }

  /** C1: the legal basis a case stores for item `code`, resolved for its violation date. */
  legalBasisFor(ctx: Ctx<Actor>, bodyId: string, code: string, date: string) {
    return resolveItemBasis(this, ctx, bodyId, code, date);
  }

  /**
   * B1/C1: why the body may not register a case under the item on `date` — the item is not in its list
   * then, or the law gives it to departments the body is not (rules/competence.ts) — or null when it may.
   */
  async registrationRefusal(
    ctx: Ctx,
    bodyId: string,
    code: string,
    date: string,
  ): Promise<{ rule: 'ITEM_NOT_LISTED' | 'NOT_COMPETENT'; message: string; citation: string } | null> {
    const db = dbOf(ctx, this.db);
    const [item] = (await repo.entriesInForce(db, bodyId, 'item', date, code)).filter((e) => e.code === code);
    if (!item)
      return {
        rule: 'ITEM_NOT_LISTED',
        message: `执法事项「${code}」不在本机关 ${date} 施行的行政执法事项清单中`,
        citation: '《中华人民共和国行政处罚法》第三十九条',
      };
    const data = item.data as { name: string; competence?: ItemCompetence | null };
    const { authorityKinds } = await this.bodies.getBodyInScope(ctx, bodyId);
    if (mayEnforce(data.competence, authorityKinds)) return null;
    const basis = (await this.citations(ctx, bodyId, data.competence!.basis, date))
      .filter((c) => c.inForce)
      .map((c) => c.display);
    return {
      rule: 'NOT_COMPETENT',
      message: competenceRefusal(data.name, data.competence!, authorityKinds, basis),
      citation: basis.join('、'),
    };
  }

  /** B3 engine over the benchmark in force: the range for a tier, and optionally a check of a proposal. */
  async evaluate(
    ctx: Ctx,
    input: {
      bodyId?: string;
      benchmarkCode: string;
      tier: Tier;
      facts: CaseFacts;
      proposal?: ProposedPenalty;
      date?: string;
    },
  ) {
    const body = await this.bodyFor(ctx, input.bodyId);
    const date = input.date ?? today(ctx);
    const [entry] = (
      await repo.entriesInForce(dbOf(ctx, this.db), body.id, 'benchmark', date, input.benchmarkCode)
    ).filter((e) => e.code === input.benchmarkCode);
    if (!entry) throw notFound('裁量基准');
    const benchmark = { code: entry.code, ...(entry.data as Omit<DiscretionBenchmark, 'code'>) };
    try {
      const evaluation = evaluateBenchmark(benchmark, input.tier, input.facts);
      const check = input.proposal ? checkProposal(benchmark, input.tier, input.facts, input.proposal) : null;
      return {
        benchmark: {
          code: entry.code,
          version: entry.version,
          effectiveFrom: entry.effectiveFrom,
          violation: benchmark.violation,
        },
        evaluation,
        check,
        citations: await this.citations(
          ctx,
          body.id,
          [...benchmark.violatedArticles, ...benchmark.penaltyArticles],
          date,
        ),
      };
    } catch (e) {
      if (e instanceof DiscretionError)
        throw new AppError(422, 'RULE_VIOLATION', e.message, { rule: e.code });
      throw e;
    }
  }
}
