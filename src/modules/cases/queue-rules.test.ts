// A5 the work queue's rules: which steps are proposed as next, and which approvals a case waits for.
import { describe, expect, it } from 'vitest';
import { approvalsWaiting, approvalSteps, nextSteps, type ApprovalFacts } from './queue-rules.ts';

const base: ApprovalFacts = {
  kind: 'penalty',
  allowed: [],
  record: { collectiveDiscussionRequired: false, collectiveDiscussionHeldOn: null },
  openDeadlines: new Map(),
  today: '2026-12-07',
  soonUntil: '2026-12-10',
};
const waiting = (f: Partial<ApprovalFacts>) =>
  approvalsWaiting({ ...base, ...f }).map((a) => `${a.step}:${a.approval}`);

describe('next steps', () => {
  it('keeps the main path and drops side, ending and optional steps', () => {
    expect(
      nextSteps([
        'file',
        'decide_simple',
        'decline_filing',
        'start_investigation',
        'preserve_evidence',
        'record_pause',
        'revoke',
      ]),
    ).toEqual(['file', 'start_investigation']);
    expect(nextSteps([])).toEqual([]);
  });
});

describe('approvals waiting', () => {
  it('立案 and 决定 wait whenever the machine allows them', () => {
    expect(waiting({ allowed: ['file', 'decline_filing'] })).toEqual(['file:filing']);
    expect(waiting({ allowed: ['decide', 'decide_no_penalty', 'revoke'] })).toEqual(['decide:decision']);
    expect(waiting({ kind: 'coercion', allowed: ['decide', 'decline'] })).toEqual(['decide:decision']);
    expect(waiting({ kind: 'permit', allowed: ['grant', 'refuse_permit'] })).toEqual(['grant:decision']);
    expect(waiting({ kind: 'levy', allowed: ['assess'] })).toEqual(['assess:decision']);
    // A step of another procedure's name means nothing here.
    expect(waiting({ kind: 'inspection', allowed: ['decide', 'file'] })).toEqual([]);
  });

  it('集体讨论 waits only where the case requires it and it has not been held', () => {
    const allowed = ['hold_collective_discussion', 'notify'];
    expect(waiting({ allowed })).toEqual([]);
    expect(
      waiting({ allowed, record: { collectiveDiscussionRequired: true, collectiveDiscussionHeldOn: null } }),
    ).toEqual(['hold_collective_discussion:collective']);
    expect(
      waiting({
        allowed,
        record: { collectiveDiscussionRequired: true, collectiveDiscussionHeldOn: '2026-12-01' },
      }),
    ).toEqual([]);
  });

  it('延期 waits from today to the end of the due-soon band of the period it extends, not after', () => {
    const allowed = ['extend_decision_period'];
    const at = (due: string) => waiting({ allowed, openDeadlines: new Map([['decision', due]]) });
    expect(at('2026-12-06')).toEqual([]); // already past: Art. 60 requires approval before the end
    expect(at('2026-12-07')).toEqual(['extend_decision_period:extension']);
    expect(at('2026-12-10')).toEqual(['extend_decision_period:extension']);
    expect(at('2026-12-11')).toEqual([]);
    // Another deadline near does not make the decision period's extension wait.
    expect(waiting({ allowed, openDeadlines: new Map([['service', '2026-12-08']]) })).toEqual([]);
    expect(
      waiting({ kind: 'coercion', allowed: ['extend'], openDeadlines: new Map([['seizure', '2026-12-08']]) }),
    ).toEqual(['extend:extension']);
    expect(
      waiting({
        kind: 'permit',
        allowed: ['extend'],
        openDeadlines: new Map([['permit_decision', '2026-12-08']]),
      }),
    ).toEqual(['extend:extension']);
  });

  it('names every approval step once, each a step of its procedure', async () => {
    const { machineOf } = await import('./registry.ts');
    for (const a of approvalSteps()) {
      const m = machineOf(a.kind as never);
      expect(Object.hasOwn(m.actionPermissions, a.step), `${a.kind}.${a.step}`).toBe(true);
      expect((m.actionPermissions as Record<string, string>)[a.step], `${a.kind}.${a.step}`).toBe(
        'cases.approve',
      );
    }
    expect(
      approvalSteps()
        .map((a) => a.approval)
        .sort(),
    ).toEqual([
      'collective',
      'decision',
      'decision',
      'decision',
      'decision',
      'decision',
      'extension',
      'extension',
      'extension',
      'filing',
    ]);
  });
});
