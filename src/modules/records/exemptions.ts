// C6 "AV not possible" (Wanzhou Art. 13): the work record of an activity that could not be recorded —
// secrets, privacy, force majeure — written by an officer of the case with its reason, counted only once
// the body's head (负责人) has reviewed and approved it.
import { dbOf, withTx, type Ctx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { conflict, forbidden, notFound } from '../../platform/http/errors.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { hasPermission } from '../access/index.ts';
import type { CasesService } from '../cases/index.ts';
import * as repo from './repo.ts';
import type { EXEMPTION_REASONS } from './types.ts';

export interface ExemptionInput {
  activity: string;
  reasonKind: (typeof EXEMPTION_REASONS)[number];
  reason: string;
}

export class ExemptionsService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly cases: CasesService,
  ) {}

  async add(ctx: Ctx, caseId: string, input: ExemptionInput) {
    return withTx(ctx, this.db, async (tctx) => {
      const c = await this.cases.caseForStep(
        tctx,
        caseId,
        'add_evidence',
        '只有本案执法人员可以登记工作记录',
      );
      const row = await repo.insertExemption(tctx.tx, {
        caseId: c.id,
        ...input,
        createdBy: ctx.actor.id,
        createdAt: ctx.now.toISOString(),
      });
      await this.ledger.append(tctx, {
        action: 'record.exemption_added',
        entityType: 'case',
        entityId: c.id,
        bodyId: c.bodyId,
        payload: { exemptionId: row.id, activity: row.activity, reasonKind: row.reasonKind },
      });
      return row;
    });
  }

  async approve(ctx: Ctx, caseId: string, exemptionId: string) {
    if (!hasPermission(ctx.actor.roles, 'cases.approve')) throw forbidden('须由本机构负责人审核');
    return withTx(ctx, this.db, async (tctx) => {
      const c = await this.cases.caseVisibleTo(tctx, caseId);
      const existing = (await repo.listExemptions(dbOf(tctx, this.db), c.id)).find(
        (e) => e.id === exemptionId,
      );
      if (!existing) throw notFound('工作记录');
      const row = await repo.approveExemption(
        tctx.tx,
        c.id,
        exemptionId,
        ctx.actor.id,
        ctx.now.toISOString(),
      );
      if (!row) throw conflict('CONFLICT', '该工作记录已经审核');
      await this.ledger.append(tctx, {
        action: 'record.exemption_approved',
        entityType: 'case',
        entityId: c.id,
        bodyId: c.bodyId,
        payload: { exemptionId, activity: row.activity },
      });
      return row;
    });
  }
}
