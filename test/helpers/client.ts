// An HTTP client for a test app (app.inject): a session cookie and CSRF token, optionally a source
// address (the login route is rate-limited per IP).
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

export interface Client {
  cookie: string | null;
  csrf: string | null;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export function clientOf(
  app: FastifyInstance,
  cookie: string | null,
  csrf: string | null,
  ip?: string,
): Client {
  const request = (o: InjectOptions) =>
    app.inject({
      ...(ip ? { remoteAddress: ip } : {}),
      ...o,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
        ...(o.headers ?? {}),
      },
    });
  return {
    cookie,
    csrf,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) =>
      request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
    put: (url, body) =>
      request({ method: 'PUT', url, ...(body === undefined ? {} : { payload: body as object }) }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

/** The session cookie header of a successful login response. */
export const sessionCookie = (res: LightMyRequestResponse): string =>
  res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
