// A5 which approval steps wait on a case: those of its kind the machine allows now, under their condition.
import { describe, expect, it } from 'vitest';
import { APPROVAL_STEPS, waitingApprovals } from './approvals.ts';
import { CASE_KINDS } from './machine.ts';
import { machineOf } from './registry.ts';

describe('waitingApprovals', () => {
  it('names only steps of the procedure that need the head’s permission', () => {
    for (const kind of CASE_KINDS)
      for (const s of APPROVAL_STEPS[kind])
        expect(machineOf(kind).actionPermissions[s.type]).toBe('cases.approve');
  });

  it('keeps the allowed approval steps, in the table’s order', () => {
    expect(waitingApprovals('penalty', ['decide', 'revoke', 'file'], {})).toEqual(['file', 'decide']);
    expect(waitingApprovals('penalty', ['revoke', 'extend_decision_period'], {})).toEqual([]);
    expect(waitingApprovals('inspection', ['inspect', 'close'], {})).toEqual([]);
    expect(waitingApprovals('coercion', ['approve_urgent', 'release'], {})).toEqual(['approve_urgent']);
  });

  it('a collective discussion waits only when required and not yet held', () => {
    const allowed = ['hold_collective_discussion'];
    expect(waitingApprovals('penalty', allowed, { collectiveDiscussionRequired: false })).toEqual([]);
    expect(waitingApprovals('penalty', allowed, { collectiveDiscussionRequired: true })).toEqual([
      'hold_collective_discussion',
    ]);
    expect(
      waitingApprovals('penalty', allowed, {
        collectiveDiscussionRequired: true,
        collectiveDiscussionHeldOn: '2026-12-01',
      }),
    ).toEqual([]);
  });
});
