// H4 personal data at rest: the blind index of ID numbers (deterministic, normalised, keyed, separated
// from the sealing keys), sealed values bound to their row and column, and the resealing used at start
// and by rotate-keys.
import { describe, expect, it } from 'vitest';
import {
  idNumberIndex,
  isBlindIndex,
  openKeyed,
  openRecord,
  personalPurpose,
  resealKeyed,
  resealRecord,
  withoutKeyed,
} from './personal-data.ts';
import { Resealing } from './reseal.ts';
import { SealError, Sealer } from './sealing.ts';

const ID = '11010519491231002X';
const sealer = new Sealer(Buffer.alloc(32, 7));
const other = new Sealer(Buffer.alloc(32, 8));

describe('blind index of an ID number', () => {
  it('is deterministic and ignores case and surrounding space', () => {
    const index = idNumberIndex(sealer, ID);
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(isBlindIndex(index)).toBe(true);
    expect(idNumberIndex(sealer, ` ${ID.toLowerCase()} `)).toBe(index);
    expect(idNumberIndex(sealer, '110105194912310029')).not.toBe(index);
  });

  it('depends on the master key, and is neither the SM3 of the number nor under the sealing purpose', () => {
    expect(idNumberIndex(other, ID)).not.toBe(idNumberIndex(sealer, ID));
    expect(idNumberIndex(sealer, ID)).not.toBe(sealer.blindIndex(ID, 'another-index'));
    expect(isBlindIndex(ID)).toBe(false);
    expect(isBlindIndex('91350100M000100Y43')).toBe(false);
  });
});

describe('sealed personal fields', () => {
  const purpose = personalPurpose('people', 'id_number', 'p1');

  it('round-trip, keep null and empty as they are, and never show the value', () => {
    const sealed = sealer.sealOptional(ID, purpose);
    expect(sealed).not.toContain(ID);
    expect(sealer.openOptional(sealed, purpose)).toBe(ID);
    expect(sealer.sealOptional(null, purpose)).toBeNull();
    expect(sealer.sealOptional('', purpose)).toBe('');
    expect(sealer.openOptional(null, purpose)).toBeNull();
  });

  it('do not open on another row or column, under another key, or as plaintext', () => {
    const sealed = sealer.seal(ID, purpose);
    expect(() => sealer.open(sealed, personalPurpose('people', 'id_number', 'p2'))).toThrow(SealError);
    expect(() => sealer.open(sealed, personalPurpose('people', 'phone', 'p1'))).toThrow(SealError);
    expect(() => other.open(sealed, purpose)).toThrow(/校验失败/);
    expect(() => sealer.openOptional(ID, purpose)).toThrow(/不是加密存储的值/);
  });

  it('of a JSON record open by their column and row', () => {
    const fields = { idNumber: 'id_number', phone: 'phone' };
    const record = {
      id: 'p1',
      name: '张三',
      idNumber: sealer.seal(ID, purpose),
      phone: sealer.seal('13800138000', personalPurpose('people', 'phone', 'p1')),
    };
    expect(openRecord(record, sealer, 'people', 'p1', fields)).toEqual({
      id: 'p1',
      name: '张三',
      idNumber: ID,
      phone: '13800138000',
    });
  });
});

describe('Resealing', () => {
  const fields = { idNumber: 'id_number', phone: 'phone' };
  const purpose = personalPurpose('people', 'id_number', 'p1');

  it('at start seals plaintext and leaves sealed values (the same object when nothing is to do)', () => {
    const start = new Resealing(sealer);
    const plain = { id: 'p1', idNumber: ID, phone: '' };
    const sealed = resealRecord(plain, start, 'people', 'p1', fields);
    expect(sealed.idNumber).not.toBe(ID);
    expect(sealed.phone).toBe('');
    expect(sealer.open(sealed.idNumber as string, purpose)).toBe(ID);
    expect(resealRecord(sealed, start, 'people', 'p1', fields)).toBe(sealed);
    expect(start.rotating).toBe(false);
  });

  it('when rotating opens under the old key or, rerun, the new one, and seals under the new key only', () => {
    const rotation = new Resealing(other, [sealer]);
    expect(rotation.rotating).toBe(true);
    const once = rotation.reseal(sealer.seal(ID, purpose), purpose);
    expect(other.open(once, purpose)).toBe(ID);
    expect(() => sealer.open(once, purpose)).toThrow(SealError);
    const twice = rotation.reseal(once, purpose);
    expect(other.open(twice, purpose)).toBe(ID);
    expect(rotation.reseal(ID, purpose)).not.toBe(ID);
    expect(rotation.indexesOf(idNumberIndex, ID)).toEqual([
      idNumberIndex(sealer, ID),
      idNumberIndex(other, ID),
    ]);
  });

  it('refuses a value that opens under neither key', () => {
    const stranger = new Sealer(Buffer.alloc(32, 9)).seal(ID, purpose);
    expect(() => new Resealing(other, [sealer]).reseal(stranger, purpose)).toThrow(SealError);
  });
});

describe('personal free text under named keys of a JSON record', () => {
  const keys = new Set(['place', 'witness']);
  const record = {
    type: 'seal',
    place: '示范区保密路1号',
    reason: '理由',
    items: [
      { name: '药品', witness: '王五' },
      { name: '器械', witness: null },
    ],
    empty: { place: '' },
  };

  it('seals every value under those keys at any depth, bound to the row, and opens it again', () => {
    const sealed = resealKeyed(record, new Resealing(sealer), 'case_events', 'data', 'e1', keys);
    const text = JSON.stringify(sealed);
    expect(text).not.toContain('保密路');
    expect(text).not.toContain('王五');
    expect(sealed).toMatchObject({
      type: 'seal',
      reason: '理由',
      items: [{ name: '药品' }, { witness: null }],
    });
    expect(sealed.empty).toBe(record.empty); // '' stays, the untouched branch is the same object
    expect(sealer.open(sealed.place, personalPurpose('case_events', 'data.place', 'e1'))).toBe(record.place);
    expect(openKeyed(sealed, sealer, 'case_events', 'data', 'e1', keys)).toEqual(record);
    expect(() => openKeyed(sealed, sealer, 'case_events', 'data', 'e2', keys)).toThrow(SealError);
  });

  it('leaves sealed values and records without such keys as they are (the same object) unless rotating', () => {
    const sealed = resealKeyed(record, new Resealing(sealer), 'cases', 'record', 'c1', keys);
    expect(resealKeyed(sealed, new Resealing(sealer), 'cases', 'record', 'c1', keys)).toBe(sealed);
    const plain = { type: 'x', reason: 'r' };
    expect(resealKeyed(plain, new Resealing(sealer), 'cases', 'record', 'c1', keys)).toBe(plain);
    const rotated = resealKeyed(sealed, new Resealing(other, [sealer]), 'cases', 'record', 'c1', keys);
    expect(openKeyed(rotated, other, 'cases', 'record', 'c1', keys)).toEqual(record);
    expect(() => openKeyed(rotated, sealer, 'cases', 'record', 'c1', keys)).toThrow(SealError);
  });

  it('drops those keys for a ledger entry', () => {
    expect(withoutKeyed(record, keys)).toEqual({
      type: 'seal',
      reason: '理由',
      items: [{ name: '药品' }, { name: '器械' }],
      empty: {},
    });
  });
});
