// H4 the free text of case steps that can hold personal data, sealed at rest like the parties' fields.
// Which step facts count (by their key, wherever the procedure puts them):
// - place (检查地点): an address; for a natural person's premises (个体诊所, a home) it is where they live;
// - witness (见证人): the name of a natural person who is not a party and gave no consent to be recorded;
// - applicant (申请人), payer (征收对象): the name of a natural person as often as of an organisation;
// - problems (发现的问题), findings (复查情况, 核查情况): observations of premises and the people in
//   them, which name staff and can record their health certificates or conduct.
// Not sealed: reasons (理由, 事由), opinions, decisions, legal bases, item lists and the officials who
// approved: they state the procedure's own grounds and acts, which the ledger and the audit log must show
// (a reason that must name a person belongs in the evidence or a document, which are sealed).
// The step's timeline event (`case_events.data`) and the case's folded record (`cases.record`) keep these
// sealed, bound to their row; the ledger entry of the step leaves them out (it is a hash chain that a key
// rotation cannot rewrite), as the parties' ledger entries leave out their personal fields.
import { openKeyed, resealKeyed, withoutKeyed } from '../../platform/crypto/personal-data.ts';
import { Resealing } from '../../platform/crypto/reseal.ts';
import type { Sealer } from '../../platform/crypto/sealing.ts';

export const PERSONAL_STEP_KEYS: ReadonlySet<string> = new Set([
  'place',
  'witness',
  'applicant',
  'payer',
  'problems',
  'findings',
]);

export const STEP_EVENT_TEXT = { table: 'case_events', column: 'data' } as const;
export const CASE_RECORD_TEXT = { table: 'cases', column: 'record' } as const;
type Where = typeof STEP_EVENT_TEXT | typeof CASE_RECORD_TEXT;

/** `json` (a step's action or a case's record) with its personal text sealed (plaintext values only). */
export const sealStepText = <T>(sealer: Sealer, where: Where, rowId: string, json: T): T =>
  resealKeyed(json, new Resealing(sealer), where.table, where.column, rowId, PERSONAL_STEP_KEYS);

export const resealStepText = <T>(r: Resealing, where: Where, rowId: string, json: T): T =>
  resealKeyed(json, r, where.table, where.column, rowId, PERSONAL_STEP_KEYS);

/** `json` with its personal text in the clear, for the case page and the documents made from it. */
export const openStepText = <T>(sealer: Sealer, where: Where, rowId: string, json: T): T =>
  openKeyed(json, sealer, where.table, where.column, rowId, PERSONAL_STEP_KEYS);

/** What the ledger keeps of a step's action: all but its personal text. */
export const ledgerAction = <T>(action: T): T => withoutKeyed(action, PERSONAL_STEP_KEYS);
