// E7/E8 after approval: publishing on each channel with its display period (rules/display-periods.ts);
// the 复议/诉讼 outcome recorded against the decided case, which takes the publication down from every
// channel within 3 working days (rules/deadlines.ts WITHDRAWAL_RULE) or cancels a draft not yet out; the
// withdrawal with its reason (the portal then shows a notice, not a dead link); the daily expiry job.
import { dbOf, today, withTx, type Actor, type Ctx, type TxCtx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { CalendarService } from '../../platform/calendar/service.ts';
import { badRequest, notFound, unprocessable } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { scopeCovers } from '../access/index.ts';
import { unsafeCaseDecision, type StepTaken } from '../cases/index.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';
import * as repo from './repo.ts';
import { withdrawalDue } from './rules/deadlines.ts';
import {
  creditWindow,
  portalWindow,
  type CreditSeverity,
  type DisplayWindow,
} from './rules/display-periods.ts';
import { OUTCOME_RESULTS, OUTCOME_VIA, type OutcomeResult, type OutcomeVia } from './rules/status.ts';
import type { ChannelState, OutcomeRecord } from './present.ts';
import type { PublicationsService } from './service.ts';

const rule = (code: string, message: string, citation?: string) =>
  unprocessable('RULE_VIOLATION', message, { rule: code, ...(citation ? { citation } : {}) });

export interface OutcomeInput {
  via: OutcomeVia;
  result: OutcomeResult;
  decidedOn: string;
  note: string;
}

/** The channels a publication goes to, with their periods from the decision date (E7). */
export function channelsFor(p: {
  caseKind: string;
  decidedOn: string;
  minorCase: boolean;
  creditSeverity: string;
}): ChannelState[] {
  const windows: DisplayWindow[] = [
    portalWindow(p.decidedOn, { penalty: p.caseKind === 'penalty', minor: p.minorCase }),
  ];
  if (p.caseKind === 'penalty')
    windows.push(creditWindow(p.decidedOn, { severity: p.creditSeverity as CreditSeverity }));
  return windows.flatMap((w) =>
    w.published
      ? [
          {
            channel: w.channel,
            from: w.from,
            until: w.until,
            minUntil: w.minUntil,
            citation: w.citation,
            removedOn: null,
            removedReason: null,
          },
        ]
      : [],
  );
}

export class PublicationLifecycle {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly calendars: CalendarService,
    private readonly sealer: Sealer,
    private readonly publications: PublicationsService,
  ) {}

  /** The publisher publishes what the chain approved, on every channel its kind goes to. */
  async publish(ctx: Ctx, id: string, version: number) {
    return withTx(ctx, this.db, async (tctx) => {
      const p = await this.publications.locked(tctx, id, version);
      if (p.status !== 'approved') throw rule('NOT_APPROVED', '审批完成后方可发布');
      const day = today(tctx);
      const channels = channelsFor(p).map((c) =>
        c.until !== null && c.until < day ? { ...c, removedOn: day, removedReason: '发布时公示期已届满' } : c,
      );
      await repo.updatePublication(tctx.tx, id, { status: 'published', publishedOn: day, channels });
      await this.ledger.append(tctx, {
        action: 'publicity.published',
        entityType: 'publication',
        entityId: id,
        bodyId: p.bodyId,
        payload: { mode: p.mode, channels: channels.map((c) => ({ channel: c.channel, until: c.until })) },
      });
      return id;
    });
  }

  /** The cases module's step hook: a body revoking its own decision takes the publication down too. */
  readonly onStep = async (ctx: TxCtx<Actor>, step: StepTaken) => {
    if (step.kind !== 'penalty' || step.action.type !== 'revoke') return;
    const on = typeof step.action.on === 'string' ? step.action.on : today(ctx);
    const reason = typeof step.action.reason === 'string' ? step.action.reason : '';
    await this.decisionFell(ctx, step.caseId, {
      via: 'self',
      result: 'revoked',
      decidedOn: on,
      note: reason,
    });
  };

  /** E8: the outcome of a 复议/诉讼 on a decided case, recorded by the body (in its scope). */
  async recordOutcome(ctx: Ctx, caseId: string, input: OutcomeInput) {
    if (input.decidedOn > today(ctx)) throw badRequest('结果日期不得晚于今天', { field: 'decidedOn' });
    return withTx(ctx, this.db, async (tctx) => {
      const d = await unsafeCaseDecision(tctx, this.db, this.sealer, caseId);
      if (!d || !scopeCovers(tctx.actor.scope, d.bodyPath)) throw notFound('案件');
      const p = await repo.unsafeFindByCase(tctx.tx, caseId);
      if (!p) throw rule('NO_PUBLICATION', '该案件没有待公开或已公开的决定');
      return this.decisionFell(tctx, caseId, input);
    });
  }

  async decisionFell(ctx: TxCtx<Actor>, caseId: string, input: OutcomeInput) {
    const p = await repo.unsafeFindByCase(ctx.tx, caseId);
    if (!p) return null;
    await repo.lockAtVersion(ctx.tx, p.id, p.version);
    const day = today(ctx);
    const outcome: OutcomeRecord = { ...input, recordedOn: day };
    const falls = input.result !== 'upheld';
    const calendar = await this.calendars.calendar(ctx);
    const due = falls && p.status === 'published' ? withdrawalDue(calendar, day).due : null;
    const cancels = falls && ['draft', 'in_approval', 'approved'].includes(p.status);
    const reason = `${OUTCOME_VIA[input.via]}${OUTCOME_RESULTS[input.result]}`;
    await repo.updatePublication(ctx.tx, p.id, {
      outcome,
      ...(due ? { withdrawalDue: due } : {}),
      ...(cancels ? { status: 'cancelled', withdrawalReason: `${reason}：${input.note}` } : {}),
    });
    await this.ledger.append(ctx, {
      action: 'publicity.outcome_recorded',
      entityType: 'publication',
      entityId: p.id,
      bodyId: p.bodyId,
      payload: {
        via: OUTCOME_VIA[input.via],
        result: OUTCOME_RESULTS[input.result],
        decidedOn: input.decidedOn,
        withdrawalDue: due,
      },
    });
    if (cancels)
      await this.ledger.append(ctx, {
        action: 'publicity.cancelled',
        entityType: 'publication',
        entityId: p.id,
        bodyId: p.bodyId,
        payload: { reason },
      });
    return p.id;
  }

  /** E8: taken down from every channel with the reason the portal shows in its place. */
  async withdraw(ctx: Ctx, id: string, version: number, reason: string) {
    return withTx(ctx, this.db, async (tctx) => {
      const p = await this.publications.locked(tctx, id, version);
      if (p.status !== 'published') throw rule('NOT_PUBLISHED', '只有已公开的信息可以撤回');
      const day = today(tctx);
      const channels = (p.channels as ChannelState[]).map((c) =>
        c.removedOn ? c : { ...c, removedOn: day, removedReason: reason },
      );
      const late = p.withdrawalDue !== null && day > p.withdrawalDue;
      await repo.updatePublication(tctx.tx, id, {
        status: 'withdrawn',
        withdrawnOn: day,
        withdrawalReason: reason,
        channels,
      });
      await this.ledger.append(tctx, {
        action: 'publicity.withdrawn',
        entityType: 'publication',
        entityId: id,
        bodyId: p.bodyId,
        payload: { reason, late },
      });
      return id;
    });
  }

  /** E7 the daily job: each channel whose period ended is taken down, logged; all channels down → expired. */
  async expire(ctx: Ctx<Actor>) {
    return withTx(ctx, this.db, async (tctx) => {
      const day = today(tctx);
      let removed = 0;
      for (const p of await repo.unsafeExpiredOn(dbOf(tctx, this.db), day)) {
        const ended: string[] = [];
        const channels = (p.channels as ChannelState[]).map((c) => {
          if (c.removedOn || c.until === null || c.until >= day) return c;
          ended.push(c.channel);
          return { ...c, removedOn: day, removedReason: '公示期满' };
        });
        const allDown = channels.every((c) => c.removedOn !== null);
        await repo.updatePublication(tctx.tx, p.id, { channels, ...(allDown ? { status: 'expired' } : {}) });
        await this.ledger.append(tctx, {
          action: 'publicity.expired',
          entityType: 'publication',
          entityId: p.id,
          bodyId: p.bodyId,
          payload: { channels: ended, on: day },
        });
        removed += ended.length;
      }
      return { removed };
    });
  }
}
