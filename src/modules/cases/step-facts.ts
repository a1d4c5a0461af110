// C2, D1 the facts of a step that other modules or settings decide, added to the action before it is
// taken: the approver of a step reserved for the head (whoever approves it, never what the client says), the hearing
// right as the notice states it (the body's figures on the day it is served), and the legal review
// determination when an investigation closes.
import { dbOf, today, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { unprocessable } from '../../platform/http/errors.ts';
import type { CaseLegalBasis, CatalogService } from '../catalog/index.ts';
import { hearingThresholds } from './documents/index.ts';
import { parseDate } from './deadlines.ts';
import { CATEGORY_OF_KIND, type CaseKind } from './machine.ts';
import { hearingEligible } from './procedures/penalty/hearing.ts';
import type { PenaltyAction } from './procedures/penalty/index.ts';
import type { DiscretionRecord } from './procedures/penalty/model.ts';
import type { CaseRow } from './repo.ts';
import { procedurePermission } from './registry.ts';

export async function enrichAction(
  ctx: Ctx,
  db: Db,
  catalog: CatalogService,
  c: CaseRow,
  action: { type: string },
) {
  if (c.kind === 'penalty' && action.type === 'set_item') {
    const a = action as Extract<PenaltyAction, { type: 'set_item' }>;
    return { ...a, basis: await legalBasisOf(ctx, catalog, c, a.itemCode) };
  }
  // A5 the approver of a step reserved for the head is whoever approves it here, from the session,
  // never a name the client types (the action schemas do not even take one).
  if (procedurePermission(c.kind as CaseKind, action.type) === 'cases.approve')
    action = { ...action, approvedBy: ctx.actor.name } as typeof action;
  // The hearing right is fixed as the notice states it, by the body's figures on the day it is served.
  if (c.kind === 'penalty' && action.type === 'notify') {
    const a = action as Extract<PenaltyAction, { type: 'notify' }>;
    return {
      ...a,
      hearingOffered: hearingEligible(
        a.penalty,
        c.partyType,
        await hearingThresholds(dbOf(ctx, db), c.bodyId),
      ),
    };
  }
  if (action.type !== 'close_investigation') return action;
  // An impossible date is left for the machine to refuse with its rule code.
  if (!isRealDate((action as { on?: unknown }).on)) return action;
  const a = action as Extract<PenaltyAction, { type: 'close_investigation' }>;
  const discretion = c.kind === 'penalty' ? await discretionOf(ctx, catalog, c, a) : undefined;
  const review = await catalog.reviewFor(
    ctx,
    c.bodyId,
    {
      category: CATEGORY_OF_KIND[c.kind as CaseKind],
      procedure: 'general',
      partyType: c.partyType,
      penalties: a.proposal?.kinds ?? [],
      fineFen: a.proposal?.fineFen ?? null,
      confiscationFen: null,
      hearingHeld: false,
      outsideBenchmark: discretion ? !discretion.within : false,
      flags: [],
    },
    a.on,
  );
  return {
    ...a,
    ...(discretion ? { discretion } : {}),
    review: {
      required: review.required,
      reasons: review.reasons.map((r) => `${r.description}（${r.basis}）`),
    },
  };
}

/**
 * B3 the discretion engine on the case's benchmark (its version in force on the violation date): the
 * range for the tier the officer chose, and whether the proposal lies within it. Undefined when no tier
 * was chosen or the case's item has no benchmark.
 */
async function discretionOf(
  ctx: Ctx,
  catalog: CatalogService,
  c: CaseRow,
  a: Extract<PenaltyAction, { type: 'close_investigation' }>,
): Promise<DiscretionRecord | undefined> {
  const basis = (c.record as { legalBasis?: CaseLegalBasis | null }).legalBasis;
  if (!a.tier || !basis?.benchmarkCode) return undefined;
  const result = await catalog.evaluate(ctx, {
    bodyId: c.bodyId,
    benchmarkCode: basis.benchmarkCode,
    tier: a.tier,
    facts: { illegalIncomeFen: a.illegalIncomeFen ?? null },
    proposal: {
      penalties: a.proposal?.kinds ?? [],
      fineFen: a.proposal?.kinds.includes('fine') ? a.proposal.fineFen : null,
    },
    date: basis.lawDate,
  });
  const check = result.check!;
  return {
    benchmarkCode: result.benchmark.code,
    benchmarkVersion: result.benchmark.version,
    tier: a.tier,
    tierLabel: result.evaluation.tierLabel,
    circumstances: (a.circumstances ?? '').trim(),
    range: result.evaluation.fine,
    penalties: result.evaluation.penalties,
    explanation: result.evaluation.fineExplanation,
    within: check.within,
    problems: check.problems.map((p) => p.message),
    outsideReason: (a.outsideReason ?? '').trim(),
  };
}

/**
 * The enforcement item's legal basis for a case (C1): the item must be the body's to enforce today
 * (B1 list and competence, as at registration), and its articles are resolved for the violation date
 * (行政处罚法第三十七条), else the registration date.
 */
export async function legalBasisOf(
  ctx: Ctx,
  catalog: CatalogService,
  c: { bodyId: string; openedOn: string; record: unknown },
  itemCode: string,
  /** The input field named in a refusal, and the day the item must be listed (default today). */
  where: { field: string; listedOn?: string } = { field: 'itemCode' },
) {
  const refusal = await catalog.registrationRefusal(ctx, c.bodyId, itemCode, where.listedOn ?? today(ctx));
  if (refusal)
    throw unprocessable('RULE_VIOLATION', refusal.message, {
      field: where.field,
      rule: refusal.rule,
      citation: refusal.citation,
    });
  const violationOn = (c.record as { violationOn?: unknown }).violationOn;
  const lawDate = typeof violationOn === 'string' && isRealDate(violationOn) ? violationOn : c.openedOn;
  return catalog.legalBasisFor(ctx, c.bodyId, itemCode, lawDate);
}

function isRealDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    parseDate(value);
    return true;
  } catch {
    return false;
  }
}
