// The ledger event of the demo tenant (only `npm start` and `sanxiang demo` write it).
import { z } from 'zod';
import { lines } from '../platform/ledger/details.ts';
import { defineEvents, type ModuleEvents, type PayloadsOf } from '../platform/ledger/events.ts';

export const demoEvents = defineEvents({
  'demo.seeded': {
    label: '创建演示数据',
    domain: 'A1',
    payload: z.object({ bodies: z.number(), people: z.number() }),
    details: (p) => lines(['执法主体', p.bodies], ['人员', p.people]),
  },
});

declare module '../platform/ledger/events.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by its heritage
  interface LedgerEventMap extends PayloadsOf<typeof demoEvents> {}
}

export const demoLedger: ModuleEvents = {
  events: demoEvents,
  entities: { platform: { label: '平台' } },
};
