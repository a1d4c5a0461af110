// E3 what the publicity module publishes a decision from: the case's decision as the procedure recorded
// it (date, what was decided), every party, witness and agent with their personal data opened (the first
// layer of E4 redaction), and the issued decision document's text. Read for a publication only, never
// shown as it is: the publicity module redacts before it stores or shows anything. Also the hook through
// which it learns of decisions: listeners called inside the step's transaction, so a decision and its
// publication draft commit together (the cases module does not import publicity).
import type { Actor, Ctx, TxCtx } from '../../platform/context.ts';
import { dbOf } from '../../platform/context.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';
import type { Db } from '../../platform/db/client.ts';
import { PENALTY_LABELS, type PenaltyKind } from '../catalog/index.ts';
import { decisionDocumentOf, type DecisionDocument } from './documents/index.ts';
import { listParties, openParty } from './parties/index.ts';
import * as repo from './repo.ts';
import { CASE_RECORD_TEXT, openStepText } from './step-text.ts';

/** A step just taken, as the listeners see it (inside its transaction). */
export interface StepTaken {
  caseId: string;
  bodyId: string;
  kind: string;
  action: { type: string } & Record<string, unknown>;
}
export type StepListener = (ctx: TxCtx<Actor>, step: StepTaken) => Promise<void>;

export interface DecisionParty {
  role: 'party' | 'witness' | 'agent';
  type: 'person' | 'organisation';
  name: string;
  idNumber: string | null;
  address: string;
  phone: string;
  creditCode: string | null;
  legalRepresentative: string | null;
  minor: boolean;
}

export interface CaseDecision {
  caseId: string;
  bodyId: string;
  bodyPath: string;
  code: string;
  kind: string;
  state: string;
  cause: string;
  partyType: 'person' | 'organisation';
  enforcementItemCode: string | null;
  decidedOn: string | null;
  /** What was decided, in words (警告，罚款 5000 元 / 准予行政许可). Null before a decision. */
  conclusion: string | null;
  /** The penalty kinds decided (E7: the 5-year portal period applies to penalties). */
  penaltyKinds: string[];
  parties: DecisionParty[];
  document: DecisionDocument | null;
}

const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 });

function conclusionOf(kind: string, r: Record<string, unknown>): string | null {
  if (kind === 'penalty') {
    const p = r.decidedPenalty as { kinds: PenaltyKind[]; fineFen: number | null } | null;
    if (!p) return r.noPenaltyReason ? '不予行政处罚' : null;
    return p.kinds
      .map((k) => (k === 'fine' && p.fineFen ? `罚款人民币${yuan(p.fineFen)}元` : PENALTY_LABELS[k]))
      .join('，');
  }
  if (kind === 'permit') {
    if (r.granted === true)
      return `准予行政许可（许可证号：${typeof r.certificateNo === 'string' ? r.certificateNo : ''}）`;
    if (r.granted === false) return '不予行政许可';
  }
  if (kind === 'coercion' && r.decidedOn) return '作出行政强制措施决定';
  return null;
}

/** The decision of a case, whatever its body: the caller checks the case is in its scope. */
export async function unsafeCaseDecision(
  ctx: Ctx<Actor>,
  db: Db,
  sealer: Sealer,
  caseId: string,
): Promise<CaseDecision | null> {
  const d = dbOf(ctx, db);
  const c = await repo.unsafeFindCase(d, caseId);
  if (!c) return null;
  const record = openStepText(sealer, CASE_RECORD_TEXT, c.id, c.record) as Record<string, unknown>;
  const parties = (await listParties(d, caseId)).map((p) => openParty(sealer, p.id, p));
  const penalty = record.decidedPenalty as { kinds: string[] } | null | undefined;
  return {
    caseId: c.id,
    bodyId: c.bodyId,
    bodyPath: c.bodyPath,
    code: c.code,
    kind: c.kind,
    state: c.state,
    cause: c.cause,
    partyType: c.partyType,
    enforcementItemCode: c.enforcementItemCode,
    decidedOn: (record.decidedOn as string | null | undefined) ?? null,
    conclusion: conclusionOf(c.kind, record),
    penaltyKinds: penalty?.kinds ?? [],
    parties: parties.map((p) => ({
      role: p.role,
      type: p.type,
      name: p.name,
      idNumber: p.idNumber,
      address: p.address,
      phone: p.phone,
      creditCode: p.creditCode,
      legalRepresentative: p.legalRepresentative,
      minor: p.minor,
    })),
    document: await decisionDocumentOf(d, sealer, caseId),
  };
}
