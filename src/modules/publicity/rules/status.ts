// E3, E8, E11 where a publication stands against its deadlines: a draft due soon or overdue, a
// withdrawal overdue. "Soon" is within two working days, the warning the case deadlines give too. Pure.

export const PUBLICATION_STATUSES = [
  'draft', // 待编辑
  'in_approval', // 审批中
  'approved', // 已审批待发布
  'published', // 已公开
  'not_published', // 不予公开 (E5, approved)
  'withdrawn', // 已撤回 (E8)
  'expired', // 公示期满
  'cancelled', // 决定在公开前被撤销、变更
] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<PublicationStatus, string> = {
  draft: '待编辑',
  in_approval: '审批中',
  approved: '待发布',
  published: '已公开',
  not_published: '不予公开',
  withdrawn: '已撤回',
  expired: '公示期满',
  cancelled: '已取消',
};

/** Statuses in which the publication is still owed (its 7/20-working-day deadline runs). */
export const PENDING: readonly PublicationStatus[] = ['draft', 'in_approval', 'approved'];

export type DueLevel = 'overdue' | 'soon' | null;

/** `soonUntil`: the last day counted as "soon" (today + 2 working days). */
export function dueLevel(due: string | null, today: string, soonUntil: string): DueLevel {
  if (due === null) return null;
  if (today > due) return 'overdue';
  if (due <= soonUntil) return 'soon';
  return null;
}

export interface Timeliness {
  publication: DueLevel;
  withdrawal: DueLevel;
}

export function timelinessOf(
  p: { status: string; due: string; withdrawalDue: string | null; withdrawnOn: string | null },
  today: string,
  soonUntil: string,
): Timeliness {
  const pending = (PENDING as readonly string[]).includes(p.status);
  const owesWithdrawal = p.withdrawalDue !== null && p.withdrawnOn === null && p.status === 'published';
  return {
    publication: pending ? dueLevel(p.due, today, soonUntil) : null,
    withdrawal: owesWithdrawal ? dueLevel(p.withdrawalDue, today, soonUntil) : null,
  };
}

/** E5 the grounds on which a decision is not published (万州 Art. 17). */
export const NOT_PUBLISHED_REASONS = {
  minor: '当事人为未成年人',
  state_secret: '涉及国家秘密',
  trade_secret: '涉及商业秘密',
  privacy: '涉及个人隐私',
  security: '可能危及国家安全、公共安全、经济安全和社会稳定',
  law: '法律、法规规定不予公开',
} as const;
export type NotPublishedReason = keyof typeof NOT_PUBLISHED_REASONS;

/** E8 the outcomes of a 复议/诉讼 that take a decision down. */
export const OUTCOME_RESULTS = {
  upheld: '维持',
  changed: '变更',
  revoked: '撤销',
  confirmed_unlawful: '确认违法',
} as const;
export type OutcomeResult = keyof typeof OUTCOME_RESULTS;
export const OUTCOME_VIA = {
  reconsideration: '行政复议',
  litigation: '行政诉讼',
  self: '本机关自行撤销',
} as const;
export type OutcomeVia = keyof typeof OUTCOME_VIA;
