// C8 `verify-ledger --state`: the current rows must be in the state their ledger entries describe. A
// module that records a row's state in its entries registers a check that reads both and names every
// row that differs (a change made in SQL, past the services, that the ledger never saw). Sealed values
// are compared by the module through its Sealer, never put on the ledger in the clear.
import type { Db } from '../db/client.ts';

export interface StateDifference {
  entityType: string;
  entityId: string;
  /** The field that differs; '' when the row has no entry that describes it at all. */
  field: string;
  ledger: string | null;
  row: string | null;
}

export type StateCheck = (db: Db) => Promise<StateDifference[]>;

export async function verifyState(db: Db, checks: readonly StateCheck[]): Promise<StateDifference[]> {
  const all: StateDifference[] = [];
  for (const check of checks) all.push(...(await check(db)));
  return all;
}

export function describeDifference(d: StateDifference): string {
  return d.field
    ? `${d.entityType} ${d.entityId} 的 ${d.field}：账本记为 ${JSON.stringify(d.ledger)}，当前为 ${JSON.stringify(d.row)}`
    : `${d.entityType} ${d.entityId}：账本中没有描述它的记录（绕过系统写入）`;
}
