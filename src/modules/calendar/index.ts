// C3: the working-day calendar's HTTP surface (the public deadline calculator and the holiday override
// table). The calendar itself — its rules, table and service — is platform/calendar, used by cases too.
import { calendarLedger } from '../../platform/calendar/events.ts';
import type { CalendarService } from '../../platform/calendar/service.ts';
import type { ModuleDescriptor } from '../../platform/module.ts';

export const calendarModule: ModuleDescriptor<{ calendar: CalendarService }> = {
  name: 'calendar',
  events: calendarLedger,
  routes: async (app, { calendar }) => {
    const { calendarRoutes } = await import('./routes.ts');
    calendarRoutes(app, calendar);
  },
};
