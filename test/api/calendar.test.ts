// C3 over HTTP: the public deadline calculator (working days with 调休, calendar days with rollover),
// refusal of years without holiday data, and the administrator's overrides and covered years. The app
// counts with the pinned notices of 2024–2026 (test/helpers/calendar.ts): 2027 has none, whatever the
// installed chinese-days release ships.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { clientOf, expectError, ledgerCount, loginFrom, sql } from './support.ts';
import { demoDisplayName } from '../helpers/demo.ts';

describe('working-day calendar', () => {
  let t: TestApp;
  let anon: Client;
  let sysadmin: Client;

  beforeAll(async () => {
    t = await createTestApp();
    anon = clientOf(t, null, null);
    sysadmin = await loginFrom(t, 'sysadmin');
  });
  afterAll(async () => t.close());

  const deadline = async (query: string) => {
    const res = await anon.get(`/api/v1/calendar/deadline?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Record<string, unknown>;
  };
  /** Removes the overrides and covered years a test added, so tests stay independent. */
  const cleanUp = async (dates: string[], years: number[] = []) => {
    await sql(t, 'delete from calendar_overrides where date = any($1::date[])', [dates]);
    await sql(t, 'delete from calendar_covered_years where year = any($1::int[])', [years]);
  };

  describe('working days (行政处罚法第八十五条)', () => {
    it('counts 5 working days from 2026-09-28 across 国庆 to the make-up Saturday 2026-10-10', async () => {
      expect(await deadline('from=2026-09-28&workingDays=5')).toEqual({
        from: '2026-09-28',
        deadline: '2026-10-10',
        kind: 'working_days',
        n: 5,
        skippedNonWorkingDays: 7,
        rolled: false,
        citation: '《中华人民共和国行政处罚法》第八十五条',
      });
    });

    it('counts across 2025 春节, including the make-up Sunday 2025-01-26', async () => {
      expect(await deadline('from=2025-01-24&workingDays=3')).toMatchObject({
        deadline: '2025-02-05',
        skippedNonWorkingDays: 9,
      });
      expect(await deadline('from=2025-01-25&workingDays=1')).toMatchObject({
        deadline: '2025-01-26',
        skippedNonWorkingDays: 0,
      });
      expect(await deadline('from=2025-01-27&workingDays=1')).toMatchObject({
        deadline: '2025-02-05',
        skippedNonWorkingDays: 8,
      });
      expect(await deadline('from=2025-02-07&workingDays=1')).toMatchObject({ deadline: '2025-02-08' });
    });

    it('counts across 2025 国庆 (1–8 October) and its make-up days', async () => {
      expect(await deadline('from=2025-09-30&workingDays=1')).toMatchObject({
        deadline: '2025-10-09',
        skippedNonWorkingDays: 8,
      });
      expect(await deadline('from=2025-09-27&workingDays=3')).toMatchObject({
        deadline: '2025-09-30',
        skippedNonWorkingDays: 0,
      });
      expect(await deadline('from=2025-10-10&workingDays=1')).toMatchObject({ deadline: '2025-10-11' });
    });

    it('starts counting from the next day: a Friday plus 1 is the Monday', async () => {
      expect(await deadline('from=2026-11-20&workingDays=1')).toMatchObject({
        deadline: '2026-11-23',
        skippedNonWorkingDays: 2,
      });
    });
  });

  describe('calendar days (民法典第二百零三条)', () => {
    it('rolls a period ending on a holiday to the next working day', async () => {
      expect(await deadline('from=2026-09-28&days=3')).toEqual({
        from: '2026-09-28',
        deadline: '2026-10-08',
        kind: 'calendar_days',
        n: 3,
        nominal: '2026-10-01',
        rolled: true,
        citation: '《中华人民共和国民法典》第二百零三条',
      });
      expect(await deadline('from=2025-01-20&days=8')).toMatchObject({
        nominal: '2025-01-28',
        deadline: '2025-02-05',
        rolled: true,
      });
    });

    it('rolls a period ending on a weekend, and not one ending on a working day', async () => {
      expect(await deadline('from=2026-11-20&days=1')).toMatchObject({
        nominal: '2026-11-21',
        deadline: '2026-11-23',
        rolled: true,
      });
      expect(await deadline('from=2026-10-01&days=7')).toMatchObject({
        nominal: '2026-10-08',
        deadline: '2026-10-08',
        rolled: false,
      });
      expect(await deadline('from=2026-01-01&days=90')).toMatchObject({
        nominal: '2026-04-01',
        deadline: '2026-04-01',
        rolled: false,
      });
    });

    it('does not roll past a make-up working Saturday', async () => {
      expect(await deadline('from=2026-10-03&days=7')).toMatchObject({
        nominal: '2026-10-10',
        deadline: '2026-10-10',
        rolled: false,
      });
    });
  });

  describe('refusals', () => {
    it('refuses 2027, which the pinned notices do not cover, with 422 CALENDAR_NOT_COVERED', async () => {
      for (const query of [
        'from=2027-03-01&workingDays=5',
        'from=2027-03-01&days=5',
        'from=2026-12-28&workingDays=5',
        'from=2026-12-20&days=30',
      ]) {
        const res = await anon.get(`/api/v1/calendar/deadline?${query}`);
        expectError(res, 422, 'CALENDAR_NOT_COVERED');
        expect((res.json() as { details: unknown }).details).toEqual({ year: 2027 });
      }
    });

    it('still computes a 2026 deadline that ends on 31 December', async () => {
      expect(await deadline('from=2026-12-24&workingDays=5')).toMatchObject({ deadline: '2026-12-31' });
    });

    it('needs exactly one of workingDays and days', async () => {
      for (const query of ['from=2026-09-28', 'from=2026-09-28&workingDays=5&days=5']) {
        const res = await anon.get(`/api/v1/calendar/deadline?${query}`);
        expectError(res, 400, 'VALIDATION_FAILED');
        expect((res.json() as { message: string }).message).toBe('须且只能提供 workingDays 或 days 之一');
      }
    });

    it.each([
      'workingDays=5',
      'from=2026-9-28&workingDays=5',
      'from=28/09/2026&workingDays=5',
      'from=2026-02-30&workingDays=5',
      'from=2026-13-01&days=5',
      'from=2026-09-28&workingDays=0',
      'from=2026-09-28&workingDays=-1',
      'from=2026-09-28&workingDays=1.5',
      'from=2026-09-28&workingDays=abc',
      'from=2026-09-28&days=3651',
    ])('refuses %s with 400', async (query) => {
      expectError(await anon.get(`/api/v1/calendar/deadline?${query}`), 400, 'VALIDATION_FAILED');
    });
  });

  describe('overrides (地方假日与更正)', () => {
    it('a local holiday entered by the system administrator moves the deadline', async () => {
      try {
        expect(await deadline('from=2026-11-02&workingDays=1')).toMatchObject({ deadline: '2026-11-03' });
        const count = await ledgerCount(t);
        const res = await sysadmin.post('/api/v1/calendar/overrides', {
          date: '2026-11-03',
          kind: 'holiday',
          name: '地方纪念日',
          reason: '市政府通知',
        });
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json()).toEqual({ ok: true });
        expect(await ledgerCount(t)).toBe(count + 1);
        expect(await deadline('from=2026-11-02&workingDays=1')).toMatchObject({
          deadline: '2026-11-04',
          skippedNonWorkingDays: 1,
        });
        expect(await deadline('from=2026-11-02&days=1')).toMatchObject({
          nominal: '2026-11-03',
          deadline: '2026-11-04',
          rolled: true,
        });
        const list = (await sysadmin.get('/api/v1/calendar/overrides')).json() as { date: string }[];
        expect(list).toContainEqual({
          date: '2026-11-03',
          kind: 'holiday',
          name: '地方纪念日',
          reason: '市政府通知',
        });
      } finally {
        await cleanUp(['2026-11-03']);
      }
    });

    it('shows the administrator’s calendar changes to the auditor (三员分立: the auditor audits the administrator)', async () => {
      try {
        expect(
          (
            await sysadmin.post('/api/v1/calendar/overrides', {
              date: '2026-11-25',
              kind: 'holiday',
              name: '地方假日',
              reason: '审计可见性',
            })
          ).statusCode,
        ).toBe(201);
        const auditor = await loginFrom(t, 'auditor');
        const res = await auditor.get('/api/v1/audit?action=calendar.override_added');
        expect(res.statusCode).toBe(200);
        const items = (res.json() as { items: { actorName: string; entityId: string }[] }).items;
        expect(items.map((i) => [i.actorName, i.entityId])).toContainEqual([
          demoDisplayName('sysadmin'),
          '2026-11-25',
        ]);
      } finally {
        await cleanUp(['2026-11-25']);
      }
    });

    it('a working Saturday entered as an override counts', async () => {
      try {
        expect(
          (
            await sysadmin.post('/api/v1/calendar/overrides', {
              date: '2026-11-14',
              kind: 'workday',
              name: '补班',
              reason: '更正',
            })
          ).statusCode,
        ).toBe(201);
        expect(await deadline('from=2026-11-13&workingDays=1')).toMatchObject({
          deadline: '2026-11-14',
          skippedNonWorkingDays: 0,
        });
      } finally {
        await cleanUp(['2026-11-14']);
      }
    });

    it('refuses a second override of the same date, bad input and other roles, changing nothing', async () => {
      try {
        expect(
          (
            await sysadmin.post('/api/v1/calendar/overrides', {
              date: '2026-11-17',
              kind: 'holiday',
              name: '地方假日',
              reason: '通知',
            })
          ).statusCode,
        ).toBe(201);
        const officer = await loginFrom(t, 'officer1');
        const before = {
          overrides: await sql(t, 'select * from calendar_overrides order by date'),
          ledger: await ledgerCount(t),
        };
        expectError(
          await sysadmin.post('/api/v1/calendar/overrides', {
            date: '2026-11-17',
            kind: 'workday',
            name: '补班',
            reason: '通知',
          }),
          409,
          'DUPLICATE',
        );
        expectError(
          await sysadmin.post('/api/v1/calendar/overrides', {
            date: '2026-11-18',
            kind: 'vacation',
            name: '假',
            reason: '通知',
          }),
          400,
          'VALIDATION_FAILED',
        );
        expectError(
          await sysadmin.post('/api/v1/calendar/overrides', {
            date: '2026-11-31',
            kind: 'holiday',
            name: '假',
            reason: '通知',
          }),
          400,
          'VALIDATION_FAILED',
        );
        expectError(
          await sysadmin.post('/api/v1/calendar/overrides', {
            date: '2026-11-18',
            kind: 'holiday',
            name: '',
            reason: '通知',
          }),
          400,
          'VALIDATION_FAILED',
        );
        expectError(
          await sysadmin.post('/api/v1/calendar/overrides', {
            date: '2026-11-18',
            kind: 'holiday',
            name: '假',
          }),
          400,
          'VALIDATION_FAILED',
        );
        expectError(
          await officer.post('/api/v1/calendar/overrides', {
            date: '2026-11-18',
            kind: 'holiday',
            name: '假',
            reason: '通知',
          }),
          403,
          'FORBIDDEN',
        );
        expectError(
          await anon.post('/api/v1/calendar/overrides', {
            date: '2026-11-18',
            kind: 'holiday',
            name: '假',
            reason: '通知',
          }),
          401,
          'UNAUTHENTICATED',
        );
        expect({
          overrides: await sql(t, 'select * from calendar_overrides order by date'),
          ledger: await ledgerCount(t),
        }).toEqual(before);
      } finally {
        await cleanUp(['2026-11-17', '2026-11-18']);
      }
    });

    it('lets 2027 be computed once the year is declared covered and its notice entered', async () => {
      try {
        expectError(
          await anon.get('/api/v1/calendar/deadline?from=2026-12-31&workingDays=1'),
          422,
          'CALENDAR_NOT_COVERED',
        );
        const res = await sysadmin.post('/api/v1/calendar/covered-years', {
          year: 2027,
          source: '国办发明电〔2026〕1号',
        });
        expect(res.statusCode, res.body).toBe(201);
        // Without overrides the year is plain weekdays: 2027-01-01 is a Friday.
        expect(await deadline('from=2026-12-31&workingDays=1')).toMatchObject({ deadline: '2027-01-01' });
        for (const date of ['2027-01-01', '2027-01-02', '2027-01-03']) {
          expect(
            (
              await sysadmin.post('/api/v1/calendar/overrides', {
                date,
                kind: 'holiday',
                name: '元旦',
                reason: '国办发明电〔2026〕1号',
              })
            ).statusCode,
          ).toBe(201);
        }
        expect(
          (
            await sysadmin.post('/api/v1/calendar/overrides', {
              date: '2027-01-09',
              kind: 'workday',
              name: '元旦补班',
              reason: '国办发明电〔2026〕1号',
            })
          ).statusCode,
        ).toBe(201);
        expect(await deadline('from=2026-12-31&workingDays=1')).toMatchObject({
          deadline: '2027-01-04',
          skippedNonWorkingDays: 3,
        });
        expect(await deadline('from=2027-01-04&workingDays=5')).toMatchObject({ deadline: '2027-01-09' });
        expect(await deadline('from=2026-12-30&days=2')).toMatchObject({
          nominal: '2027-01-01',
          deadline: '2027-01-04',
          rolled: true,
        });
        // 2028 is still refused.
        expectError(
          await anon.get('/api/v1/calendar/deadline?from=2027-12-28&workingDays=5'),
          422,
          'CALENDAR_NOT_COVERED',
        );
        // Declaring the same year twice is a duplicate.
        expectError(
          await sysadmin.post('/api/v1/calendar/covered-years', { year: 2027, source: '重复' }),
          409,
          'DUPLICATE',
        );
        expectError(
          await sysadmin.post('/api/v1/calendar/covered-years', { year: 1999, source: '太早' }),
          400,
          'VALIDATION_FAILED',
        );
      } finally {
        await cleanUp(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-09'], [2027]);
      }
    });
  });

  describe('coverage (GET /api/v1/calendar/coverage)', () => {
    it('tells every signed-in user the covered years and, at TEST_NOW (December), warns that 2027 is missing', async () => {
      const officer = await loginFrom(t, 'officer1');
      const res = await officer.get('/api/v1/calendar/coverage');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        today: '2026-12-07',
        packageYears: [2024, 2025, 2026],
        enteredYears: [],
        coveredYears: [2024, 2025, 2026],
        year: 2026,
        yearCovered: true,
        nextYear: 2027,
        nextYearCovered: false,
        warning:
          '2027 年的节假日数据尚未录入：跨入 2027 年的期限将标记为“暂定”。请在国务院办公厅发布 2027 年部分节假日安排的通知后，' +
          '由系统管理员在“工作日计算”页按通知逐日录入放假日和调休上班日，再声明 2027 年已录入。',
      });
      expectError(await anon.get('/api/v1/calendar/coverage'), 401, 'UNAUTHENTICATED');
    });

    it('is quiet once 2027 is declared entered, and warns again if it is removed', async () => {
      try {
        const res = await sysadmin.post('/api/v1/calendar/covered-years', {
          year: 2027,
          source: '国办发明电〔2026〕9号',
        });
        expect(res.statusCode, res.body).toBe(201);
        expect((await sysadmin.get('/api/v1/calendar/coverage')).json()).toMatchObject({
          enteredYears: [{ year: 2027, source: '国办发明电〔2026〕9号' }],
          coveredYears: [2024, 2025, 2026, 2027],
          nextYearCovered: true,
          warning: null,
        });
      } finally {
        await cleanUp([], [2027]);
      }
      expect((await sysadmin.get('/api/v1/calendar/coverage')).json()).toMatchObject({
        nextYearCovered: false,
        warning: expect.stringMatching(/^2027 年的节假日数据尚未录入/) as unknown,
      });
    });
  });
});
