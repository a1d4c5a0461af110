// C8 `verify-ledger --state`: a case row changed in SQL (its cause, number or kind), or a case row the
// ledger never saw, is named with the field and both values; cases registered through the API have no difference.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { describeDifference, verifyState } from '../../src/platform/ledger/state.ts';
import { caseStateDifferences } from '../../src/modules/cases/index.ts';
import { demoIds, loginFrom } from '../api/support.ts';
import { caseInput } from '../api/cases/case-helpers.ts';

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
