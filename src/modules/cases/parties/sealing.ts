// H4 the timeline's corrections of a party keep the personal fields they changed sealed (parties/repo.ts);
// the case page shows them opened.
import type { Sealer } from '../../../platform/crypto/sealing.ts';
import { openParty } from './repo.ts';

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
