// The one HTTP client of the admin app, typed by the generated schema.d.ts. Three cross-cutting duties
// live here so no screen can forget them: echoing the session's CSRF token on every write, one
// Idempotency-Key per submit (idempotency.ts), and sending the user back to the login page when the
// session is gone (the server is the judge of that).
import createClient, { type Middleware } from 'openapi-fetch';
import { idempotencyKeys } from './idempotency.ts';
import type { paths } from './schema.d.ts';

export interface ApiErrorBody {
  code: string;
  message: string;
  details: unknown;
}

/** A failed call, carrying the server's stable code and its Chinese message for the UI. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Codes meaning "no valid session"; INVALID_CREDENTIALS (also 401) is a form error, not a logout.
const SESSION_GONE = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED']);

let csrfToken: string | null = null;
let onSessionGone: ((error: ApiError) => void) | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Registered once by the router, which knows how to navigate to the login page. */
export function setSessionGoneHandler(handler: ((error: ApiError) => void) | null) {
  onSessionGone = handler;
}

export function csrfHeaders(method: string): Record<string, string> {
  return !SAFE_METHODS.has(method.toUpperCase()) && csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

function isErrorBody(v: unknown): v is ApiErrorBody {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as ApiErrorBody).code === 'string' &&
    typeof (v as ApiErrorBody).message === 'string'
  );
}

/** Turns a non-2xx response (already parsed or not) into an ApiError and fires the session-gone hook. */
export function toApiError(status: number, body: unknown): ApiError {
  const err = isErrorBody(body)
    ? new ApiError(status, body.code, body.message, body.details)
    : new ApiError(
        status,
        `HTTP_${status}`,
        status >= 500 ? '服务器暂时无法处理请求，请稍后重试' : `请求失败（HTTP ${status}）`,
      );
  if (status === 401 && SESSION_GONE.has(err.code)) onSessionGone?.(err);
  return err;
}

const csrf: Middleware = {
  onRequest({ request }) {
    for (const [k, v] of Object.entries(csrfHeaders(request.method))) request.headers.set(k, v);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrf, idempotencyKeys);

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError with the server's message. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (!result.response.ok || result.error !== undefined)
    throw toApiError(result.response.status, result.error);
  return result.data as T;
}

/** Raw fetch for what the typed client cannot express (multipart uploads, file downloads). */
export async function rawFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const method = init.method ?? 'GET';
  let res: Response;
  try {
    res = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: { ...csrfHeaders(method), ...(init.headers as Record<string, string> | undefined) },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    throw toApiError(res.status, body);
  }
  return res;
}
