// Loads the demo catalogue (./demo) for the demo body: national legal documents and the body's lists,
// each entry as version 1 with reason "初始导入", then the later versions with their dates and reasons.
// Entries go through the same data schemas as an edit.
import { withTx, type Actor, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { DEMO_CATALOGUE } from './demo/index.ts';
import * as repo from './repo.ts';
import { CATALOG_KINDS, entryName, type CatalogKind } from './types.ts';

type Entry = [CatalogKind, { code: string }];

function entriesOf(): Entry[] {
  const c = DEMO_CATALOGUE;
  const of = (kind: CatalogKind, list: readonly { code: string }[]) => list.map((e): Entry => [kind, e]);
  return [
    ...of('benchmark', c.benchmarks),
    ...of('item', c.items),
    ...of('inspection_item', c.inspectionItems),
    ...of('av_rule', c.avList),
    // A review rule's description is what the catalogue stores as its name.
    ...of(
      'review_rule',
      c.reviewRules.map((r) => ({ ...r, name: r.description })),
    ),
    ...of('service_guide', c.serviceGuides),
    ...of('complaint_channel', c.complaintChannels),
  ];
}

export async function seedDemoCatalogue(db: Db, ledger: Ledger, ctx: Ctx<Actor>, bodyId: string) {
  await withTx(ctx, db, async (tctx) => {
    const { tx } = tctx;
    const versions = new Map<string, number>();
    for (const law of DEMO_CATALOGUE.laws) {
      const version = (versions.get(law.code) ?? 0) + 1;
      versions.set(law.code, version);
      const { articles, ...doc } = law;
      await repo.insertLegalDocument(
        tx,
        { ...doc, bodyId: null, version, reason: '初始导入', authorName: ctx.actor.name },
        articles.map((a) => ({ ...a, needsReview: a.needsReview ?? false })),
      );
    }
    const entryVersions = new Map<string, number>();
    const later = DEMO_CATALOGUE.laterVersions.map((v): [CatalogKind, { code: string }, string, string] => [
      v.kind,
      v.entry,
      v.effectiveFrom,
      v.reason,
    ]);
    const base = entriesOf().map(([kind, entry]): [CatalogKind, { code: string }, string, string] => [
      kind,
      entry,
      DEMO_CATALOGUE.start,
      '初始导入',
    ]);
    for (const [kind, entry, effectiveFrom, reason] of [...base, ...later]) {
      const { code, ...raw } = entry;
      const data = CATALOG_KINDS[kind].data.parse(raw) as Record<string, unknown>;
      const version = (entryVersions.get(`${kind}/${code}`) ?? 0) + 1;
      entryVersions.set(`${kind}/${code}`, version);
      await repo.insertEntry(tx, {
        bodyId,
        kind,
        code,
        version,
        name: entryName(kind, data),
        effectiveFrom,
        data,
        reason,
        authorName: ctx.actor.name,
      });
    }
    const counts = await repo.countCatalogue(tx);
    await ledger.append(tctx, {
      action: 'catalog.demo_seeded',
      entityType: 'catalog',
      bodyId,
      payload: counts ?? {},
    });
  });
}
