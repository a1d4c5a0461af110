// C4, C8 the rules for the people of a case met after it was opened: who may still join it at its
// current stage, which of their details an issued document has fixed, what a correction changed, and
// the refusals of an agent without a principal or the same person twice in one role. Pure: the parties
// service (service.ts) and the case view read them.
import type { CaseKind } from '../machine.ts';
import type { CoercionState } from '../procedures/coercion/model.ts';
import type { InspectionState } from '../procedures/inspection/model.ts';
import type { LevyState } from '../procedures/levy/model.ts';
import type { PenaltyState } from '../procedures/penalty/model.ts';
import type { PermitState } from '../procedures/permit/model.ts';
import { badRequest } from '../../../platform/http/errors.ts';
import type { PartyRow } from './repo.ts';
import type { PartyInput } from './types.ts';

export const PARTY_ROLES = ['party', 'witness', 'agent'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PARTY_ROLE_LABELS: Record<PartyRole, string> = {
  party: '当事人',
  witness: '证人',
  agent: '代理人',
};

/**
 * The states in which another 当事人 may still join a case: before the parties are told what the body
 * intends to decide, or — where the procedure has no such notice — before its first decision about them.
 * - 行政处罚: up to 事先告知 (Art. 44: every party is told the intended penalty, facts, reasons and basis,
 *   and may state a case or ask for a hearing; a party added later would not have been).
 * - 行政强制: only while the measure is proposed; 查封、扣押 already decided or done on the spot names
 *   the party in its decision (行政强制法第二十四条).
 * - 行政检查: before the result (合格 / 责令改正 / 移送) is recorded.
 * - 行政许可: before 受理 — the 受理通知书 names the applicant (行政许可法第三十二条); a new applicant is a
 *   new application.
 * - 行政征收: before 核定, which names the payer.
 * Witnesses and agents may join at any time while the case is open.
 */
export const PARTY_JOIN_STATES: {
  penalty: readonly PenaltyState[];
  coercion: readonly CoercionState[];
  inspection: readonly InspectionState[];
  permit: readonly PermitState[];
  levy: readonly LevyState[];
} = {
  penalty: [
    'lead',
    'filed',
    'investigating',
    'investigation_closed',
    'legal_review',
    'collective_discussion',
  ],
  coercion: ['proposed'],
  inspection: ['planned', 'inspected'],
  permit: ['intake', 'applied', 'awaiting_correction'],
  levy: ['pending'],
};

export type JoinRefusal = { ok: false; code: string; message: string };

/** Whether a person of `role` may join the case now. */
export function mayJoin(
  c: { kind: string; state: string; finished: boolean; record: unknown },
  role: PartyRole,
): { ok: true } | JoinRefusal {
  if (c.finished)
    return { ok: false, code: 'CASE_FINISHED', message: '案件已办结，不能再添加当事人、证人或代理人' };
  if (role !== 'party') return { ok: true };
  const states = PARTY_JOIN_STATES[c.kind as CaseKind] as readonly string[] | undefined;
  // 告知 can be repeated after a statement or a hearing, from states that also come before it.
  const record = (c.record ?? {}) as { noticeServedOn?: string | null; decidedOn?: string | null };
  if (states?.includes(c.state) && !record.noticeServedOn && !record.decidedOn) return { ok: true };
  return c.kind === 'penalty'
    ? {
        ok: false,
        code: 'PARTY_AFTER_NOTICE',
        message: '已向当事人事先告知拟作出的行政处罚，不能再追加当事人；可以添加证人或代理人',
      }
    : {
        ok: false,
        code: 'PARTY_AFTER_DECISION',
        message: '本案已作出决定（或已受理），不能再追加当事人；可以添加证人或代理人',
      };
}

/** The roles that may join the case now (what the workbench offers). */
export function joinableRoles(c: {
  kind: string;
  state: string;
  finished: boolean;
  record: unknown;
}): PartyRole[] {
  return PARTY_ROLES.filter((r) => mayJoin(c, r).ok);
}

/** The details of a party a correction may change, in the order they are shown. */
export const PARTY_FIELDS = [
  'name',
  'idType',
  'idNumber',
  'creditCode',
  'legalRepresentative',
  'address',
  'phone',
  'minor',
] as const;
export type PartyField = (typeof PARTY_FIELDS)[number];
export type PartyDetails = {
  [K in PartyField]: K extends 'minor'
    ? boolean
    : K extends 'address' | 'phone' | 'name'
      ? string
      : string | null;
};

/** Who the party is: once an issued document names them, only a 更正 procedure may change these. */
export const IDENTITY_FIELDS: readonly PartyField[] = ['name', 'idType', 'idNumber', 'creditCode'];

export const PARTY_FIELD_LABELS: Record<PartyField, string> = {
  name: '姓名或名称',
  idType: '证件类型',
  idNumber: '证件号码',
  creditCode: '统一社会信用代码',
  legalRepresentative: '法定代表人',
  address: '地址',
  phone: '电话',
  minor: '未成年人',
};

/** The fields whose values differ between two states of a party. */
export function changedFields(before: PartyDetails, after: PartyDetails): PartyField[] {
  return PARTY_FIELDS.filter((f) => comparable(f, before[f]) !== comparable(f, after[f]));
}

/**
 * What counts as the same value: an ID type left empty at registration is 居民身份证 (the form's default),
 * and ID numbers and credit codes do not differ by letter case — so a correction form that fills in
 * defaults does not record, or lock on, changes nobody made.
 */
function comparable(f: PartyField, v: PartyDetails[PartyField]): unknown {
  if (f === 'idType') return v ?? '居民身份证';
  if ((f === 'idNumber' || f === 'creditCode') && typeof v === 'string') return v.toUpperCase();
  return v ?? null;
}

/** The ids of the parties named in the frozen snapshot of any issued document (kept beside its sealed content). */
export function partiesNamedInDocuments(
  documents: ReadonlyArray<{ partyIds: readonly string[] | null }>,
): Set<string> {
  return new Set(documents.flatMap((d) => d.partyIds ?? []));
}

/**
 * The main party the case row carries (`partyName`, `partyKey`, `partyType`, for lists and linked cases):
 * the 当事人 the case was registered against.
 */
export function mainPartyOf<
  P extends { role: string; type: string; name: string; idNumber: string | null; creditCode: string | null },
>(
  c: { partyName: string; partyKey: string | null; partyType: string },
  parties: readonly P[],
  indexOf: (idNumber: string) => string,
): P | undefined {
  const candidates = parties.filter((p) => p.role === 'party' && p.type === c.partyType);
  const key = (p: P) => partyKeyOf(p, indexOf);
  return (
    candidates.find((p) => key(p) === c.partyKey && p.name === c.partyName) ??
    candidates.find((p) => c.partyKey !== null && key(p) === c.partyKey) ??
    candidates.find((p) => p.name === c.partyName)
  );
}

/** The timeline label of a party event, naming the person (`data` is the event's stored data). */
export function partyEventLabel(action: string, data: unknown): string | undefined {
  const d = (data ?? {}) as { role?: string; name?: string };
  const role = PARTY_ROLE_LABELS[d.role as PartyRole] ?? '当事人';
  if (action === 'add_party') return `添加${role}${d.name ? `：${d.name}` : ''}`;
  if (action === 'correct_party') return `更正${role}信息${d.name ? `：${d.name}` : ''}`;
  return undefined;
}

/** What the case view offers the caller about parties; `handles` is whether they handle the case. */
export function partyActions(
  c: { kind: string; state: string; finished: boolean; record: unknown },
  documents: ReadonlyArray<{ partyIds: readonly string[] | null }>,
  handles: boolean,
) {
  return {
    add: handles ? joinableRoles(c) : [],
    correct: handles && !c.finished,
    identityLocked: [...partiesNamedInDocuments(documents)],
  };
}

export function detailsOf(p: Pick<PartyInput, PartyField>): PartyDetails {
  return {
    name: p.name,
    idType: p.idType ?? null,
    idNumber: p.idNumber ?? null,
    creditCode: p.creditCode ?? null,
    legalRepresentative: p.legalRepresentative ?? null,
    address: p.address ?? '',
    phone: p.phone ?? '',
    minor: p.minor ?? false,
  };
}

export const pick = (d: PartyDetails, fields: readonly PartyField[]) =>
  Object.fromEntries(fields.map((f) => [f, d[f]]));
/** What a party is recognised by within a case (信用代码 or 证件号码, upper case), if it has one. */
export const identityOf = (p: { creditCode: string | null; idNumber: string | null }) =>
  (p.creditCode ?? p.idNumber)?.toUpperCase() ?? null;

/**
 * The key the case row links a party's cases by (C4, C9): an organisation's credit code (upper case), or
 * a natural person's ID number as `indexOf` gives it — its blind index (H4), never the number itself.
 */
export const partyKeyOf = (
  p: { creditCode: string | null; idNumber: string | null },
  indexOf: (idNumber: string) => string,
) => (p.creditCode ? p.creditCode.toUpperCase() : p.idNumber ? indexOf(p.idNumber) : null);

/** An agent acts for a 当事人 of this very case (授权委托); nobody else names a principal. */
export function checkPrincipal(role: PartyRole, representsId: string | null, parties: readonly PartyRow[]) {
  if (role !== 'agent') {
    if (representsId !== null)
      throw badRequest('只有代理人需要填写被代理的当事人', { field: 'representsId' });
    return;
  }
  if (representsId === null)
    throw badRequest('请选择代理人所代理的当事人（授权委托）', { field: 'representsId' });
  if (!parties.some((p) => p.id === representsId && p.role === 'party'))
    throw badRequest('被代理人须是本案的当事人', { field: 'representsId' });
}

/** The same person twice in the same role is a slip, not a second witness. */
export function checkDuplicate(
  p: { role: string; creditCode: string | null; idNumber: string | null },
  parties: readonly PartyRow[],
  selfId: string | null = null,
) {
  const key = identityOf(p);
  if (key === null) return;
  const twin = parties.find((o) => o.id !== selfId && o.role === p.role && identityOf(o) === key);
  if (twin) {
    const field = p.creditCode ? 'creditCode' : 'idNumber';
    throw badRequest(`本案已有证件号码相同的${PARTY_ROLE_LABELS[p.role as PartyRole]}：${twin.name}`, {
      field,
    });
  }
}
