// The codes the ledger tests write to exercise the chain itself, declared to the type checker only: the
// application's catalogue (src/services.ts) never lists them, so the audit log shows them as unknown.
declare module '../../src/platform/ledger/events.ts' {
  interface LedgerEventMap {
    'test.event': { i?: number; note?: string };
    'test.concurrent': { i: number };
    'test.rolled_back': Record<string, never>;
    'test.after_rollback': Record<string, never>;
    'test.cli': { i: number };
  }
}

export {};
