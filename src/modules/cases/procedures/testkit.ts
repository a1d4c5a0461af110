// Test support for the procedure machines (imported by the *.test.ts files only): certified officers,
// the calendar, and `ok` / `refused` that also record which refusal codes a test file exercised. A
// procedure whose tests span several files lists which file exercises which codes (`CodeShare`): each
// file checks its share, and the shares together must be every code.
import { expect } from 'vitest';
import { pinnedCalendar } from '../../../../test/helpers/calendar.ts';
import type { Category } from '../../bodies/index.ts';
import type { BaseFacts, Officer, ProcedureMachine } from '../machine.ts';

export const cal = pinnedCalendar();

export function cert(
  categories: Category[],
  over: Partial<NonNullable<Officer['certificate']>> = {},
): NonNullable<Officer['certificate']> {
  return {
    status: 'valid',
    issuedOn: '2023-01-01',
    expiresOn: '2030-12-31',
    reviews: [
      { year: 2024, passed: true },
      { year: 2025, passed: true },
    ],
    categories,
    ...over,
  };
}

export function officers(category: Category): Officer[] {
  return [
    { id: 'o1', name: '张三', certificate: cert([category]) },
    { id: 'o2', name: '李四', certificate: cert([category]) },
  ];
}

export function baseFacts(category: Category): BaseFacts {
  return { calendar: cal, category, partyType: 'organisation', officers: officers(category) };
}

/** Officer sets that leave only one qualified officer on 2026-08-03 and later. */
export function weakOfficerSets(category: Category): [string, Officer[]][] {
  const [o1] = officers(category);
  return [
    ['one officer only', [o1!]],
    ['the same officer twice', [o1!, o1!]],
    ['a certificate of another category', [o1!, { id: 'o3', certificate: cert(['other']) }]],
    [
      'an expired certificate',
      [o1!, { id: 'o3', certificate: cert([category], { expiresOn: '2026-08-02' }) }],
    ],
    ['a suspended certificate', [o1!, { id: 'o3', certificate: cert([category], { status: 'suspended' }) }]],
    [
      'no 2025 annual review after 03-31',
      [o1!, { id: 'o3', certificate: cert([category], { reviews: [{ year: 2024, passed: true }] }) }],
    ],
    ['no certificate', [o1!, { id: 'o3', certificate: null }]],
  ];
}

export function kit<S extends string, A extends { type: string }, R extends object>(
  machine: ProcedureMachine<S, A, R>,
  citations: Readonly<Record<string, string>>,
  defaultToday: string,
) {
  const seen = new Set<string>();
  function ok(state: S, facts: BaseFacts & R, action: A, today = defaultToday) {
    const r = machine.transition(state, facts, action, today);
    if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
    return r;
  }
  function refused(state: S, facts: BaseFacts & R, action: A, code: string, today = defaultToday) {
    const r = machine.transition(state, facts, action, today);
    if (r.ok) throw new Error(`expected ${code}, got ok → ${r.next}`);
    expect(r.code).toBe(code);
    expect(r.citation).toBe(citations[code]);
    expect(r.citation).not.toBe('');
    expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    seen.add(code);
    return r;
  }
  /** Codes declared (or, given `share`, this file's share of them) never produced by a test of this file. */
  const unexercised = (share: readonly string[] = Object.keys(citations)) =>
    share.filter((c) => !seen.has(c));
  return { ok, refused, unexercised };
}

/** Which test file of a procedure exercises which of its refusal codes. */
export type CodeShare = Readonly<Record<string, readonly string[]>>;

/** Codes no file's share covers. */
export function unshared(citations: Readonly<Record<string, string>>, shares: CodeShare): string[] {
  const covered = new Set(Object.values(shares).flat());
  return Object.keys(citations).filter((c) => !covered.has(c));
}
