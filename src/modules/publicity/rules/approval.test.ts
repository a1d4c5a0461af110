import { describe, expect, it } from 'vitest';
import { approvalRefusal, chainRefusal, nextStep, type Approval, type ChainStep } from './approval.ts';

const FULL: ChainStep[] = ['drafter', 'unit_head', 'deputy', 'head'];
const by = (step: ChainStep, actorId: string): Approval => ({ step, actorId, actorName: actorId, at: '' });

describe('E6 approval chain', () => {
  it('accepts chains from the 承办人 in order, refuses the rest', () => {
    expect(chainRefusal(FULL)).toBeNull();
    expect(chainRefusal(['drafter', 'head'])).toBeNull();
    expect(chainRefusal(['drafter', 'unit_head', 'head'])).toBeNull();
    for (const bad of [
      [],
      ['drafter'],
      ['unit_head', 'head'],
      ['drafter', 'head', 'deputy'],
      ['drafter', 'head', 'head'],
      ['drafter', 'boss'],
    ])
      expect(chainRefusal(bad)?.code, bad.join()).toBe('CHAIN_INVALID');
  });

  it('waits for each step in turn and is complete after the last', () => {
    expect(nextStep(FULL, [])).toBe('drafter');
    expect(nextStep(FULL, [by('drafter', 'p')])).toBe('unit_head');
    expect(
      nextStep(
        FULL,
        FULL.map((s, i) => by(s, String(i))),
      ),
    ).toBeNull();
  });

  it('refuses a skipped step, a wrong role, a second approval by one person, a complete chain', () => {
    const done = [by('drafter', 'p'), by('unit_head', 'u')];
    const deputy = { id: 'd', roles: ['deputy'] };
    expect(approvalRefusal(FULL, done, deputy, 'deputy')).toBeNull();
    expect(approvalRefusal(FULL, done, { id: 'h', roles: ['head'] }, 'head')?.code).toBe(
      'APPROVAL_STEP_SKIPPED',
    );
    expect(approvalRefusal(FULL, done, { id: 'x', roles: ['unit_head'] }, 'deputy')?.code).toBe(
      'APPROVAL_ROLE',
    );
    expect(approvalRefusal(FULL, done, { id: 'u', roles: ['deputy'] }, 'deputy')?.code).toBe(
      'APPROVAL_SAME_PERSON',
    );
    const all = FULL.map((s, i) => by(s, String(i)));
    expect(approvalRefusal(FULL, all, deputy, 'head')?.code).toBe('APPROVAL_COMPLETE');
  });
});
