// C4, C8 the people of a case after it was opened: officers meet witnesses and agents during the
// investigation, and sometimes a further 当事人 before the parties are told the intended decision; and a
// mistyped phone or address gets corrected. Every change is a step of the case: taken only by its
// officers, at the version the caller read (409 otherwise), with one timeline event and one ledger entry
// in one transaction. A correction never loses the previous values: each state of the party is kept in
// `record_versions` with its reason, and the event carries what changed from what to what.
import { dbOf, today, withTx, type Ctx, type TxCtx } from '../../../platform/context.ts';
import type { Db } from '../../../platform/db/client.ts';
import { badRequest, conflict, notFound, unprocessable } from '../../../platform/http/errors.ts';
import { idNumberIndex } from '../../../platform/crypto/personal-data.ts';
import type { Sealer } from '../../../platform/crypto/sealing.ts';
import type { Ledger } from '../../../platform/ledger/ledger.ts';
import { listVersions, recordChange, recordVersion } from '../../../platform/versioning/versions.ts';
import {
  IDENTITY_FIELDS,
  PARTY_FIELD_LABELS,
  PARTY_ROLE_LABELS,
  changedFields,
  mainPartyOf,
  mayJoin,
  partiesNamedInDocuments,
  checkDuplicate,
  checkPrincipal,
  detailsOf,
  partyKeyOf,
  pick,
  type PartyDetails,
} from './rules.ts';
import { insertEvent, lockCaseAtVersion, updateCaseIfVersion } from '../repo.ts';
import type { CasesService } from '../service.ts';
import { listDocuments } from '../documents/index.ts';
import * as repo from './repo.ts';
import type { AddPartyInput, CorrectPartyInput } from './types.ts';

const STALE = '案件已被他人更新，请刷新后重试';
/** The entity type of a party's versions in `record_versions`. */
export const PARTY_ENTITY = 'case_party';

export class CasePartiesService {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly cases: CasesService,
    /** Seals and opens the parties' ID numbers, phones and addresses (H4). */
    private readonly sealer: Sealer,
  ) {}

  /** The parties of a case: as stored (for versions), and opened (for the rules, which compare them). */
  private async parties(tx: TxCtx['tx'], caseId: string) {
    const stored = await repo.listParties(tx, caseId);
    return { stored, open: stored.map((p) => repo.openParty(this.sealer, p.id, p)) };
  }

  /**
   * The case, if the caller handles it, locked at the version they read: a concurrent writer either
   * waits here and then finds the version moved on, or has already moved it (409, nothing written).
   */
  private async lockedCase(ctx: TxCtx, id: string, version: number, action: string, refusal: string) {
    const c = await this.cases.caseForStep(ctx, id, action, refusal);
    if (c.version !== version || !(await lockCaseAtVersion(ctx.tx, c.id, version)))
      throw conflict('VERSION_CONFLICT', STALE, { currentVersion: c.version });
    return c;
  }

  /** Adds a 当事人, witness or agent (C4). */
  async add(ctx: Ctx, caseId: string, input: AddPartyInput) {
    const { version, representsId, ...party } = input;
    return withTx(ctx, this.db, async (tctx) => {
      const { tx } = tctx;
      const c = await this.lockedCase(
        tctx,
        caseId,
        version,
        'add_party',
        '只有本案执法人员可以添加当事人、证人或代理人',
      );
      const join = mayJoin(c, party.role);
      if (!join.ok) throw unprocessable('RULE_VIOLATION', join.message, { rule: join.code });
      const { open: parties } = await this.parties(tx, c.id);
      checkPrincipal(party.role, representsId, parties);
      checkDuplicate(party, parties);
      const row = await repo.insertParty(tx, this.sealer, { ...party, caseId: c.id, representsId });
      if (!(await updateCaseIfVersion(tx, c.id, version, {}))) throw conflict('VERSION_CONFLICT', STALE);
      await insertEvent(tx, {
        caseId: c.id,
        action: 'add_party',
        data: { partyId: row.id, role: row.role, type: row.type, name: row.name, representsId },
        fromState: c.state,
        toState: c.state,
        legalDate: today(ctx),
        actorId: ctx.actor.id,
        actorName: ctx.actor.name,
      });
      await recordChange(
        tctx,
        this.ledger,
        {
          entityType: PARTY_ENTITY,
          record: { ...row, version: 1 },
          reason: `添加${PARTY_ROLE_LABELS[party.role]}`,
        },
        {
          action: 'case.party_added',
          entityType: 'case',
          entityId: c.id,
          bodyId: c.bodyId,
          payload: { partyId: row.id, role: row.role, type: row.type, representsId },
        },
      );
      return repo.openParty(this.sealer, row.id, row);
    });
  }

  /**
   * Corrects a party's details with a reason (C8). Role and type are who the person is in the case and
   * stay; once an issued document names the party, their name and ID are fixed — a mistake there is put
   * right by the 更正 procedure (a correcting document), not here — while phone and address may change.
   */
  async correct(ctx: Ctx, caseId: string, partyId: string, input: CorrectPartyInput) {
    const { version, reason, representsId, ...fields } = input;
    return withTx(ctx, this.db, async (tctx) => {
      const { tx } = tctx;
      const c = await this.lockedCase(
        tctx,
        caseId,
        version,
        'correct_party',
        '只有本案执法人员可以更正当事人信息',
      );
      if (c.finished)
        throw unprocessable('RULE_VIOLATION', '案件已办结，不能再更正当事人信息', { rule: 'CASE_FINISHED' });
      const { stored, open: parties } = await this.parties(tx, c.id);
      const current = parties.find((p) => p.id === partyId);
      if (!current) throw notFound('当事人');
      if (fields.role !== current.role)
        throw badRequest('不能更改身份（当事人、证人、代理人）；如登记错误，请另行添加', { field: 'role' });
      if (fields.type !== current.type)
        throw badRequest('不能更改类型（自然人、法人或其他组织）；如登记错误，请另行添加', { field: 'type' });
      const principal = representsId === undefined ? current.representsId : representsId;
      if (representsId !== undefined) checkPrincipal(current.role, principal, parties);
      const before = detailsOf(current);
      const given = detailsOf(fields);
      const changed = changedFields(before, given);
      // Only what changed is written: fields the form merely echoed keep their stored form.
      const after: PartyDetails = { ...before, ...pick(given, changed) };
      const principalChanged = principal !== current.representsId;
      if (!changed.length && !principalChanged) throw badRequest('更正后的信息与现有信息相同，无需更正');
      checkDuplicate({ role: current.role, ...after }, parties, current.id);
      const identity = changed.filter((f) => IDENTITY_FIELDS.includes(f));
      if (identity.length && partiesNamedInDocuments(await listDocuments(tx, c.id)).has(current.id)) {
        const role = PARTY_ROLE_LABELS[current.role];
        throw unprocessable(
          'RULE_VIOLATION',
          `已签发的文书载明了该${role}的${identity.map((f) => PARTY_FIELD_LABELS[f]).join('、')}，不能直接修改；确有错误的，须按更正程序办理（制作更正文书）。联系电话、地址等可以更正`,
          { rule: 'PARTY_NAMED_IN_DOCUMENT', fields: identity },
        );
      }

      // Versions: the state before the first correction is kept too (parties registered with the case
      // have none yet), then the corrected state with its reason.
      const history = await listVersions(tx, PARTY_ENTITY, current.id);
      let last = history.at(-1)?.version ?? 0;
      if (last === 0)
        await recordVersion(tctx, {
          entityType: PARTY_ENTITY,
          record: { ...stored.find((p) => p.id === partyId)!, version: ++last },
          reason: '登记时的信息',
        });
      const row = await repo.updateParty(tx, this.sealer, c.id, current.id, {
        ...after,
        representsId: principal,
      });
      const partyVersion = last + 1;

      // The case row carries its main party's name and ID for lists and linked cases (C4, C9).
      const indexOf = (id: string) => idNumberIndex(this.sealer, id);
      const main = mainPartyOf(c, parties, indexOf);
      const caseValues =
        main?.id === current.id ? { partyName: row.name, partyKey: partyKeyOf(after, indexOf) } : {};
      if (!(await updateCaseIfVersion(tx, c.id, version, caseValues)))
        throw conflict('VERSION_CONFLICT', STALE);
      const moved = principalChanged ? { representsId: current.representsId } : {};
      await insertEvent(tx, {
        caseId: c.id,
        action: 'correct_party',
        data: {
          partyId: current.id,
          role: current.role,
          name: row.name,
          reason,
          partyVersion,
          // Personal fields changed are kept sealed here too; the case page opens them (H4).
          before: repo.sealPartyFields(this.sealer, current.id, { ...pick(before, changed), ...moved }),
          after: repo.sealPartyFields(this.sealer, current.id, {
            ...pick(after, changed),
            ...(principalChanged ? { representsId: principal } : {}),
          }),
        },
        fromState: c.state,
        toState: c.state,
        legalDate: today(ctx),
        actorId: ctx.actor.id,
        actorName: ctx.actor.name,
      });
      await recordChange(
        tctx,
        this.ledger,
        { entityType: PARTY_ENTITY, record: { ...row, version: partyVersion }, reason },
        {
          action: 'case.party_corrected',
          entityType: 'case',
          entityId: c.id,
          bodyId: c.bodyId,
          payload: {
            partyId: current.id,
            fields: principalChanged ? [...changed, 'representsId'] : changed,
            reason,
            partyVersion,
          },
        },
      );
      return repo.openParty(this.sealer, row.id, row);
    });
  }

  /** Every state of a party with its reason and author (C8), if the caller may see the case. */
  async versions(ctx: Ctx, caseId: string, partyId: string) {
    const db = dbOf(ctx, this.db);
    const c = await this.cases.caseVisibleTo(ctx, caseId);
    const parties = await repo.listParties(db, c.id);
    if (!parties.some((p) => p.id === partyId)) throw notFound('当事人');
    const versions = await listVersions(db, PARTY_ENTITY, partyId);
    return versions.map((v) => ({ ...v, data: repo.openParty(this.sealer, partyId, v.data) }));
  }
}
