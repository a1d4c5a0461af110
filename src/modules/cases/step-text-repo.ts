// H4 where the steps' personal text is kept (step-text.ts), for resealing: plaintext an earlier release
// wrote is sealed at start, and everything on a key rotation. Only rows whose JSON names one of the keys
// are read.
import { sql } from 'drizzle-orm';
import type { SealedJson } from '../../platform/crypto/reseal.ts';
import { caseEvents, cases } from './schema.ts';
import { CASE_RECORD_TEXT, PERSONAL_STEP_KEYS, resealStepText, STEP_EVENT_TEXT } from './step-text.ts';

const namesAKey = (column: unknown) => sql`${column}::text ~ ${`"(${[...PERSONAL_STEP_KEYS].join('|')})":`}`;

export const STEP_EVENTS_SEALED: SealedJson = {
  table: 'case_events',
  key: 'id',
  keyType: 'uuid',
  column: 'data',
  columnType: 'jsonb',
  rows: sql`${caseEvents.action} <> 'correct_party' and ${namesAKey(caseEvents.data)}`,
  reseal: (json, r, id) => resealStepText(r, STEP_EVENT_TEXT, id, json),
};

export const CASE_RECORDS_SEALED: SealedJson = {
  table: 'cases',
  key: 'id',
  keyType: 'uuid',
  column: 'record',
  columnType: 'jsonb',
  rows: namesAKey(cases.record),
  reseal: (json, r, id) => resealStepText(r, CASE_RECORD_TEXT, id, json),
};
