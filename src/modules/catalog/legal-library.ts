// B2 the legal library: every version of the laws, regulations and local documents a body may cite, with
// their articles; resolving a citation to the version in force on a date; adding a new version. The
// catalogue service builds on it (service.ts), since every catalogue entry's citations are checked here.
import { dbOf, withTx, type Actor, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { badRequest, conflict, forbidden, pgErrorOf } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import type { BodiesService } from '../bodies/index.ts';
import type { ArticleRef, LegalDocumentVersion } from './model.ts';
import * as repo from './repo.ts';
import { resolveCitation } from './rules/versions.ts';
import type { z } from 'zod';
import type { legalDocumentInput } from './types.ts';

export class LegalLibrary {
  constructor(
    protected readonly db: Db,
    protected readonly ledger: Ledger,
    protected readonly bodies: BodiesService,
  ) {}

  /** Citations must name an article of the version in force when the entry takes effect. */
  protected async missingArticles(
    ctx: Ctx<Actor>,
    bodyId: string,
    refs: ArticleRef[],
    date: string,
  ): Promise<string[]> {
    if (!refs.length) return [];
    const versions = await this.legalVersions(ctx, bodyId, [...new Set(refs.map((r) => r.law))]);
    return refs.flatMap((ref) => {
      const docs = versions.filter((v) => v.code === ref.law);
      if (!docs.length) return [`法律文件「${ref.law}」不在法律依据库中`];
      const r = resolveCitation(ref, docs, date);
      if (r.ok && r.inForce) return [];
      const title = docs.at(-1)!.title;
      if (r.ok) return [`《${r.title}》在 ${date} 已失效`];
      if (r.code !== 'ARTICLE_NOT_FOUND') return [r.message];
      return docs.some((d) => d.articles.some((a) => a.ordinal === ref.article))
        ? [`《${title}》在 ${date} 施行的版本中没有第 ${ref.article} 条（该条只见于其他版本）`]
        : [`《${title}》没有第 ${ref.article} 条`];
    });
  }

  /** Every version of the named documents visible to the body, with articles (B2). */
  async legalVersions(
    ctx: Ctx<Actor>,
    bodyId: string,
    codes?: string[],
  ): Promise<(LegalDocumentVersion & { id: string; version: number; bodyId: string | null })[]> {
    const db = dbOf(ctx, this.db);
    const docs = await repo.legalDocumentVersions(db, [bodyId], codes);
    const articles = await repo.articlesOf(
      db,
      docs.map((d) => d.id),
    );
    return docs.map((d) => ({
      ...d,
      level: d.level as LegalDocumentVersion['level'],
      articles: articles
        .filter((a) => a.documentId === d.id)
        .map(({ ordinal, number, text, needsReview }) => ({ ordinal, number, text, needsReview })),
    }));
  }

  async citations(ctx: Ctx<Actor>, bodyId: string, refs: ArticleRef[], date: string) {
    const versions = await this.legalVersions(ctx, bodyId, [...new Set(refs.map((r) => r.law))]);
    return refs.map((ref) => {
      const r = resolveCitation(
        ref,
        versions.filter((v) => v.code === ref.law),
        date,
      );
      return r.ok
        ? {
            ref,
            display: r.display,
            text: r.article.text,
            versionNote: r.versionNote,
            inForce: r.inForce,
            needsReview: r.article.needsReview ?? false,
          }
        : { ref, display: r.message, text: '', versionNote: '', inForce: false, needsReview: false };
    });
  }

  async addLegalDocument(ctx: Ctx, input: z.output<typeof legalDocumentInput> & { national: boolean }) {
    if (input.effectiveOn < input.promulgatedOn)
      throw badRequest('施行日期不能早于公布日期', { field: 'effectiveOn' });
    if (input.repealedOn && input.repealedOn <= input.effectiveOn)
      throw badRequest('废止日期必须晚于施行日期', { field: 'repealedOn' });
    const { actor } = ctx;
    if (input.national && (await this.bodies.getBodyInScope(ctx, actor.bodyId)).parentId) {
      throw forbidden('全国通用的法律文件只能由省级（顶级）机关维护；本机关可录入地方性文件');
    }
    const latest = await repo.latestLegalVersion(dbOf(ctx, this.db), input.code);
    if (latest && latest.bodyId !== (input.national ? null : actor.bodyId))
      throw conflict('DUPLICATE', `代码 ${input.code} 已被其他机关的法律文件使用`);
    const { articles, reason, national, ...doc } = input;
    try {
      return await withTx(ctx, this.db, async (tctx) => {
        const row = await repo.insertLegalDocument(
          tctx.tx,
          {
            ...doc,
            bodyId: national ? null : actor.bodyId,
            version: (latest?.version ?? 0) + 1,
            reason,
            authorName: actor.name,
          },
          articles,
        );
        await this.ledger.append(tctx, {
          action: 'legal_document.saved',
          entityType: 'legal_document',
          entityId: row.id,
          bodyId: actor.bodyId,
          payload: {
            code: row.code,
            version: row.version,
            title: row.title,
            articles: articles.length,
            reason,
          },
        });
        return row;
      });
    } catch (e) {
      if (pgErrorOf(e)?.code === '23505')
        throw conflict('VERSION_CONFLICT', '该法律文件刚被他人修改，请刷新后重试');
      throw e;
    }
  }
}
