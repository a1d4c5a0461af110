// C8 --state for cases: a case's number, kind and cause are fixed when it is registered and recorded in
// its `case.created` entry; a case row that differs from that entry, or that has none, was written past
// the services (in SQL). The same for what a case holds: an issued document (its case, template, number,
// content SM3 and file hashes, from `case.document_issued`) and an evidence item (type and title from
// `case.evidence_added`; the file's hashes, size and name from `case.evidence_file_attached`).
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { StateDifference } from '../../platform/ledger/state.ts';

const FIXED = ['code', 'kind', 'cause'] as const;

export async function caseStateDifferences(db: Db): Promise<StateDifference[]> {
  const { rows } = await db.execute<{
    id: string;
    code: string;
    kind: string;
    cause: string;
    payload: string | null;
  }>(sql`
    select c.id, c.code, c.kind, c.cause, e.payload
      from cases c
      left join lateral (
        select payload from ledger_entries
         where entity_type = 'case' and entity_id = c.id::text and action = 'case.created'
         order by seq desc limit 1
      ) e on true
     order by c.id`);
  const out: StateDifference[] = [];
  for (const r of rows) {
    if (!r.payload) {
      out.push({ entityType: 'case', entityId: r.id, field: '', ledger: null, row: r.code });
      continue;
    }
    const recorded = JSON.parse(r.payload) as Partial<Record<(typeof FIXED)[number], string>>;
    for (const field of FIXED)
      if (recorded[field] !== r[field])
        out.push({
          entityType: 'case',
          entityId: r.id,
          field,
          ledger: recorded[field] ?? null,
          row: r[field],
        });
  }
  return out;
}

type Fields = Record<string, string | number | null>;

/** Each field of `row` that differs from what the entry recorded under the same name. */
function differing(
  entityType: string,
  entityId: string,
  payload: string | null,
  row: Fields,
): StateDifference[] {
  if (!payload)
    return [{ entityType, entityId, field: '', ledger: null, row: String(Object.values(row)[0]) }];
  const recorded = JSON.parse(payload) as Record<string, unknown>;
  return Object.entries(row).flatMap(([field, value]) => {
    const was = recorded[field];
    const text = (v: unknown): string | null =>
      v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);
    return text(was) === text(value)
      ? []
      : [{ entityType, entityId, field, ledger: text(was), row: text(value) }];
  });
}

export async function documentStateDifferences(db: Db): Promise<StateDifference[]> {
  const { rows } = await db.execute<{
    id: string;
    case_id: string;
    template: string;
    number: string | null;
    content_hash: string;
    pdf_key: string;
    docx_key: string;
    payload: string | null;
  }>(sql`
    select d.id, d.case_id, d.template, d.number, d.content_hash, d.pdf_key, d.docx_key, e.payload
      from case_documents d
      left join lateral (
        select payload from ledger_entries
         where entity_type = 'case_document' and entity_id = d.id::text and action = 'case.document_issued'
         order by seq desc limit 1
      ) e on true
     order by d.id`);
  return rows.flatMap((r) =>
    differing('case_document', r.id, r.payload, {
      caseId: r.case_id,
      template: r.template,
      number: r.number,
      contentHash: r.content_hash,
      pdfSha256: r.pdf_key,
      docxSha256: r.docx_key,
    }),
  );
}

export async function evidenceStateDifferences(db: Db): Promise<StateDifference[]> {
  const { rows } = await db.execute<{
    id: string;
    seq: number;
    type: string;
    title: string;
    sha256: string | null;
    sm3: string | null;
    size: string | null;
    file_name: string | null;
    added: string | null;
    attached: string | null;
  }>(sql`
    select v.id, v.seq, v.type, v.title, v.sha256, v.sm3, v.size::text as size, v.file_name,
           a.payload as added, f.payload as attached
      from case_evidence v
      left join lateral (
        select payload from ledger_entries
         where entity_type = 'case' and entity_id = v.case_id::text and action = 'case.evidence_added'
           and (payload::jsonb ->> 'seq') = v.seq::text
         order by seq desc limit 1
      ) a on true
      left join lateral (
        select payload from ledger_entries
         where entity_type = 'case' and entity_id = v.case_id::text and action = 'case.evidence_file_attached'
           and (payload::jsonb ->> 'seq') = v.seq::text
         order by seq desc limit 1
      ) f on true
     order by v.id`);
  return rows.flatMap((r) => [
    ...differing('case_evidence', r.id, r.added, { seq: r.seq, type: r.type, title: r.title }),
    ...(r.sha256 !== null || r.attached !== null
      ? differing('case_evidence', r.id, r.attached, {
          sha256: r.sha256,
          sm3: r.sm3,
          size: r.size,
          fileName: r.file_name,
        })
      : []),
  ]);
}
