// A5, C2 what a case asks of each role now, for the work queue (待办): the officer's next steps, the
// approvals waiting for the head (立案, 延期, 决定, 集体讨论) and the closed cases waiting for the archive.
// Pure: the queue service hands in the steps the case's machine allows today and its open deadlines.
// Which approvals wait is approvals.ts's rule (the approver's queue); this adds extensions near their end.
import { APPROVAL_STEPS, waitingApprovals } from './approvals.ts';
import type { CaseKind } from './machine.ts';

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

/** The deadline each extension step extends (行政处罚法第六十条; 行政强制法第二十五条; 行政许可法第四十二条). */
export const EXTENDED_DEADLINES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  penalty: { extend_decision_period: 'decision' },
  coercion: { extend: 'seizure' },
  permit: { extend: 'permit_decision' },
};

/** The kind of approval a step is: 立案, 集体讨论 by name, every other approval step a decision. */
const APPROVAL_KIND_BY_STEP: Readonly<Record<string, ApprovalKind>> = {
  file: 'filing',
  hold_collective_discussion: 'collective',
};

export interface ApprovalFacts {
  kind: string;
  /** The steps the machine allows now that the caller may take. */
  allowed: readonly string[];
  record: Readonly<Record<string, unknown>>;
  /** Open deadlines of the case (key → due date). */
  openDeadlines: ReadonlyMap<string, string>;
  today: string;
  /** The last day that counts as due soon (present.ts `soonUntil`). */
  soonUntil: string;
}

/**
 * The approvals a case waits for: those approvals.ts says wait now (立案, 决定, 集体讨论 where required),
 * and an extension whose period ends between today and the end of the due-soon band — an extension is
 * asked for when the period runs out, not at every step, and must be approved before it ends
 * (行政处罚法第六十条, 行政强制法第二十五条).
 */
export function approvalsWaiting(f: ApprovalFacts): { step: string; approval: ApprovalKind }[] {
  const waiting = waitingApprovals(f.kind as CaseKind, f.allowed, f.record).map((step) => ({
    step,
    approval: APPROVAL_KIND_BY_STEP[step] ?? ('decision' as const),
  }));
  const extensions = Object.entries(EXTENDED_DEADLINES[f.kind] ?? {}).flatMap(([step, key]) => {
    const due = f.openDeadlines.get(key);
    return f.allowed.includes(step) && due !== undefined && due >= f.today && due <= f.soonUntil
      ? [{ step, approval: 'extension' as const }]
      : [];
  });
  return [...waiting, ...extensions];
}

/** The approval steps of every procedure, as (kind, step) pairs: the candidates the queue reads. */
export function approvalSteps(): { kind: string; step: string; approval: ApprovalKind }[] {
  return [
    ...Object.entries(APPROVAL_STEPS).flatMap(([kind, steps]) =>
      steps.map((s) => ({
        kind,
        step: s.type,
        approval: APPROVAL_KIND_BY_STEP[s.type] ?? ('decision' as const),
      })),
    ),
    ...Object.entries(EXTENDED_DEADLINES).flatMap(([kind, steps]) =>
      Object.keys(steps).map((step) => ({ kind, step, approval: 'extension' as const })),
    ),
  ];
}
