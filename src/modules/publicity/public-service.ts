// E10 published decisions for the public portal, its open data and feed: no login, redacted content only.
// A withdrawn or expired item answers with a notice in words from the recorded outcome — never the
// staff's free-text reason, which could name a person.
import type { Db } from '../../platform/db/client.ts';
import * as repo from './public-repo.ts';
import { OUTCOME_RESULTS, OUTCOME_VIA, type OutcomeResult, type OutcomeVia } from './rules/status.ts';
import type { Summary } from './rules/summary.ts';

export type PublicQuery = repo.PublicQuery;

type Row = Awaited<ReturnType<typeof repo.findShown>> & object;

export interface PublicDecision {
  id: string;
  bodyId: string;
  bodyName: string;
  summary: Summary;
  /** The redacted decision, when it was published in full. */
  fullText: string | null;
  decidedOn: string;
  publishedOn: string | null;
  updatedAt: string;
  /** Set when the item is no longer shown: why, in words. */
  notice: string | null;
}

function noticeOf(r: Row): string | null {
  if (r.status === 'published') {
    const portal = (r.channels as { channel: string; removedOn: string | null }[]).find(
      (c) => c.channel === 'portal',
    );
    return portal?.removedOn ? `该信息公示期已满，已于 ${portal.removedOn} 撤下。` : null;
  }
  if (r.status === 'expired') return '该信息公示期已满，已撤下。';
  const o = r.outcome as { via: OutcomeVia; result: OutcomeResult } | null;
  const why = o
    ? `经${OUTCOME_VIA[o.via]}，原执法决定被${OUTCOME_RESULTS[o.result]}`
    : '原执法决定已变更、撤销或被确认违法';
  return `该信息已于 ${r.withdrawnOn ?? ''} 撤回：${why}。`;
}

function present(r: Row): PublicDecision {
  const notice = noticeOf(r);
  return {
    id: r.id,
    bodyId: r.bodyId,
    bodyName: r.bodyName,
    summary: r.summary as Summary,
    fullText: notice === null && r.mode === 'full' ? r.fullText : null,
    decidedOn: r.decidedOn,
    publishedOn: r.publishedOn,
    updatedAt: r.updatedAt,
    notice,
  };
}

export class PublicPublications {
  constructor(private readonly db: Db) {}

  async search(q: PublicQuery) {
    const { rows, total } = await repo.searchPublished(this.db, q);
    return { items: rows.map(present), total };
  }

  async find(id: string): Promise<PublicDecision | null> {
    const row = await repo.findShown(this.db, id);
    if (!row) return null;
    const p = present(row);
    // A withdrawn or expired item keeps only what identifies the notice: no summary of the decision.
    return p.notice ? { ...p, summary: { ...p.summary, cause: '', conclusion: '', legalBasis: '' } } : p;
  }

  async all(limit = 10_000) {
    return (await repo.allPublished(this.db, limit)).map(present);
  }

  bodies() {
    return repo.publishingBodies(this.db);
  }
}
