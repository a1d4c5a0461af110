// One Idempotency-Key per submit (issue 14): a write carries a key made for it, and the same submit sent
// again — a second click while the first is on its way, or a retry after a network error or a 5xx —
// carries the same key, so the server answers it with the first result instead of creating twice. A
// submit is recognised by what it sends (method, address, body): an edited form is another request with
// a key of its own. The key is forgotten once the server has given a definite answer, so the next submit
// of the same values (a second, deliberate record) gets a new one. The server reads the header only on
// its create routes.
import type { Middleware } from 'openapi-fetch';

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/** Submits whose outcome is not known yet → their key. */
const pending = new Map<string, string>();
/** openapi-fetch's request id → the submit it belongs to. */
const submitOf = new Map<string, string>();

/**
 * 128 random bits in hex. crypto.getRandomValues, not randomUUID: the latter exists only in secure
 * contexts, and the staff app may be served over plain HTTP on an intranet address.
 */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether the server has settled the submit (so its key is spent), rather than it being unknown. */
async function settled(response: Response): Promise<boolean> {
  if (response.status >= 500) return false;
  if (response.status !== 409) return true;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  return (body as { code?: unknown } | null)?.code !== 'IDEMPOTENCY_IN_FLIGHT';
}

export const idempotencyKeys: Middleware = {
  async onRequest({ request, id }) {
    if (!WRITES.has(request.method)) return request;
    const submit = `${request.method} ${request.url}\n${await request.clone().text()}`;
    const key = pending.get(submit) ?? newKey();
    pending.set(submit, key);
    submitOf.set(id, submit);
    // The draft's form: an sf-string in double quotes.
    request.headers.set('Idempotency-Key', `"${key}"`);
    return request;
  },
  async onResponse({ response, id }) {
    const submit = submitOf.get(id);
    submitOf.delete(id);
    if (submit !== undefined && (await settled(response))) pending.delete(submit);
    return response;
  },
  onError({ id }) {
    // Network failure: the outcome is unknown, keep the key for the retry.
    submitOf.delete(id);
  },
};
