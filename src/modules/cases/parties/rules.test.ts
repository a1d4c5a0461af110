// The party rules: the stage up to which a further 当事人 may join each procedure, the fields a correction
// changes, the parties an issued document names, and which party the case row carries.
import { describe, expect, it } from 'vitest';
import { CASE_KINDS } from '../machine.ts';
import {
  changedFields,
  joinableRoles,
  mainPartyOf,
  partyKeyOf,
  mayJoin,
  partiesNamedInDocuments,
  partyEventLabel,
  PARTY_JOIN_STATES,
  type PartyDetails,
} from './rules.ts';
import { machineOf } from '../registry.ts';

const open = (kind: string, state: string, record: object = {}) => ({ kind, state, finished: false, record });

describe('who may join a case', () => {
  it.each(CASE_KINDS)('%s: join states are real, non-final states reachable before the decision', (kind) => {
    const m = machineOf(kind);
    const states = PARTY_JOIN_STATES[kind] as readonly string[];
    expect(states).toContain(m.initial);
    for (const s of states) {
      expect(m.states).toContain(s);
      expect(m.finished).not.toContain(s);
    }
  });

  it('penalty: a party joins up to 事先告知, never after it, even in a state reached again after a statement', () => {
    for (const s of [
      'lead',
      'filed',
      'investigating',
      'investigation_closed',
      'legal_review',
      'collective_discussion',
    ])
      expect(mayJoin(open('penalty', s), 'party')).toEqual({ ok: true });
    for (const s of ['notified', 'statement', 'hearing_requested', 'waived', 'decided', 'served'])
      expect(mayJoin(open('penalty', s), 'party')).toMatchObject({ ok: false, code: 'PARTY_AFTER_NOTICE' });
    expect(mayJoin(open('penalty', 'legal_review', { noticeServedOn: '2026-08-13' }), 'party')).toMatchObject(
      { ok: false, code: 'PARTY_AFTER_NOTICE' },
    );
    expect(mayJoin(open('penalty', 'legal_review', { noticeServedOn: '2026-08-13' }), 'witness')).toEqual({
      ok: true,
    });
  });

  it('other kinds: before their decision; witnesses and agents while open; nobody once finished', () => {
    expect(joinableRoles(open('coercion', 'proposed'))).toEqual(['party', 'witness', 'agent']);
    expect(joinableRoles(open('coercion', 'in_force'))).toEqual(['witness', 'agent']);
    expect(mayJoin(open('permit', 'accepted'), 'party')).toMatchObject({
      ok: false,
      code: 'PARTY_AFTER_DECISION',
    });
    expect(joinableRoles(open('levy', 'assessed'))).toEqual(['witness', 'agent']);
    expect(joinableRoles(open('inspection', 'inspected'))).toEqual(['party', 'witness', 'agent']);
    expect(joinableRoles({ kind: 'inspection', state: 'closed', finished: true, record: {} })).toEqual([]);
    expect(mayJoin({ kind: 'penalty', state: 'lead', finished: true, record: {} }, 'witness')).toMatchObject({
      ok: false,
      code: 'CASE_FINISHED',
    });
  });
});

describe('corrections', () => {
  const base: PartyDetails = {
    name: '甲',
    idType: '居民身份证',
    idNumber: '1',
    creditCode: null,
    legalRepresentative: null,
    address: '',
    phone: '',
    minor: false,
  };
  it('lists exactly the fields that differ', () => {
    expect(changedFields(base, { ...base })).toEqual([]);
    expect(changedFields(base, { ...base, phone: '1', minor: true, name: '乙' })).toEqual([
      'name',
      'phone',
      'minor',
    ]);
    // The form's defaults are not changes: an empty ID type is 居民身份证, letter case of IDs does not count.
    const unset = { ...base, idType: null, idNumber: '35010219900101123x' };
    expect(changedFields(unset, { ...unset, idType: '居民身份证', idNumber: '35010219900101123X' })).toEqual(
      [],
    );
    expect(changedFields(unset, { ...unset, idType: '护照' })).toEqual(['idType']);
  });

  it('finds the parties named by issued documents by id', () => {
    const docs = [{ partyIds: ['a'] }, { partyIds: null }, { partyIds: ['b', 'a'] }, { partyIds: [] }];
    expect([...partiesNamedInDocuments(docs)].sort()).toEqual(['a', 'b']);
  });

  it('keys an organisation by its credit code and a natural person by the index of the ID number', () => {
    const indexOf = (id: string) => `index(${id})`;
    expect(partyKeyOf({ creditCode: 'k1', idNumber: null }, indexOf)).toBe('K1');
    expect(partyKeyOf({ creditCode: null, idNumber: '11010519491231002X' }, indexOf)).toBe(
      'index(11010519491231002X)',
    );
    expect(partyKeyOf({ creditCode: null, idNumber: null }, indexOf)).toBeNull();
    const person = { id: 'p', role: 'party', type: 'person', name: '张三', idNumber: 'A1', creditCode: null };
    const c = { partyName: '张三（旧名）', partyKey: 'index(A1)', partyType: 'person' };
    expect(mainPartyOf(c, [person], indexOf)?.id).toBe('p');
  });

  it('finds the main party by its key and name, of the case’s type', () => {
    const upper = (s: string) => s.toUpperCase();
    const p = (id: string, role: string, name: string, creditCode: string | null, type = 'organisation') => ({
      id,
      role,
      type,
      name,
      idNumber: null,
      creditCode,
    });
    const parties = [
      p('w', 'witness', '甲公司', 'K1'),
      p('x', 'party', '乙公司', 'K2'),
      p('m', 'party', '甲公司', 'K1'),
    ];
    expect(
      mainPartyOf({ partyName: '甲公司', partyKey: 'K1', partyType: 'organisation' }, parties, upper)?.id,
    ).toBe('m');
    expect(
      mainPartyOf({ partyName: '甲公司（旧名）', partyKey: 'K1', partyType: 'organisation' }, parties, upper)
        ?.id,
    ).toBe('m');
    expect(
      mainPartyOf({ partyName: '乙公司', partyKey: null, partyType: 'organisation' }, parties, upper)?.id,
    ).toBe('x');
  });

  it('labels the timeline events with the role and name', () => {
    expect(partyEventLabel('add_party', { role: 'agent', name: '赵' })).toBe('添加代理人：赵');
    expect(partyEventLabel('correct_party', { role: 'party', name: '甲' })).toBe('更正当事人信息：甲');
    expect(partyEventLabel('file', {})).toBeUndefined();
  });
});
