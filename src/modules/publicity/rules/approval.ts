// E6 the approval of a publication (or of the choice not to publish it, E5): 承办人 → 承办机构负责人 →
// 分管领导 → 主要负责人 (《重庆市万州区卫生健康行政执法公示制度》第二十三条). A body may configure a shorter
// chain, but always in that order and always from the 承办人; no step is skipped, each step is taken by
// someone holding its role, and nobody approves twice. Pure.

export const CHAIN_STEPS = ['drafter', 'unit_head', 'deputy', 'head'] as const;
export type ChainStep = (typeof CHAIN_STEPS)[number];

export const STEP_LABELS: Record<ChainStep, string> = {
  drafter: '承办人',
  unit_head: '承办机构负责人',
  deputy: '分管领导',
  head: '主要负责人',
};

/** The role a step's approver holds (the 承办人 of a publication is the 信息发布员 who prepared it). */
export const STEP_ROLES: Record<ChainStep, string> = {
  drafter: 'publisher',
  unit_head: 'unit_head',
  deputy: 'deputy',
  head: 'head',
};

export const DEFAULT_CHAIN: readonly ChainStep[] = CHAIN_STEPS;

export const APPROVAL_CITATION = '《重庆市万州区卫生健康行政执法公示制度》第二十三条';

export interface Approval {
  step: ChainStep;
  actorId: string;
  actorName: string;
  at: string;
}

export type Refusal = { code: string; message: string };

/** A chain a body may configure: from the 承办人, in the order of CHAIN_STEPS, with at least one approver. */
export function chainRefusal(chain: readonly string[]): Refusal | null {
  if (chain[0] !== 'drafter') return { code: 'CHAIN_INVALID', message: '审批流程须从承办人开始' };
  if (chain.length < 2) return { code: 'CHAIN_INVALID', message: '审批流程至少须有一级负责人审批' };
  let last = -1;
  for (const s of chain) {
    const at = CHAIN_STEPS.indexOf(s as ChainStep);
    if (at < 0) return { code: 'CHAIN_INVALID', message: `未知的审批环节：${s}` };
    if (at <= last)
      return {
        code: 'CHAIN_INVALID',
        message: '审批环节须按承办人、承办机构负责人、分管领导、主要负责人的顺序，且不得重复',
      };
    last = at;
  }
  return null;
}

/** The step waiting, or null when the chain is complete. */
export function nextStep(chain: readonly ChainStep[], approvals: readonly Approval[]): ChainStep | null {
  return chain[approvals.length] ?? null;
}

/**
 * Why `actor` may not approve `step` now, or null. `step` is the step the approver says they approve:
 * anything but the waiting one is refused, so a step can never be skipped by approving a later one.
 */
export function approvalRefusal(
  chain: readonly ChainStep[],
  approvals: readonly Approval[],
  actor: { id: string; roles: readonly string[] },
  step: ChainStep,
): Refusal | null {
  const waiting = nextStep(chain, approvals);
  if (waiting === null) return { code: 'APPROVAL_COMPLETE', message: '审批已完成' };
  if (step !== waiting)
    return {
      code: 'APPROVAL_STEP_SKIPPED',
      message: `当前待${STEP_LABELS[waiting]}审批，不得越级审批（${STEP_LABELS[step] ?? step}）`,
    };
  if (!actor.roles.includes(STEP_ROLES[step]))
    return { code: 'APPROVAL_ROLE', message: `${STEP_LABELS[step]}环节须由${STEP_LABELS[step]}审批` };
  if (approvals.some((a) => a.actorId === actor.id))
    return { code: 'APPROVAL_SAME_PERSON', message: '同一人不得在审批流程中审批两次' };
  return null;
}
