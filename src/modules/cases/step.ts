// C1–C3 one step of a case's procedure, written: under the case lock at the version the caller read, the
// machine's transition (refused with its rule code and citation), the folded record, the deadlines it
// closes, replaces and opens, the new state, the timeline event and the ledger entry — all in the
// caller's transaction, so a refusal or a lost race leaves nothing behind. The step's personal text is
// sealed in the record and the event and left out of the ledger (step-text.ts).
import { randomUUID } from 'node:crypto';
import { today, type TxCtx } from '../../platform/context.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';
import { AppError, badRequest, conflict } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import * as deadlines from './deadline-repo.ts';
import type { BaseFacts, Deadline, ProcedureMachine } from './machine.ts';
import * as repo from './repo.ts';
import type { CaseRow } from './repo.ts';
import { stepEventCode } from './step-events.ts';
import { CASE_RECORD_TEXT, ledgerAction, sealStepText, STEP_EVENT_TEXT } from './step-text.ts';

export async function applyStep(
  ctx: TxCtx,
  ledger: Ledger,
  sealer: Sealer,
  c: CaseRow,
  machine: ProcedureMachine,
  action: { type: string },
  /** The facts the machine's guards read, built once the case is locked. */
  factsOf: () => Promise<BaseFacts & object>,
) {
  const { tx, actor } = ctx;
  if (!(await repo.lockCaseAtVersion(tx, c.id, c.version)))
    throw conflict('VERSION_CONFLICT', '案件已被他人更新，请刷新后重试');
  const facts = await factsOf();
  const day = today(ctx);
  const result = machine.transition(c.state, facts, action, day);
  if (!result.ok) {
    // An impossible date is bad input (400); everything else is a rule of the procedure (422).
    if (result.code === 'DATE_INVALID')
      throw badRequest(result.message, { rule: result.code, citation: result.citation });
    const status = result.code === 'CALENDAR_NOT_COVERED' ? 'CALENDAR_NOT_COVERED' : 'RULE_VIOLATION';
    throw new AppError(422, status, result.message, { rule: result.code, citation: result.citation });
  }
  // The record keeps earlier steps' personal text sealed; this step's is sealed as it is folded in.
  const record = sealStepText(sealer, CASE_RECORD_TEXT, c.id, machine.fold(c.record as object, action));
  const legalDate = legalDateOf(action) ?? day;
  const reopened = result.deadlinesOpened.map((d) => d.key);
  const openKeys = await deadlines.openDeadlineKeys(tx, c.id);
  await deadlines.closeDeadlines(
    tx,
    c.id,
    result.deadlinesClosed.filter((k) => !reopened.includes(k)),
    'met',
    legalDate,
  );
  await deadlines.closeDeadlines(
    tx,
    c.id,
    reopened.filter((k) => openKeys.includes(k)),
    'replaced',
    legalDate,
  );
  const finished = machine.finished.includes(result.next);
  if (finished) await deadlines.closeDeadlines(tx, c.id, openKeys, 'cancelled', legalDate);
  await deadlines.insertDeadlines(
    tx,
    finished
      ? []
      : result.deadlinesOpened.map((d: Deadline) => ({
          caseId: c.id,
          bodyId: c.bodyId,
          key: d.key,
          fromDate: d.from,
          due: d.due,
          citation: d.citation,
          rule: d.rule,
          pausedDays: d.pausedDays,
          provisionalYear: d.provisional?.uncoveredYear ?? null,
        })),
  );
  const next = await deadlines.earliestOpenDeadline(tx, c.id);
  // 确定执法事项 names the item on the record; the case row's column (lists, exports) follows it.
  const itemCode = (record as { legalBasis?: { itemCode?: string } | null }).legalBasis?.itemCode;
  const updated = await repo.updateCaseIfVersion(tx, c.id, c.version, {
    ...(itemCode && itemCode !== c.enforcementItemCode ? { enforcementItemCode: itemCode } : {}),
    state: result.next,
    record,
    finished,
    nextDue: next?.due ?? null,
    nextDueKey: next?.key ?? null,
  });
  // Another request changed the case between our read and this write: nothing of ours is kept.
  if (!updated) throw conflict('VERSION_CONFLICT', '案件已被他人更新，请刷新后重试');
  const eventId = randomUUID();
  await repo.insertEvent(tx, {
    id: eventId,
    caseId: c.id,
    action: action.type,
    data: sealStepText(sealer, STEP_EVENT_TEXT, eventId, action),
    fromState: c.state,
    toState: result.next,
    legalDate,
    actorId: actor.id,
    actorName: actor.name,
  });
  await ledger.append(ctx, {
    action: stepEventCode(action.type),
    entityType: 'case',
    entityId: c.id,
    bodyId: c.bodyId,
    payload: {
      code: c.code,
      from: c.state,
      to: result.next,
      action: ledgerAction(action),
      deadlines: result.deadlinesOpened.map((d) => ({ key: d.key, due: d.due })),
    },
  });
  return updated;
}

/** The legal date an action carries (its first date field), for the timeline and closing deadlines. */
function legalDateOf(action: object): string | undefined {
  for (const v of Object.values(action)) if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return undefined;
}

/** The actions the machine allows now; none when the facts cannot be evaluated (a year not covered). */
export function safeAllowed(
  machine: ProcedureMachine,
  state: string,
  facts: BaseFacts & object,
  day: string,
): string[] {
  try {
    return machine.allowedActions(state, facts, day);
  } catch {
    return [];
  }
}
