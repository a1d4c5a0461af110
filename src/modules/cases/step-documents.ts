// C2, C5 a step and its document in one transaction: the step's row in the step → document table
// (step-requirements.ts) is checked after the step is written and after the document it brings, if any,
// is issued — so a step is either taken with what the law requires of it, or refused and nothing of it
// (nor of its document) is kept.
import type { TxCtx } from '../../platform/context.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { CaseKind } from './machine.ts';
import * as repo from './repo.ts';
import { stepShortfall } from './step-requirements.ts';

/** Issues the document a step brings, inside the step's transaction (the documents service, bound). */
export type ProduceDocument = (tctx: TxCtx, caseId: string) => Promise<unknown>;

/** Refuses (422, the row's code and citation, what is missing) a step the case lacks a document or evidence for. */
export async function requireStepHoldings(
  tctx: TxCtx,
  c: { id: string; kind: string },
  action: { type: string },
): Promise<void> {
  const shortfall = stepShortfall(c.kind as CaseKind, action, await repo.caseHoldings(tctx.tx, c.id));
  if (shortfall)
    throw new AppError(422, 'RULE_VIOLATION', shortfall.message, {
      rule: shortfall.code,
      citation: shortfall.citation,
      missing: shortfall.missing,
    });
}
