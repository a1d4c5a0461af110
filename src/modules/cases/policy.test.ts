// H2 / C2 who takes which step: the permission of every action of every procedure, pinned. A new action
// must be added here with its permission, or this test fails; a changed permission shows up in review.
import { describe, expect, it } from 'vitest';
import { CASE_KINDS, type CaseKind } from './machine.ts';
import { actionPermission, canTakeAction, type CaseAccessFacts } from './policy.ts';
import { machineOf } from './registry.ts';

const H = 'cases.handle';
const A = 'cases.approve';

const PERMISSIONS: Record<CaseKind, Record<string, string>> = {
  penalty: {
    set_item: H,
    file: A,
    decline_filing: A,
    decide_simple: H,
    start_investigation: H,
    close_investigation: H,
    submit_review: H,
    record_review: 'cases.review',
    extend_decision_period: A,
    record_pause: H,
    preserve_evidence: H,
    decide_preservation: H,
    return_for_investigation: H,
    hold_collective_discussion: A,
    notify: H,
    submit_statement: H,
    waive_rights: H,
    request_hearing: H,
    schedule_hearing: H,
    hold_hearing: H,
    withdraw_hearing: H,
    decide: A,
    decide_no_penalty: A,
    serve: H,
    begin_execution: H,
    record_payment: H,
    complete_execution: H,
    close: H,
    revoke: A,
    archive: 'cases.archive',
  },
  coercion: {
    decide: A,
    decide_urgent: H,
    approve_urgent: A,
    disapprove_urgent: A,
    extend: A,
    record_testing: H,
    release: H,
    return_items: H,
    dispose: A,
    decline: A,
    close: H,
    archive: 'cases.archive',
  },
  inspection: {
    inspect: H,
    record_compliant: H,
    order_correction: H,
    reinspect: H,
    transfer_to_case: H,
    close: H,
    cancel: H,
    archive: 'cases.archive',
  },
  permit: {
    receive: H,
    require_correction: H,
    accept: H,
    reject_application: H,
    verify: H,
    record_pause: H,
    extend: A,
    grant: A,
    refuse_permit: A,
    serve_certificate: H,
    withdraw: H,
    close: H,
    archive: 'cases.archive',
  },
  levy: {
    assess: A,
    serve_notice: H,
    record_payment: H,
    serve_demand: H,
    apply_court_enforcement: A,
    close: H,
    cancel: A,
    archive: 'cases.archive',
  },
};

/** Steps on a case outside its procedure: evidence, parties, documents. */
const CASE_STEPS = ['add_evidence', 'add_party', 'correct_party', 'issue_document'];

describe.each(CASE_KINDS)('%s', (kind) => {
  it('gives every action exactly its pinned permission', () => {
    const actions = Object.keys(machineOf(kind).actionLabels);
    expect(actions.sort()).toEqual(Object.keys(PERMISSIONS[kind]).sort());
    for (const type of actions)
      expect([type, actionPermission(kind, type)]).toEqual([type, PERMISSIONS[kind][type]]);
  });
  it('leaves evidence, parties and documents to the handling officers', () => {
    for (const step of CASE_STEPS) expect(actionPermission(kind, step)).toBe(H);
  });
});

describe('canTakeAction', () => {
  const officer = { roles: ['officer'], personId: 'p1', bodyId: 'b1' };
  const unitId = 'u1';
  const c: CaseAccessFacts = {
    kind: 'penalty',
    bodyId: 'b1',
    delegatedById: null,
    officerIds: ['p1'],
    unitId: 'u1',
  };
  it('refuses a step no procedure or case rule knows', () => {
    expect(canTakeAction(officer, unitId, c, 'no_such_step')).toBe(false);
    expect(canTakeAction(officer, unitId, c, 'toString')).toBe(false);
  });
  it('lets the case officers take a handling step and no approval', () => {
    expect(canTakeAction(officer, unitId, c, 'notify')).toBe(true);
    expect(canTakeAction(officer, unitId, c, 'add_evidence')).toBe(true);
    expect(canTakeAction(officer, unitId, c, 'decide')).toBe(false);
  });
});
