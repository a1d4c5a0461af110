// A5, C2 what a case asks of each role now, for the work queue (待办): the officer's next steps, the
// approvals waiting for the head (立案, 延期, 决定, 集体讨论) and the closed cases waiting for the archive.
// Pure: the queue service hands in the steps the case's machine allows today and its open deadlines.
// Until approvals are requested explicitly, an approval "waits" when the procedure offers its step now.

/** Steps beside the main path: never a case's "next step" (pauses, extensions, going back). */
export const SIDE_STEPS: ReadonlySet<string> = new Set([
  'record_pause',
  'extend_decision_period',
  'extend',
  'record_testing',
  'return_for_investigation',
  'decide_no_penalty',
  'withdraw_hearing',
  'withdraw',
]);

/** Steps that end a case without its outcome (shown red on the case page, never proposed as next). */
export const ENDING_STEPS: ReadonlySet<string> = new Set([
  'revoke',
  'decline_filing',
  'decline',
  'cancel',
  'reject_application',
  'refuse_permit',
]);

/**
 * Offered but never awaited: a case in 线索 waits for 立案 (deciding it on the spot is the officer's choice
 * when registering it), and evidence is preserved (先行登记保存) only where it may be lost.
 */
const OPTIONAL_STEPS: ReadonlySet<string> = new Set(['decide_simple', 'preserve_evidence']);

/** The steps of the main path among those allowed, in the procedure's order. */
export function mainSteps(allowed: readonly string[]): string[] {
  return allowed.filter((t) => !SIDE_STEPS.has(t) && !ENDING_STEPS.has(t));
}

/** The steps a work queue proposes as next: the main path, without the optional ones. */
export function nextSteps(allowed: readonly string[]): string[] {
  return mainSteps(allowed).filter((t) => !OPTIONAL_STEPS.has(t));
}

export const APPROVAL_KINDS = ['filing', 'extension', 'decision', 'collective'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];

export const APPROVAL_KIND_LABELS: Record<ApprovalKind, string> = {
  filing: '立案审批',
  extension: '延期审批',
  decision: '决定审批',
  collective: '集体讨论',
};

/**
 * The steps by which the head approves, per procedure: 立案 (行政处罚法第五十四条), 延期 (第六十条; 行政强制法
 * 第二十五条; 行政许可法第四十二条), 决定 (第五十七条; 查封扣押 行政强制法第十八条; 许可 第三十八条; 征收核定)
 * and 集体讨论 (第五十七条第二款). Extensions name the deadline they extend.
 */
const APPROVAL_STEPS: Readonly<Record<string, Readonly<Record<string, ApprovalKind>>>> = {
  penalty: {
    file: 'filing',
    extend_decision_period: 'extension',
    decide: 'decision',
    hold_collective_discussion: 'collective',
  },
  coercion: { decide: 'decision', approve_urgent: 'decision', extend: 'extension' },
  permit: { grant: 'decision', extend: 'extension' },
  levy: { assess: 'decision' },
};

/** The deadline each extension step extends: it waits for approval once that deadline is near. */
export const EXTENDED_DEADLINES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  penalty: { extend_decision_period: 'decision' },
  coercion: { extend: 'seizure' },
  permit: { extend: 'permit_decision' },
};

export function approvalKindOf(kind: string, step: string): ApprovalKind | undefined {
  const steps = APPROVAL_STEPS[kind];
  return steps && Object.hasOwn(steps, step) ? steps[step] : undefined;
}

export interface ApprovalFacts {
  kind: string;
  /** The steps the machine allows now that the caller may take. */
  allowed: readonly string[];
  record: { collectiveDiscussionRequired?: boolean; collectiveDiscussionHeldOn?: string | null };
  /** Open deadlines of the case (key → due date). */
  openDeadlines: ReadonlyMap<string, string>;
  today: string;
  /** The last day that counts as due soon (present.ts `soonUntil`). */
  soonUntil: string;
}

/**
 * The approvals a case waits for: each approval step the machine allows now, except a collective
 * discussion the case does not require (it stays offered as an option) and an extension whose deadline
 * is not yet near (an extension is asked for when the period runs out, not at every step) or already
 * past (it must be approved before the period ends: 行政处罚法第六十条, 行政强制法第二十五条).
 */
export function approvalsWaiting(f: ApprovalFacts): { step: string; approval: ApprovalKind }[] {
  const out: { step: string; approval: ApprovalKind }[] = [];
  for (const step of f.allowed) {
    const approval = approvalKindOf(f.kind, step);
    if (approval === undefined) continue;
    if (
      approval === 'collective' &&
      (!f.record.collectiveDiscussionRequired || f.record.collectiveDiscussionHeldOn)
    )
      continue;
    if (approval === 'extension') {
      const due = f.openDeadlines.get(EXTENDED_DEADLINES[f.kind]?.[step] ?? '');
      if (due === undefined || due < f.today || due > f.soonUntil) continue;
    }
    out.push({ step, approval });
  }
  return out;
}

/** Every approval step of every procedure, as (kind, step) pairs: the candidates the queue reads. */
export function approvalSteps(): { kind: string; step: string; approval: ApprovalKind }[] {
  return Object.entries(APPROVAL_STEPS).flatMap(([kind, steps]) =>
    Object.entries(steps).map(([step, approval]) => ({ kind, step, approval })),
  );
}
