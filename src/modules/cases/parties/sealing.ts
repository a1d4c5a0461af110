// H4 the timeline's corrections of a party keep the personal fields they changed sealed (parties/repo.ts);
// the case page shows them opened, with the parties themselves.
import { idNumberIndex } from '../../../platform/crypto/personal-data.ts';
import type { Sealer } from '../../../platform/crypto/sealing.ts';
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

/** The case page's parties and timeline with the parties' personal fields in the clear. */
export function openCasePage<
  P extends { id: string } & Record<string, unknown>,
  E extends { action: string; data: unknown },
>(sealer: Sealer, page: { parties: P[]; events: E[] }) {
  return {
    parties: page.parties.map((p) => openParty(sealer, p.id, p)),
    events: page.events.map((e) => openPartyEvent(sealer, e)),
  };
}

/** The case row's key of its main party (`partyKeyOf`): a natural person's by the ID number's blind index. */
export const casePartyKey = (sealer: Sealer, p: { creditCode: string | null; idNumber: string | null }) =>
  partyKeyOf(p, (idNumber) => idNumberIndex(sealer, idNumber));
