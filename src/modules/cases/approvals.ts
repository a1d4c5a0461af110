// A5, C2 the approvals a case waits for (待审批): the steps the law reserves for the head of the body
// (行政处罚法第五十四条 立案, 第五十七条 决定 and 集体讨论; 行政强制法第十八条、第十九条 查封扣押 and the report
// after urgent measures; 行政许可法第三十八条 the permit decision; the levy assessment), as the approver's
// work queue lists them. Pure: which of the steps a case's machine allows now is waiting for an approver.
import type { CaseKind } from './machine.ts';

/** A waiting approval step, with the record condition under which it waits (always, if none). */
interface ApprovalStep {
  type: string;
  /** The step waits only when this holds of the case record (e.g. a discussion is required and not held). */
  waitsWhen?: (record: Readonly<Record<string, unknown>>) => boolean;
}

export const APPROVAL_STEPS: Readonly<Record<CaseKind, readonly ApprovalStep[]>> = {
  penalty: [
    { type: 'file' },
    {
      type: 'hold_collective_discussion',
      waitsWhen: (r) => r.collectiveDiscussionRequired === true && !r.collectiveDiscussionHeldOn,
    },
    { type: 'decide' },
  ],
  coercion: [{ type: 'decide' }, { type: 'approve_urgent' }],
  inspection: [],
  permit: [{ type: 'grant' }],
  levy: [{ type: 'assess' }],
};

/**
 * The approval steps waiting on a case: those of its kind that its machine allows now (`allowed`, the
 * guards already applied) and whose record condition holds. Empty for a kind without approvals.
 */
export function waitingApprovals(
  kind: CaseKind,
  allowed: readonly string[],
  record: Readonly<Record<string, unknown>>,
): string[] {
  const steps = Object.hasOwn(APPROVAL_STEPS, kind) ? APPROVAL_STEPS[kind] : [];
  return steps.filter((s) => allowed.includes(s.type) && (s.waitsWhen?.(record) ?? true)).map((s) => s.type);
}
