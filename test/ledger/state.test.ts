// C8 `verify-ledger --state`: a case row changed in SQL (its cause, number or kind), or a case row the
// ledger never saw, is named with the field and both values; cases registered through the API have no difference.
// The same for an issued document (number, file hashes) and an evidence item (title, file hash).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { describeDifference, verifyState } from '../../src/platform/ledger/state.ts';
import {
  caseStateDifferences,
  documentStateDifferences,
  evidenceStateDifferences,
} from '../../src/modules/cases/index.ts';
import { demoIds, loginFrom, multipart } from '../api/support.ts';
import { addEvidence, caseInput, createCase, documentsFor } from '../api/cases/case-helpers.ts';

describe('verify-ledger --state (cases)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // Two cases registered as an officer does, through the API.
    const officer = await loginFrom(t, 'officer1');
    const ids = await demoIds(t);
    for (const cause of ['未取得医疗机构执业许可证擅自执业', '使用非卫生技术人员从事医疗卫生技术工作']) {
      const res = await officer.post('/api/v1/cases', caseInput(ids, { cause }));
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(async () => t.close());
  const q = async <T>(text: string, params: unknown[] = []) =>
    (await t.services.database.pool.query(text, params)).rows as T[];
  const check = () => verifyState(t.services.database.db, [caseStateDifferences]);

  it('finds no difference while every case was registered through the service', async () => {
    expect((await q('select id from cases')).length).toBeGreaterThan(0);
    expect(await check()).toEqual([]);
  });

  it('names a case whose cause was changed in SQL, with both values, and nothing else', async () => {
    const [c] = await q<{ id: string; cause: string }>('select id, cause from cases order by id limit 1');
    await q('update cases set cause = $1 where id = $2', ['篡改后的案由', c!.id]);
    try {
      const found = await check();
      expect(found).toEqual([
        { entityType: 'case', entityId: c!.id, field: 'cause', ledger: c!.cause, row: '篡改后的案由' },
      ]);
      expect(describeDifference(found[0]!)).toBe(
        `case ${c!.id} 的 cause：账本记为 ${JSON.stringify(c!.cause)}，当前为 "篡改后的案由"`,
      );
    } finally {
      await q('update cases set cause = $1 where id = $2', [c!.cause, c!.id]);
    }
    expect(await check()).toEqual([]);
  });

  it('names a case row inserted in SQL, which no ledger entry describes', async () => {
    const id = randomUUID();
    // A copy of a case row under a new id, made in SQL (ordinary table: the pool may switch connections).
    const copy = `c_copy_${id.slice(0, 8)}`;
    await q(`create table ${copy} as select * from cases order by id limit 1`);
    await q(`update ${copy} set id = $1, code = code || '-x'`, [id]);
    await q(`insert into cases select * from ${copy}`);
    await q(`drop table ${copy}`);
    try {
      expect((await check()).filter((d) => d.entityId === id)).toEqual([
        { entityType: 'case', entityId: id, field: '', ledger: null, row: expect.stringMatching(/-x$/) },
      ]);
    } finally {
      await q('delete from cases where id = $1', [id]);
    }
  });
});

describe('verify-ledger --state (documents and evidence)', () => {
  let t: TestApp;
  let documentId: string;
  let evidenceId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const officer = await loginFrom(t, 'officer1');
    let c = await createCase(officer, caseInput(await demoIds(t)));
    const [filing] = documentsFor('penalty', { type: 'file' });
    const doc = await officer.post(`/api/v1/cases/${c.id}/documents`, filing);
    expect(doc.statusCode, doc.body).toBe(201);
    documentId = (doc.json() as { id: string }).id;
    c = await addEvidence(officer, c);
    const res = await officer.request({
      method: 'POST',
      url: `/api/v1/cases/${c.id}/evidence/1/file`,
      ...multipart([{ name: 'file', filename: 'a.jpg', contentType: 'image/jpeg', content: 'photo' }]),
    });
    expect(res.statusCode, res.body).toBe(200);
    evidenceId = (await t.services.database.pool.query('select id from case_evidence')).rows[0].id as string;
  });
  afterAll(async () => t.close());
  const q = (text: string, params: unknown[] = []) => t.services.database.pool.query(text, params);
  const check = () =>
    verifyState(t.services.database.db, [
      caseStateDifferences,
      documentStateDifferences,
      evidenceStateDifferences,
    ]);

  it('finds no difference while everything went through the services', async () => {
    expect(await check()).toEqual([]);
  });

  it('names a document whose file hash or number was changed in SQL', async () => {
    const { rows } = await q('select pdf_key, number from case_documents where id = $1', [documentId]);
    await q("update case_documents set pdf_key = $1, number = 'X' where id = $2", [
      '0'.repeat(64),
      documentId,
    ]);
    try {
      expect(await check()).toEqual([
        {
          entityType: 'case_document',
          entityId: documentId,
          field: 'number',
          ledger: rows[0].number,
          row: 'X',
        },
        {
          entityType: 'case_document',
          entityId: documentId,
          field: 'pdfSha256',
          ledger: rows[0].pdf_key,
          row: '0'.repeat(64),
        },
      ]);
    } finally {
      await q('update case_documents set pdf_key = $1, number = $2 where id = $3', [
        rows[0].pdf_key,
        rows[0].number,
        documentId,
      ]);
    }
  });

  it('names an evidence item whose title or file hash was changed in SQL', async () => {
    const { rows } = await q('select title, sha256 from case_evidence where id = $1', [evidenceId]);
    await q("update case_evidence set title = '改', sha256 = $1 where id = $2", ['1'.repeat(64), evidenceId]);
    try {
      expect(await check()).toEqual([
        {
          entityType: 'case_evidence',
          entityId: evidenceId,
          field: 'title',
          ledger: rows[0].title,
          row: '改',
        },
        {
          entityType: 'case_evidence',
          entityId: evidenceId,
          field: 'sha256',
          ledger: rows[0].sha256,
          row: '1'.repeat(64),
        },
      ]);
    } finally {
      await q('update case_evidence set title = $1, sha256 = $2 where id = $3', [
        rows[0].title,
        rows[0].sha256,
        evidenceId,
      ]);
    }
    expect(await check()).toEqual([]);
  });
});
