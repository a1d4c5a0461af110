// E7: how long a published decision stays up, per channel, counted from the decision date.
// - The body's own portal: penalty results at most 5 years; a minor case (little harm, minor, corrected
//   at once) shorter, but at least 1 year (the seeds). Other decisions have no maximum there.
// - The credit channel (信用中国 and the provincial credit platforms): 《信用修复管理办法》(国家发展改革委令
//   第36号, in force 2026-04-01, replacing 令第58号): 轻微 not published (at most 3 months where a sector
//   rule requires it), 一般 at least 3 months and at most 1 year, 严重 at least 1 year and at most 3 years; a
//   credit repair granted after the minimum ends the credit publicity.
// Periods of months and years end on the corresponding day (民法典第二百零二条, dayjs clamps to the
// month's last day the way that article does). The rule is data: a new version is a new row.
import dayjs from 'dayjs';

export type Channel = 'portal' | 'credit';
export type CreditSeverity = 'minor' | 'general' | 'serious';

interface Period {
  months: number;
}

export interface DisplayRule {
  channel: Channel;
  /** The first decision date the rule governs. */
  effectiveFrom: string;
  citation: string;
}

const PORTAL_RULE: DisplayRule & { max: Period; minorMin: Period } = {
  channel: 'portal',
  effectiveFrom: '2019-01-01',
  max: { months: 60 },
  minorMin: { months: 12 },
  citation:
    '《浙江省全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案》（浙政办发〔2019〕20号）“加强事后公开”；浙卫办发函〔2019〕18号 二、（一）3',
};

// The report of 令第36号 used here gives the periods by class; the article numbers were not available to
// check, so the citation names the regulation without an article.
const CREDIT_RULE: DisplayRule & {
  periods: Record<CreditSeverity, { min: Period; max: Period } | null>;
  minorWhereRequired: Period;
} = {
  channel: 'credit',
  effectiveFrom: '2026-04-01',
  periods: {
    minor: null,
    general: { min: { months: 3 }, max: { months: 12 } },
    serious: { min: { months: 12 }, max: { months: 36 } },
  },
  minorWhereRequired: { months: 3 },
  citation: '《信用修复管理办法》（国家发展改革委令第36号，2026年4月1日起施行）',
};

const plus = (date: string, p: Period) => dayjs(date).add(p.months, 'month').format('YYYY-MM-DD');

export type DisplayWindow =
  | {
      published: true;
      channel: Channel;
      from: string;
      /** Not to be taken down before this day (credit repair included). */
      minUntil: string | null;
      /** The last day on display; null: no maximum. */
      until: string | null;
      citation: string;
    }
  | { published: false; channel: Channel; reason: string; citation: string };

export interface PortalFacts {
  /** A 行政处罚 result (the 5-year maximum applies only to those). */
  penalty: boolean;
  /** Little harm, minor, corrected at once: the body's shorter period applies. */
  minor: boolean;
  /** The body's period for minor cases, in months (12 … 60); 12 unless the body set another. */
  minorMonths?: number;
}

export function portalWindow(decisionDate: string, facts: PortalFacts): DisplayWindow {
  const r = PORTAL_RULE;
  if (!facts.penalty)
    return {
      published: true,
      channel: 'portal',
      from: decisionDate,
      minUntil: null,
      until: null,
      citation: r.citation,
    };
  const months = facts.minor
    ? Math.min(Math.max(facts.minorMonths ?? r.minorMin.months, r.minorMin.months), r.max.months)
    : r.max.months;
  return {
    published: true,
    channel: 'portal',
    from: decisionDate,
    minUntil: null,
    until: plus(decisionDate, { months }),
    citation: r.citation,
  };
}

export interface CreditFacts {
  severity: CreditSeverity;
  /** A sector rule requires minor information to be published (then for at most 3 months). */
  sectorRequiresMinor?: boolean;
}

export function creditWindow(decisionDate: string, facts: CreditFacts): DisplayWindow {
  const r = CREDIT_RULE;
  const period = r.periods[facts.severity];
  if (!period) {
    if (!facts.sectorRequiresMinor)
      return {
        published: false,
        channel: 'credit',
        reason: '轻微失信信息原则上不予公示',
        citation: r.citation,
      };
    return {
      published: true,
      channel: 'credit',
      from: decisionDate,
      minUntil: null,
      until: plus(decisionDate, r.minorWhereRequired),
      citation: r.citation,
    };
  }
  return {
    published: true,
    channel: 'credit',
    from: decisionDate,
    minUntil: plus(decisionDate, period.min),
    until: plus(decisionDate, period.max),
    citation: r.citation,
  };
}

/**
 * The last day on the credit channel once a repair is granted on `repairedOn`: the day before the repair,
 * or null when the repair comes before the minimum period has passed (refused: the minimum stands).
 */
export function creditEndAfterRepair(window: DisplayWindow, repairedOn: string): string | null {
  if (!window.published) return null;
  if (window.minUntil && repairedOn <= window.minUntil) return null;
  const last = dayjs(repairedOn).subtract(1, 'day').format('YYYY-MM-DD');
  return window.until && window.until < last ? window.until : last;
}

/** Whether an item with this window is still on display on `today` (the expiry job's test). */
export function onDisplay(window: DisplayWindow, today: string): boolean {
  return window.published && today >= window.from && (window.until === null || today <= window.until);
}
