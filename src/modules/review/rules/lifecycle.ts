// D2–D7 the life of one legal review as a pure state machine. A review belongs to one case; it is made of
// rounds: each round is submitted by the handling unit (送审), accepted by assignment to a reviewer (受理,
// the time limit runs from here), reviewed on the ten points, and closed by one written opinion. A round
// that does not end in 同意 may be followed by a new round of the same review (a returned case comes back
// with its further investigation); every round is kept. The handling unit may contest an opinion (D7): a
// coordination record, and when unresolved the body's collective discussion decides. The caller checks
// who may act (eligibility.ts, policy) and the dates' time limit (time-limit.ts); this file keeps order.
import {
  FINDING_LABELS,
  REVIEW_POINTS,
  refusal,
  type Finding,
  type Opinion,
  type ReviewPoint,
  type ReviewRefusal,
} from '../model.ts';
import { checkOpinion } from './opinion.ts';

export interface Assignment {
  reviewerId: string;
  on: string;
  by: string;
}

export interface Recusal {
  reviewerId: string;
  reason: string;
  on: string;
}

export interface Extension {
  workingDays: number;
  reason: string;
  approvedBy: string;
  on: string;
}

export interface PointFinding {
  finding: Finding;
  note: string;
  by: string;
}

export interface RoundOpinion {
  opinion: Opinion;
  /** 建议修改: what to change; empty for the other opinions. */
  changes: string;
  text: string;
  on: string;
  by: string;
}

export interface Round {
  number: number;
  submittedOn: string;
  submittedBy: string;
  /** 受理: the first assignment of the round; the time limit counts from it and a reassignment keeps it. */
  acceptedOn: string | null;
  reviewerId: string | null;
  assignments: Assignment[];
  recusals: Recusal[];
  extension: Extension | null;
  findings: Partial<Record<ReviewPoint, PointFinding>>;
  opinion: RoundOpinion | null;
}

export interface CollectiveView {
  name: string;
  view: string;
}

export interface Contest {
  round: number;
  reasons: string;
  on: string;
  by: string;
  coordination: { summary: string; resolved: boolean; on: string } | null;
  /** 集体讨论: `proceed` overrides the opinion (the decision may be taken); `follow_opinion` upholds it. */
  collective: {
    on: string;
    participants: string[];
    views: CollectiveView[];
    conclusion: string;
    outcome: 'proceed' | 'follow_opinion';
  } | null;
}

export interface Review {
  rounds: Round[];
  contests: Contest[];
}

export type ReviewStatus =
  'none' | 'submitted' | 'assigned' | 'closed' | 'contested' | 'awaiting_collective' | 'passed';

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  none: '未送审',
  submitted: '待分配',
  assigned: '审核中',
  closed: '已出具意见',
  contested: '协调中',
  awaiting_collective: '待集体讨论',
  passed: '审核通过',
};

export const EMPTY_REVIEW: Review = { rounds: [], contests: [] };

export type ReviewEvent =
  | { type: 'submit'; on: string; by: string }
  | { type: 'assign'; reviewerId: string; on: string; by: string }
  | { type: 'recuse'; reason: string; on: string; by: string }
  | { type: 'record_finding'; point: ReviewPoint; finding: Finding; note: string; on: string; by: string }
  | { type: 'extend'; workingDays: number; reason: string; on: string; by: string }
  | { type: 'give_opinion'; opinion: Opinion; changes: string; text: string; on: string; by: string }
  | { type: 'contest'; reasons: string; on: string; by: string }
  | { type: 'coordinate'; summary: string; resolved: boolean; on: string; by: string }
  | {
      type: 'collective_decision';
      participants: string[];
      views: CollectiveView[];
      conclusion: string;
      outcome: 'proceed' | 'follow_opinion';
      on: string;
      by: string;
    };

export type ReviewEventType = ReviewEvent['type'];

export const lastRound = (r: Review): Round | null => r.rounds.at(-1) ?? null;
const lastContest = (r: Review): Contest | null => {
  const round = lastRound(r);
  const c = r.contests.at(-1);
  return c && round && c.round === round.number ? c : null;
};

export function reviewStatus(r: Review): ReviewStatus {
  const round = lastRound(r);
  if (round === null) return 'none';
  if (round.opinion === null) return round.reviewerId === null ? 'submitted' : 'assigned';
  if (round.opinion.opinion === 'approve') return 'passed';
  const contest = lastContest(r);
  if (contest === null) return 'closed';
  if (contest.collective !== null) return contest.collective.outcome === 'proceed' ? 'passed' : 'closed';
  if (contest.coordination === null) return 'contested';
  return contest.coordination.resolved ? 'closed' : 'awaiting_collective';
}

/** D8: the review ended in 同意, or a recorded collective decision overrode the opinion. */
export const reviewPassed = (r: Review): boolean => reviewStatus(r) === 'passed';

/** What each status lets happen; the order is the order a UI offers them. */
export const EVENTS_FROM: Readonly<Record<ReviewStatus, readonly ReviewEventType[]>> = {
  none: ['submit'],
  submitted: ['assign'],
  assigned: ['assign', 'recuse', 'record_finding', 'extend', 'give_opinion'],
  closed: ['submit', 'contest'],
  contested: ['coordinate'],
  awaiting_collective: ['collective_decision'],
  passed: [],
};

export type Applied = { ok: true; review: Review } | ReviewRefusal;

const nonEmpty = (s: string) => s.trim().length > 0;

function withLastRound(r: Review, change: (round: Round) => Round): Review {
  const rounds = r.rounds.slice();
  rounds[rounds.length - 1] = change(rounds[rounds.length - 1]!);
  return { ...r, rounds };
}

function withLastContest(r: Review, change: (c: Contest) => Contest): Review {
  const contests = r.contests.slice();
  contests[contests.length - 1] = change(contests[contests.length - 1]!);
  return { ...r, contests };
}

/** The latest date already recorded: a new event may not be dated before it. */
export function latestDate(r: Review): string | null {
  const dates: string[] = [];
  for (const round of r.rounds) {
    dates.push(round.submittedOn);
    round.assignments.forEach((a) => dates.push(a.on));
    round.recusals.forEach((a) => dates.push(a.on));
    if (round.extension) dates.push(round.extension.on);
    if (round.opinion) dates.push(round.opinion.on);
  }
  for (const c of r.contests) {
    dates.push(c.on);
    if (c.coordination) dates.push(c.coordination.on);
    if (c.collective) dates.push(c.collective.on);
  }
  return dates.length === 0 ? null : dates.reduce((a, b) => (a > b ? a : b));
}

/** Applies one event, or says why not; the review passed in is never changed. */
export function applyReviewEvent(r: Review, e: ReviewEvent): Applied {
  const status = reviewStatus(r);
  if (!EVENTS_FROM[status].includes(e.type)) {
    return refusal('REVIEW_STATE', `审核当前状态为“${REVIEW_STATUS_LABELS[status]}”，不能办理该事项`);
  }
  const latest = latestDate(r);
  if (latest !== null && e.on < latest) {
    return refusal('DATE_BEFORE_PREVIOUS', `日期 ${e.on} 早于本审核已记录的 ${latest}`);
  }
  const round = lastRound(r);
  switch (e.type) {
    case 'submit': {
      const next: Round = {
        number: r.rounds.length + 1,
        submittedOn: e.on,
        submittedBy: e.by,
        acceptedOn: null,
        reviewerId: null,
        assignments: [],
        recusals: [],
        extension: null,
        findings: {},
        opinion: null,
      };
      return { ok: true, review: { ...r, rounds: [...r.rounds, next] } };
    }
    case 'assign': {
      const current = round!;
      if (current.reviewerId === e.reviewerId)
        return refusal('REVIEWER_UNCHANGED', '该审核人员已是本轮审核的承办人');
      if (current.recusals.some((x) => x.reviewerId === e.reviewerId))
        return refusal('REVIEWER_RECUSED', '该审核人员已在本轮声明回避，不能再分配');
      // A new reviewer reviews afresh: findings are the person's own, never inherited.
      return {
        ok: true,
        review: withLastRound(r, (x) => ({
          ...x,
          acceptedOn: x.acceptedOn ?? e.on,
          reviewerId: e.reviewerId,
          assignments: [...x.assignments, { reviewerId: e.reviewerId, on: e.on, by: e.by }],
          findings: {},
        })),
      };
    }
    case 'recuse': {
      const current = round!;
      if (current.reviewerId !== e.by)
        return refusal('REVIEW_NOT_YOURS', '只有本轮承办的审核人员可以声明回避');
      if (!nonEmpty(e.reason)) return refusal('RECUSAL_REASON_REQUIRED', '声明回避须说明理由');
      return {
        ok: true,
        review: withLastRound(r, (x) => ({
          ...x,
          reviewerId: null,
          recusals: [...x.recusals, { reviewerId: e.by, reason: e.reason.trim(), on: e.on }],
          findings: {},
        })),
      };
    }
    case 'record_finding': {
      if (round!.reviewerId !== e.by)
        return refusal('REVIEW_NOT_YOURS', '只有本轮承办的审核人员可以登记审核要素');
      if (e.finding !== 'conforms' && !nonEmpty(e.note)) {
        return refusal('FINDING_NOTE_REQUIRED', `审核结论为“${FINDING_LABELS[e.finding]}”的，须写明具体问题`);
      }
      return {
        ok: true,
        review: withLastRound(r, (x) => ({
          ...x,
          findings: { ...x.findings, [e.point]: { finding: e.finding, note: e.note.trim(), by: e.by } },
        })),
      };
    }
    case 'extend': {
      if (round!.extension !== null) return refusal('EXTENSION_ALREADY_GRANTED', '本轮审核已延长过一次期限');
      if (!nonEmpty(e.reason)) return refusal('EXTENSION_REASON_REQUIRED', '延长审核期限须说明理由');
      return {
        ok: true,
        review: withLastRound(r, (x) => ({
          ...x,
          extension: { workingDays: e.workingDays, reason: e.reason.trim(), approvedBy: e.by, on: e.on },
        })),
      };
    }
    case 'give_opinion': {
      if (round!.reviewerId !== e.by)
        return refusal('REVIEW_NOT_YOURS', '只有本轮承办的审核人员可以出具审核意见');
      const problem = checkOpinion(round!.findings, e);
      if (problem) return problem;
      return {
        ok: true,
        review: withLastRound(r, (x) => ({
          ...x,
          opinion: {
            opinion: e.opinion,
            changes: e.opinion === 'suggest_changes' ? e.changes.trim() : '',
            text: e.text.trim(),
            on: e.on,
            by: e.by,
          },
        })),
      };
    }
    case 'contest': {
      // The collective discussion decides (第五十七条第二款): its conclusion is not contested again.
      if (r.contests.some((c) => c.round === round!.number && c.collective !== null)) {
        return refusal('REVIEW_STATE', '本轮审核意见已经集体讨论决定，不能再提出异议');
      }
      if (!nonEmpty(e.reasons))
        return refusal('CONTEST_REASON_REQUIRED', '对审核意见有异议的，须书面说明理由');
      const contest: Contest = {
        round: round!.number,
        reasons: e.reasons.trim(),
        on: e.on,
        by: e.by,
        coordination: null,
        collective: null,
      };
      return { ok: true, review: { ...r, contests: [...r.contests, contest] } };
    }
    case 'coordinate': {
      if (!nonEmpty(e.summary)) return refusal('CONTEST_REASON_REQUIRED', '协调记录须写明协调情况');
      return {
        ok: true,
        review: withLastContest(r, (c) => ({
          ...c,
          coordination: { summary: e.summary.trim(), resolved: e.resolved, on: e.on },
        })),
      };
    }
    case 'collective_decision': {
      const participants = e.participants.map((p) => p.trim()).filter(nonEmpty);
      if (new Set(participants).size < 3) {
        return refusal('COLLECTIVE_RECORD_INCOMPLETE', '集体讨论须至少三名参加人员');
      }
      const spoke = new Set(e.views.filter((v) => nonEmpty(v.view)).map((v) => v.name.trim()));
      const silent = participants.filter((p) => !spoke.has(p));
      if (silent.length > 0) {
        return refusal(
          'COLLECTIVE_RECORD_INCOMPLETE',
          `集体讨论记录缺少以下参加人员的意见：${silent.join('、')}`,
        );
      }
      if (!nonEmpty(e.conclusion)) return refusal('COLLECTIVE_RECORD_INCOMPLETE', '集体讨论记录须写明结论');
      return {
        ok: true,
        review: withLastContest(r, (c) => ({
          ...c,
          collective: {
            on: e.on,
            participants,
            views: e.views.map((v) => ({ name: v.name.trim(), view: v.view.trim() })),
            conclusion: e.conclusion.trim(),
            outcome: e.outcome,
          },
        })),
      };
    }
  }
}

/** Folds a list of events from the empty review; the first refusal stops the fold. */
export function foldReview(events: readonly ReviewEvent[]): Applied {
  let review: Review = EMPTY_REVIEW;
  for (const e of events) {
    const applied = applyReviewEvent(review, e);
    if (!applied.ok) return applied;
    review = applied.review;
  }
  return { ok: true, review };
}

/** The points of the current round without a finding yet, in order. */
export const missingPoints = (round: Round): ReviewPoint[] => REVIEW_POINTS.filter((p) => !round.findings[p]);
