// C3 HTTP: the public deadline calculator and the override table (system administrator).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { trimmedText } from '../../platform/text.ts';
import { badRequest } from '../../platform/http/errors.ts';
import type { CalendarService } from '../../platform/calendar/service.ts';
import { userCtx } from '../access/index.ts';

const date = z.iso.date('日期格式应为 YYYY-MM-DD');
const count = z.coerce.number().int('必须是整数').min(1, '至少为 1').max(3650, '不能超过 3650');

export function calendarRoutes(app: FastifyInstance, calendar: CalendarService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['工作日历'];

  r.get(
    '/api/v1/calendar/deadline',
    {
      config: { access: 'public' },
      schema: {
        refusals: [422],
        tags,
        summary: '计算期限：workingDays=N 为工作日（自次日起算），days=N 为自然日（末日遇节假日顺延）',
        querystring: z.object({ from: date, workingDays: count.optional(), days: count.optional() }),
        response: {
          200: z.object({
            from: z.string(),
            deadline: z.string(),
            kind: z.enum(['working_days', 'calendar_days']),
            n: z.number(),
            nominal: z.string().optional(),
            rolled: z.boolean(),
            skippedNonWorkingDays: z.number().optional(),
            citation: z.string(),
          }),
        },
      },
    },
    async (req) => {
      const { from, workingDays, days } = req.query;
      if ((workingDays === undefined) === (days === undefined))
        throw badRequest('须且只能提供 workingDays 或 days 之一');
      return calendar.deadline(req.ctx, from, workingDays !== undefined ? { workingDays } : { days: days! });
    },
  );

  r.get(
    '/api/v1/calendar/coverage',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '节假日数据覆盖的年份；12 月次年未录入时给出提醒',
        response: {
          200: z.object({
            today: z.string(),
            packageYears: z.array(z.number()),
            enteredYears: z.array(z.object({ year: z.number(), source: z.string() })),
            coveredYears: z.array(z.number()),
            year: z.number(),
            yearCovered: z.boolean(),
            nextYear: z.number(),
            nextYearCovered: z.boolean(),
            warning: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => calendar.coverage(req.ctx),
  );

  r.get(
    '/api/v1/calendar/overrides',
    {
      config: { access: 'calendar.manage' },
      schema: {
        tags,
        summary: '节假日调整列表',
        response: {
          200: z.array(
            z.object({ date: z.string(), kind: z.string(), name: z.string(), reason: z.string() }),
          ),
        },
      },
    },
    async () => calendar.listOverrides(),
  );

  r.post(
    '/api/v1/calendar/overrides',
    {
      config: { access: 'calendar.manage', idempotent: true },
      schema: {
        refusals: [409],
        tags,
        summary: '新增节假日调整（地方假日、更正）',
        body: z.object({
          date,
          kind: z.enum(['holiday', 'workday']),
          name: trimmedText().min(1).max(50),
          reason: trimmedText().min(2).max(500),
        }),
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req, reply) => {
      const ctx = userCtx(req);
      await calendar.addOverride(ctx, ctx.actor.bodyId, req.body);
      return reply.status(201).send({ ok: true as const });
    },
  );

  r.post(
    '/api/v1/calendar/covered-years',
    {
      config: { access: 'calendar.manage' },
      schema: {
        refusals: [409],
        tags,
        summary: '声明某年节假日安排已按国务院通知录入',
        body: z.object({
          year: z.number().int().min(2000).max(2100),
          source: trimmedText().min(2).max(100),
        }),
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req, reply) => {
      const ctx = userCtx(req);
      await calendar.addCoveredYear(ctx, ctx.actor.bodyId, req.body.year, req.body.source);
      return reply.status(201).send({ ok: true as const });
    },
  );
}
