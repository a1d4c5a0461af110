// `/open-data/decisions.csv`, `/open-data/decisions.json`, `/feeds/decisions.atom` — E10/E12 the published
// decisions for other platforms: the same redacted summaries the portal shows, nothing withdrawn or
// expired. The CSV is written by fast-csv (with a BOM, so spreadsheet programs read the Chinese).
import { writeToString } from '@fast-csv/format';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services.ts';
import { html } from '../html.ts';

const COLUMNS = [
  ['id', '编号'],
  ['documentNumber', '决定书文号'],
  ['bodyName', '执法机关'],
  ['partyName', '当事人'],
  ['category', '执法类别'],
  ['cause', '案由'],
  ['legalBasis', '法律依据'],
  ['conclusion', '处理结果'],
  ['decidedOn', '决定日期'],
  ['publishedOn', '公开日期'],
  ['url', '网址'],
] as const;

async function rows(services: Services, base: string) {
  return (await services.publicPublications.all()).map((d) => ({
    id: d.id,
    ...d.summary,
    publishedOn: d.publishedOn,
    updatedAt: d.updatedAt,
    url: `${base}/decisions/${d.id}`,
  }));
}

const baseOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

export function decisionsCsv(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const data = await rows(services, baseOf(req));
    const csv = await writeToString(
      data.map((r) => COLUMNS.map(([k]) => String(r[k] ?? ''))),
      { headers: COLUMNS.map(([, label]) => label), writeBOM: true },
    );
    return reply
      .header('cache-control', 'public, max-age=300')
      .header('content-disposition', 'attachment; filename="decisions.csv"')
      .type('text/csv; charset=utf-8')
      .send(csv);
  };
}

export function decisionsJson(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const data = await rows(services, baseOf(req));
    return reply
      .header('cache-control', 'public, max-age=300')
      .type('application/json; charset=utf-8')
      .send({ count: data.length, items: data });
  };
}

export function decisionsAtom(services: Services) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const base = baseOf(req);
    const data = (await rows(services, base)).slice(0, 100);
    const updated = data.reduce((a, d) => (d.updatedAt > a ? d.updatedAt : a), '1970-01-01T00:00:00Z');
    const iso = (s: string) => new Date(s).toISOString();
    const xml = html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>执法决定公开</title>
  <id>${base}/decisions</id>
  <link rel="alternate" href="${base}/decisions"/>
  <link rel="self" href="${base}/feeds/decisions.atom"/>
  <updated>${iso(updated)}</updated>
  ${data.map(
    (d) => html`<entry>
    <title>${d.documentNumber || d.cause}</title>
    <id>urn:uuid:${d.id}</id>
    <link rel="alternate" href="${d.url}"/>
    <updated>${iso(d.updatedAt)}</updated>
    <author><name>${d.bodyName}</name></author>
    <summary>${d.category}：${d.partyName}，${d.cause}，${d.conclusion}（${d.decidedOn}）</summary>
  </entry>`,
  )}
</feed>`;
    return reply
      .header('cache-control', 'public, max-age=300')
      .type('application/atom+xml; charset=utf-8')
      .send(xml.toString());
  };
}
