// C6 the facts the compliance rules read from a case: its on-site activities (steps of the B5 list, with
// the entry in force) and the registration deadline of a recording (2 working days, Wanzhou Art. 21).
import type { CalendarService } from '../../platform/calendar/service.ts';
import type { Ctx } from '../../platform/context.ts';
import { activityOfStep } from './activities.ts';
import type { ActivityFact } from './compliance.ts';

interface CasePage {
  kind: string;
  timeline: readonly { action: string; legalDate: string }[];
}

interface AvRuleEntry {
  code: string;
  data: unknown;
}

interface AvRuleData {
  name: string;
  requirement: 'full' | 'as_needed';
  documents?: string[];
}

/** The case's steps that are activities of the body's 音像记录事项清单, in the order taken. */
export function caseActivities(page: CasePage, rules: readonly AvRuleEntry[]): ActivityFact[] {
  const byCode = new Map(rules.map((r) => [r.code, r.data as AvRuleData]));
  return page.timeline.flatMap((step) => {
    const code = activityOfStep(page.kind, step.action);
    const rule = code ? byCode.get(code) : undefined;
    if (!code || !rule) return [];
    return [
      {
        code,
        name: rule.name,
        requirement: rule.requirement,
        on: step.legalDate,
        documents: rule.documents ?? [],
      },
    ];
  });
}

/**
 * The last day a recording that ended on `day` may be registered: 2 working days on. In a year without
 * holiday data the working days cannot be counted: no deadline (nothing is flagged late on a guess).
 */
export async function registrationDeadline(
  calendar: CalendarService,
  ctx: Ctx,
  day: string,
): Promise<string> {
  const cal = await calendar.calendar(ctx);
  try {
    return cal.addWorkingDays(day, 2).deadline;
  } catch {
    return '9999-12-31';
  }
}
