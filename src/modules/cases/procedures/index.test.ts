// What holds for every procedure machine: the registry shape, labels, reachability, the period data.
import { describe, expect, it } from 'vitest';
import { DEADLINE_RULES } from '../deadlines.ts';
import { CASE_KINDS, type ProcedureMachine } from '../machine.ts';
import { PROCEDURE_MACHINES } from '../registry.ts';
import { ACTIONS_FROM as COERCION_TABLE } from './coercion/index.ts';
import { ACTIONS_FROM as INSPECTION_TABLE } from './inspection/index.ts';
import { ACTIONS_FROM as LEVY_TABLE } from './levy/index.ts';
import { ACTIONS_FROM as PENALTY_TABLE } from './penalty/index.ts';
import { PROCEDURE_DEADLINE_LABELS, PROCEDURE_PERIODS } from './periods.ts';
import { ACTIONS_FROM as PERMIT_TABLE } from './permit/index.ts';
import { baseFacts } from './testkit.ts';

// The registry holds machines as the base shape: this must type-check.
const asBase: Record<string, ProcedureMachine> = PROCEDURE_MACHINES;
const TABLES: Record<string, Readonly<Record<string, readonly string[]>>> = {
  penalty: PENALTY_TABLE,
  coercion: COERCION_TABLE,
  inspection: INSPECTION_TABLE,
  permit: PERMIT_TABLE,
  levy: LEVY_TABLE,
};
const HAN = /[\u4e00-\u9fff]/;

describe.each(Object.entries(asBase))('%s', (key, m) => {
  const table = TABLES[key]!;
  it('is registered under its own kind', () => {
    expect(m.kind).toBe(key);
    expect(CASE_KINDS).toContain(m.kind);
  });
  it('labels every state and action in Chinese', () => {
    expect(Object.keys(m.stateLabels).sort()).toEqual([...m.states].sort());
    for (const label of [...Object.values<string>(m.stateLabels), ...Object.values<string>(m.actionLabels)])
      expect(label).toMatch(HAN);
    const used = new Set(Object.values(table).flat());
    expect([...used].sort()).toEqual(Object.keys(m.actionLabels).sort());
  });
  it('gives every action a permission', () => {
    expect(Object.keys(m.actionPermissions)).toEqual(Object.keys(m.actionLabels));
    for (const p of Object.values<string>(m.actionPermissions)) expect(p).toMatch(/^cases\./);
  });
  it('has its initial and finished states among its states; finished states lead at most to archiving', () => {
    expect(m.states).toContain(m.initial);
    for (const f of m.finished) {
      expect(m.states).toContain(f);
      expect(table[f]!.filter((a) => a !== 'archive')).toEqual([]);
    }
    expect(m.finished).toContain('archived');
    expect(table.archived).toEqual([]);
    // Every state but the initial one is entered by some action: the per-machine tests show which.
    expect(Object.keys(table).sort()).toEqual([...m.states].sort());
  });
  it('offers nothing from the archive', () => {
    expect(
      m.allowedActions(
        'archived',
        {
          ...m.emptyRecord(),
          calendar: undefined as never,
          category: 'other',
          partyType: 'person',
          officers: [],
        },
        '2026-01-01',
      ),
    ).toEqual([]);
  });
  it('refuses a state or an action it does not know', () => {
    const f = { ...baseFacts('other'), ...m.emptyRecord() };
    expect(
      m.transition('nowhere', f, { type: 'archive', on: '2026-01-01' } as never, '2026-12-01'),
    ).toMatchObject({ ok: false, code: 'NOT_ALLOWED_IN_STATE' });
    const r = m.transition(m.initial, f, { type: 'no_such_step' } as never, '2026-12-01');
    expect(r).toMatchObject({ ok: false, code: 'NOT_ALLOWED_IN_STATE' });
    expect(r.ok || r.message).toContain('no_such_step');
    expect(m.allowedActions('nowhere', f, '2026-12-01')).toEqual([]);
  });
  it('starts from an empty, plain-JSON record', () => {
    const r = m.emptyRecord();
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(m.emptyRecord()).not.toBe(r);
  });
});

describe('period data', () => {
  it('every rule has a citation and a Chinese label', () => {
    const rules = Object.values(PROCEDURE_PERIODS).flatMap((group) => Object.values(group ?? {}));
    expect(rules.length).toBe(12);
    for (const r of rules) {
      expect(r.citation).toMatch(HAN);
      expect(r.label).toMatch(HAN);
    }
  });
  it('deadline keys are unique; only `seizure` is shared with the penalty rules, with the same citation', () => {
    const keys = Object.values(PROCEDURE_PERIODS).flatMap((group) =>
      Object.values(group ?? {}).map((r) => r.key),
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k in DEADLINE_RULES)).toEqual(['seizure']);
    expect(PROCEDURE_PERIODS.coercion!.seizure!.citation).toBe(DEADLINE_RULES.seizure.citation);
    expect(Object.keys(PROCEDURE_DEADLINE_LABELS).sort()).toEqual([...keys].sort());
  });
});
