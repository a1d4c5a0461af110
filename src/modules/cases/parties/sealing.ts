// H4 the timeline's corrections of a party keep the personal fields they changed sealed (parties/repo.ts);
// the case page shows them opened, with the parties themselves and the steps' personal text.
import { idNumberIndex } from '../../../platform/crypto/personal-data.ts';
import type { Sealer } from '../../../platform/crypto/sealing.ts';
import { CASE_RECORD_TEXT, openStepText, STEP_EVENT_TEXT } from '../step-text.ts';
import { openParty } from './repo.ts';
import { partyKeyOf } from './rules.ts';

interface Correction {
  partyId: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** A timeline event with a correction's personal fields in the clear; any other event as it is. */
export function openPartyEvent<E extends { action: string; data: unknown }>(sealer: Sealer, event: E): E {
  if (event.action !== 'correct_party') return event;
  const d = event.data as Correction;
  const side = (v: Record<string, unknown> | undefined) => v && openParty(sealer, d.partyId, v);
  return { ...event, data: { ...d, before: side(d.before), after: side(d.after) } };
}

/**
 * The case page's case, parties and timeline with their personal data in the clear: the parties' fields,
 * their corrections, and the steps' personal text in the record and the timeline (step-text.ts).
 */
export function openCasePage<
  C extends { id: string; record: unknown },
  P extends { id: string } & Record<string, unknown>,
  E extends { id: string; action: string; data: unknown },
>(sealer: Sealer, page: { case: C; parties: P[]; events: E[] }) {
  return {
    case: { ...page.case, record: openStepText(sealer, CASE_RECORD_TEXT, page.case.id, page.case.record) },
    parties: page.parties.map((p) => openParty(sealer, p.id, p)),
    events: page.events.map((e) => {
      const opened = openPartyEvent(sealer, e);
      return { ...opened, data: openStepText(sealer, STEP_EVENT_TEXT, e.id, opened.data) };
    }),
  };
}

/** The case row's key of its main party (`partyKeyOf`): a natural person's by the ID number's blind index. */
export const casePartyKey = (sealer: Sealer, p: { creditCode: string | null; idNumber: string | null }) =>
  partyKeyOf(p, (idNumber) => idNumberIndex(sealer, idNumber));
