// A5 the work queue (待办) of each role: which sections a user's roles give them, in the order the page
// shows them. Pure. The review queue is announced, not faked, until its module exists.
import type { Role } from '../access/index.ts';

export const SECTION_KEYS = [
  'next_steps',
  'approvals',
  'overdue',
  'to_archive',
  'review',
  'publicity',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface SectionSpec {
  key: SectionKey;
  title: string;
  /** What an empty section says. */
  empty: string;
  /** Set while the feature behind the section is still to come: the section says so and holds nothing. */
  notice: string | null;
}

/** Which roles have each section. */
const HOLDERS: Record<SectionKey, readonly Role[]> = {
  next_steps: ['officer'],
  approvals: ['unit_head', 'deputy', 'head'],
  overdue: ['unit_head', 'deputy', 'head'],
  to_archive: ['archivist'],
  review: ['reviewer', 'legal_head'],
  publicity: ['publisher'],
};

/** An approver (deputy, head) approves; a unit head follows up what waits in their unit. */
const isApprover = (roles: readonly string[]) => roles.includes('head') || roles.includes('deputy');

export function sectionsFor(roles: readonly string[]): SectionSpec[] {
  const specs: Record<SectionKey, SectionSpec> = {
    next_steps: {
      key: 'next_steps',
      title: '我的下一步',
      empty: '您承办的案件目前没有需要您办理的环节。',
      notice: null,
    },
    approvals: isApprover(roles)
      ? {
          key: 'approvals',
          title: '待我审批',
          empty: '没有等待您审批的立案、延期、决定或集体讨论。',
          notice: null,
        }
      : {
          key: 'approvals',
          title: '本科室待审批',
          empty: '本科室案件没有等待负责人审批的事项。',
          notice: null,
        },
    overdue: {
      key: 'overdue',
      title: isApprover(roles) ? '逾期案件' : '本科室逾期案件',
      empty: '没有超过期限仍未办结的案件。',
      notice: null,
    },
    to_archive: {
      key: 'to_archive',
      title: '待归档',
      empty: '没有已办结待归档的案件。',
      notice: null,
    },
    review: {
      key: 'review',
      title: '待法制审核',
      empty: '没有分配给您或等待分配的法制审核。',
      notice: null,
    },
    publicity: {
      key: 'publicity',
      title: '待公示',
      empty: '没有待公开或待撤回的执法信息。',
      notice: null,
    },
  };
  return SECTION_KEYS.filter((k) => HOLDERS[k].some((r) => roles.includes(r))).map((k) => specs[k]);
}
