// The admin app's Idempotency-Key middleware through openapi-fetch with a scripted fetch: one key per
// submit, the same key when the same submit is sent again before its outcome is known, a new one after
// a definite answer, and a header the server accepts.
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { parseIdempotencyKey } from '../../platform/idempotency/rules.ts';
import { idempotencyKeys } from './idempotency.ts';

type Outcome = { status: number; body?: unknown } | 'network';

function scriptedClient(outcomes: Outcome[]) {
  const keys: (string | null)[] = [];
  const fetch = async (input: Request) => {
    keys.push(input.headers.get('Idempotency-Key'));
    const next = outcomes.shift() ?? { status: 201, body: {} };
    if (next === 'network') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(next.body ?? {}), {
      status: next.status,
      headers: { 'content-type': 'application/json' },
    });
  };
  const client = createClient<Record<string, never>>({ baseUrl: 'http://sx.test', fetch });
  client.use(idempotencyKeys);
  const send = (body: unknown, method: 'POST' | 'PUT' | 'GET' = 'POST') =>
    (client as unknown as Record<string, (u: string, o: object) => Promise<unknown>>)[method]!(
      '/api/v1/cases',
      method === 'GET' ? {} : { body },
    ).catch(() => 'failed');
  return { keys, send };
}

describe('admin Idempotency-Key middleware', () => {
  it('keeps the key across retries of one submit until the server answers, then makes a new one', async () => {
    const { keys, send } = scriptedClient(['network', { status: 502 }, { status: 201 }, { status: 201 }]);
    const body = { cause: `c-${Math.random()}` };
    await send(body); // network error
    await send(body); // 502
    await send(body); // 201
    await send(body); // a second, deliberate record
    expect(keys[0]).toMatch(/^"[0-9a-f]{32}"$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[3]).not.toBe(keys[0]);
    const parsed = parseIdempotencyKey(keys[0]!);
    expect(parsed && 'key' in parsed ? parsed.key : parsed).toBe(keys[0]!.slice(1, -1));
  });

  it('a 409 in flight keeps the key; another 409 or a 4xx settles it; another body gets its own key', async () => {
    const { keys, send } = scriptedClient([
      { status: 409, body: { code: 'IDEMPOTENCY_IN_FLIGHT' } },
      { status: 201 },
      { status: 409, body: { code: 'VERSION_CONFLICT' } },
      { status: 201 },
      { status: 422, body: { code: 'RULE_VIOLATION' } },
      { status: 201 },
    ]);
    const a = { cause: `a-${Math.random()}` };
    await send(a);
    await send(a);
    expect(keys[1]).toBe(keys[0]);
    const b = { cause: `b-${Math.random()}` };
    await send(b);
    await send(b);
    expect(keys[3]).not.toBe(keys[2]);
    expect(keys[2]).not.toBe(keys[0]);
    await send(b);
    await send(b);
    expect(keys[5]).not.toBe(keys[4]);
  });

  it('sends no key on a read', async () => {
    const { keys, send } = scriptedClient([{ status: 200 }]);
    await send(undefined, 'GET');
    expect(keys).toEqual([null]);
  });
});
