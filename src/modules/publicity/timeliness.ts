// E3/E8 "due soon": within two working days on the body's calendar (the warning case deadlines give).
import type { WorkingCalendar } from '../../platform/calendar/rules.ts';

const SOON_WORKING_DAYS = 2;

export function soonUntil(calendar: WorkingCalendar, day: string): string {
  try {
    return calendar.addWorkingDays(day, SOON_WORKING_DAYS).deadline;
  } catch {
    // A year without calendar data: count calendar days instead of failing a list.
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + SOON_WORKING_DAYS + 2);
    return d.toISOString().slice(0, 10);
  }
}
