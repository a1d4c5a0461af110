// C3 the ledger events of the working-day calendar: a body's own holidays and make-up workdays, and the
// years whose State Council notice has been entered.
import { z } from 'zod';
import { lines } from '../ledger/details.ts';
import { defineEvents, type ModuleEvents, type PayloadsOf } from '../ledger/events.ts';

const DAY_KINDS = { holiday: '放假', workday: '调休上班' } as const;

export const calendarEvents = defineEvents({
  'calendar.override_added': {
    label: '调整节假日',
    domain: 'C3',
    payload: z.object({
      date: z.string(),
      kind: z.enum(['holiday', 'workday']),
      name: z.string(),
      reason: z.string(),
    }),
    details: (p) =>
      lines(['日期', p.date], ['调整为', DAY_KINDS[p.kind]], ['名称', p.name], ['理由', p.reason]),
  },
  'calendar.year_covered': {
    label: '录入年度节假日',
    domain: 'C3',
    payload: z.object({ year: z.number(), source: z.string() }),
    details: (p) => lines(['年度', p.year], ['依据', p.source]),
  },
});

declare module '../ledger/events.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by its heritage
  interface LedgerEventMap extends PayloadsOf<typeof calendarEvents> {}
}

export const calendarLedger: ModuleEvents = {
  events: calendarEvents,
  entities: { calendar: { label: '工作日历' } },
};
