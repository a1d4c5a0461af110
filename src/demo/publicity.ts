// E3–E8 demo publicity for `npm start` / `sanxiang demo`: the demo decisions' drafts (made by the case
// services' step hook) taken through the real publication services — one published in summary, one in
// redacted full text, one published and withdrawn after a 复议 outcome, and a minor's decision not
// published; the 行政许可 and 行政强制 drafts are left to the publisher's queue.
import type { Ctx } from '../platform/context.ts';
import { idNumberCheckChar } from '../modules/bodies/rules.ts';
import type { DemoKit } from './cases/kit.ts';
import { PERSON } from './cases/parties.ts';

type Item = Awaited<ReturnType<DemoKit['services']['publications']['list']>>[number];

export async function seedDemoPublicity(kit: DemoKit) {
  const { services, users, ago, open } = kit;
  const { publications, publicationLifecycle: lifecycle } = services;
  const publisher = users.publisher1!;
  const chain: [Ctx, 'unit_head' | 'deputy' | 'head'][] = [
    [users.unithead1!, 'unit_head'],
    [users.deputy1!, 'deputy'],
    [users.head1!, 'head'],
  ];
  const version = async (id: string) => (await publications.get(publisher, id)).version;
  const approveAll = async (id: string) => {
    await publications.submit(publisher, id, await version(id));
    for (const [ctx, step] of chain) await publications.approve(ctx, id, await version(id), step);
  };

  // A minor's decision on the spot: not published (E5), with the reason approved.
  const base = '35010220100315123';
  await open(
    {
      cause: '未取得《医疗机构执业许可证》擅自开展医疗美容服务',
      // A penalty names its enforcement item before it is decided (ITEM_MISSING otherwise).
      enforcementItemCode: 'SFWJ-CF-001',
      field: 'medical',
      parties: [{ ...PERSON, name: '陈小雨', idNumber: `${base}${idNumberCheckChar(base)}`, minor: true }],
      place: '示范区和平街 5 号',
      summary: '当事人在出租屋内为他人提供医疗美容服务',
      simple: { decidedOn: ago(4), kinds: ['warning'], fineFen: null },
    },
    4,
  );

  const drafts = await publications.list(publisher, ['draft']);
  const penalties = drafts
    .filter((d: Item) => d.caseKind === 'penalty' && d.intent === 'publish')
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn));
  const minor = drafts.find((d) => d.intent === 'not_publish');
  if (minor) {
    await publications.edit(publisher, minor.id, {
      version: minor.version,
      notPublishedNote: '当事人未满十八周岁，依法不予公开',
    });
    await approveAll(minor.id);
  }
  const [oldest, ...rest] = penalties;
  const full = rest.find((d) => d.fullText !== null);
  const summary = rest.find((d) => d !== full);
  for (const [d, mode] of [
    [summary, 'summary'],
    [full, 'full'],
    [oldest, 'summary'],
  ] as const) {
    // Every demo penalty names its enforcement item, so its 依据 is prefilled; none is invented here.
    if (!d?.summary.legalBasis) continue;
    await publications.edit(publisher, d.id, { version: await version(d.id), mode });
    await approveAll(d.id);
    await lifecycle.publish(publisher, d.id, await version(d.id));
  }
  if (oldest) {
    await lifecycle.recordOutcome(publisher, oldest.caseId, {
      via: 'reconsideration',
      result: 'revoked',
      decidedOn: ago(5),
      note: '复议机关认为原处罚决定认定事实不清，决定撤销',
    });
    await lifecycle.withdraw(publisher, oldest.id, await version(oldest.id), '行政复议决定撤销原处罚决定');
  }
}
