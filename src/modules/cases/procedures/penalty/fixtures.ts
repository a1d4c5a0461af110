// Fixtures of the 行政处罚 machine's tests (imported by penalty/*.test.ts only): two certified officers, a
// case's facts, and `ok` / `refused` that check the refusal's code, citation and Chinese message. Dates
// around 国庆 2026 (10-01…10-07 off, 10-10 Saturday a make-up working day) per 国办发明电〔2025〕7号;
// expected values worked out by hand.
import { expect } from 'vitest';
import { pinnedCalendar } from '../../../../../test/helpers/calendar.ts';
import type { Category } from '../../../bodies/index.ts';
import type { CaseLegalBasis } from '../../../catalog/index.ts';
import type { Officer, Transition } from '../../machine.ts';
import { GUARD_CITATIONS } from './guards.ts';
import { penaltyMachine as m, type PenaltyAction } from './index.ts';
import { emptyPenaltyRecord, type Penalty, type PenaltyFacts, type PenaltyState } from './model.ts';

const cal = pinnedCalendar();

export function cert(
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
    categories: ['penalty'] as Category[],
    ...over,
  };
}

export const OFFICERS: Officer[] = [
  { id: 'o1', name: '张三', certificate: cert() },
  { id: 'o2', name: '李四', certificate: cert() },
];
/** The legal basis a case carries once its enforcement item is named (resolved by the catalogue). */
export const BASIS: CaseLegalBasis = {
  itemCode: 'SFWJ-CF-001',
  itemName: '对未取得《医疗机构执业许可证》擅自执业的行政处罚',
  itemVersion: 1,
  benchmarkCode: 'BM-YL-001',
  benchmarkVersion: 1,
  violation: '未取得《医疗机构执业许可证》擅自执业',
  violated: [
    {
      law: 'medical-institutions-regulation',
      article: 14,
      display: '《医疗机构管理条例》第十四条',
      lawVersionId: 'v-1',
      lawVersion: 1,
    },
  ],
  applied: [
    {
      law: 'medical-institutions-regulation',
      article: 43,
      display: '《医疗机构管理条例》第四十三条',
      lawVersionId: 'v-1',
      lawVersion: 1,
    },
  ],
  lawDate: '2026-01-10',
};

export const NOTIFIED: Penalty = { kinds: ['warning', 'fine'], fineFen: 500_000 };

export function facts(over: Partial<PenaltyFacts> = {}): PenaltyFacts {
  return {
    calendar: cal,
    category: 'penalty',
    // A person: the notified 5000-yuan fine is above the placeholder hearing threshold (Art. 63).
    partyType: 'person',
    officers: OFFICERS,
    ...emptyPenaltyRecord(),
    legalBasis: BASIS,
    violationOn: '2026-01-10',
    discoveredOn: '2026-07-30',
    ...over,
  };
}

/** A case filed 2026-08-03 (decision due 11-02), notified 09-28 (hearing request due 10-10). */
export const notifiedFacts = (over: Partial<PenaltyFacts> = {}): PenaltyFacts =>
  facts({ filedOn: '2026-08-03', noticeServedOn: '2026-09-28', proposedPenalty: NOTIFIED, ...over });

export const TODAY = '2026-12-01';

export function ok(state: PenaltyState, f: PenaltyFacts, action: PenaltyAction, today = TODAY) {
  const r = m.transition(state, f, action, today);
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r;
}

export function refused(
  state: PenaltyState,
  f: PenaltyFacts,
  action: PenaltyAction,
  code: string,
  today = TODAY,
) {
  const r: Transition<PenaltyState> = m.transition(state, f, action, today);
  if (r.ok) throw new Error(`expected ${code}, got ok → ${r.next}`);
  expect(r.code).toBe(code);
  expect(r.citation).toBe(GUARD_CITATIONS[code as keyof typeof GUARD_CITATIONS]);
  expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  return r;
}
