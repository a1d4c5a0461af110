// Shared helpers of the legal review HTTP tests and of the case tests that pass through 法制审核 (not a
// test file itself): the submission text, and a review driven through the review API to its opinion.
import { expect } from 'vitest';
import type { Client } from '../../helpers/app.ts';
import { REVIEW_POINTS } from '../../../src/modules/review/model.ts';

export interface ReviewOut {
  id: string;
  caseId: string;
  caseCode: string;
  status: string;
  statusLabel: string;
  version: number;
  reviewerId: string | null;
  due: string | null;
  dueFlag: string | null;
  passed: boolean;
  rounds: Array<{
    number: number;
    submittedOn: string;
    acceptedOn: string | null;
    reviewerId: string | null;
    findings: Record<string, { finding: string; note: string }>;
    opinion: { opinion: string; text: string; changes: string; on: string } | null;
    recusals: { reviewerId: string; reason: string }[];
    extension: { workingDays: number } | null;
  }>;
  contests: Array<Record<string, unknown>>;
  may: Record<string, boolean>;
}

export const SUBMISSION = {
  basis: '《医疗机构管理条例》第二十四条、第四十三条',
  discretionReasoning: '首次违法，主动改正，适用从轻处罚档次',
  draftDecision: '拟对当事人给予警告，并处罚款',
  confirmed: true,
};

export async function ok(res: { statusCode: number; body: string; json: () => unknown }): Promise<ReviewOut> {
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ReviewOut;
}

export async function submit(
  officer: Client,
  caseId: string,
  on: string,
  over: Record<string, unknown> = {},
) {
  return ok(await officer.post('/api/v1/reviews', { caseId, ...SUBMISSION, on, ...over }));
}

export const actOn = (client: Client, r: { id: string; version: number }, path: string, body: object) =>
  client.post(`/api/v1/reviews/${r.id}/${path}`, { version: r.version, ...body });

/** Ten findings of 符合 by the assigned reviewer, then the opinion. */
export async function reviewAll(
  reviewer: Client,
  r: ReviewOut,
  on: string,
  opinion: { opinion: string; text?: string; changes?: string; failing?: string } = { opinion: 'approve' },
) {
  for (const point of REVIEW_POINTS) {
    const failing = opinion.failing === point;
    r = await ok(
      await actOn(reviewer, r, 'findings', {
        point,
        finding: failing ? 'nonconforming' : 'conforms',
        note: failing ? '事实不清，证据不足' : '',
        on,
      }),
    );
  }
  return ok(
    await actOn(reviewer, r, 'opinion', {
      opinion: opinion.opinion,
      text: opinion.text ?? '经审核，提出如下意见',
      changes: opinion.changes ?? '',
      on,
    }),
  );
}

/** 送审 → 分配 → 十项审核要素 → 同意, all dated `on`: the case's review passes (D8). */
export async function passReview(
  clients: { officer: Client; legalHead: Client; reviewer: Client },
  reviewerPersonId: string,
  caseId: string,
  on: string,
) {
  let r = await submit(clients.officer, caseId, on);
  r = await ok(await actOn(clients.legalHead, r, 'assign', { reviewerId: reviewerPersonId, on }));
  return reviewAll(clients.reviewer, r, on);
}

/** 送审 on `submittedOn`, then 分配, the ten points and the opinion on `reviewedOn`. */
export async function reviewRound(
  clients: { officer: Client; legalHead: Client; reviewer: Client },
  reviewerPersonId: string,
  caseId: string,
  dates: { submittedOn: string; reviewedOn: string },
  opinion?: { opinion: string; text?: string; changes?: string; failing?: string },
) {
  let r = await submit(clients.officer, caseId, dates.submittedOn);
  r = await ok(
    await actOn(clients.legalHead, r, 'assign', { reviewerId: reviewerPersonId, on: dates.reviewedOn }),
  );
  return reviewAll(clients.reviewer, r, dates.reviewedOn, opinion);
}
