// The Idempotency-Key header on every route that creates a record, in one place: a route opts in with
// `config: { idempotent: true }`; this hook reads the key, answers a retry from the store, and otherwise
// runs the route inside the key's transaction (store.ts) by handing it to the services through
// `request.ctx.tx`. Without the header a route behaves exactly as before.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fieldError } from '../http/errors.ts';
import type { RunningRequest } from './store.ts';
import { IdempotencyStore } from './store.ts';
import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_HEADER_NAME,
  KEY_FORMAT_MESSAGE,
  KEY_LIFETIME_MS,
  parseIdempotencyKey,
  REPLAYED_HEADER,
} from './rules.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A create: a retry under the same Idempotency-Key returns the first response (issue 14). */
    idempotent?: true;
  }
}

const running = new WeakMap<FastifyRequest, RunningRequest>();

export function registerIdempotency(app: FastifyInstance, store: IdempotencyStore) {
  // After the access hook (the account is known) and the storable-input check; before validation, so a
  // request the schema refuses is remembered like any other 400.
  app.addHook('preValidation', async (request, reply) => {
    if (!request.routeOptions.config.idempotent) return;
    const parsed = parseIdempotencyKey(request.headers[IDEMPOTENCY_HEADER]);
    if (parsed === null) return;
    if ('error' in parsed) throw fieldError(IDEMPOTENCY_HEADER_NAME, parsed.error);
    const userId = request.ctx.actor.id;
    if (!userId) return; // a create always has an account; keys are kept per account
    const fingerprint = store.fingerprint(request.method, request.url, request.body);
    const admission = await store.admit({ userId, key: parsed.key }, fingerprint, request.ctx.now);
    if (admission.kind === 'replay') {
      const { status, contentType, body } = admission.response;
      if (contentType) reply.type(contentType);
      return reply.code(status).header(REPLAYED_HEADER, 'true').send(body);
    }
    running.set(request, admission);
    request.ctx = { ...request.ctx, tx: admission.tx };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const run = running.get(request);
    if (!run) return payload;
    running.delete(request);
    await run.finish({
      status: reply.statusCode,
      contentType: headerText(reply),
      body: typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : '',
    });
    return payload;
  });

  // onSend runs for every response, errors included; this only guards against a request that ended
  // without one (the connection lost mid-way), so its transaction never stays open.
  app.addHook('onResponse', async (request) => {
    const run = running.get(request);
    if (!run) return;
    running.delete(request);
    await run.finish({ status: 599, contentType: null, body: '' }).catch(() => undefined);
  });
}

function headerText(reply: FastifyReply): string | null {
  const type = reply.getHeader('content-type');
  return type === undefined ? null : String(type);
}

/**
 * The header in the OpenAPI document of an idempotent route (fastify-swagger's `transform` hands every
 * route over; the schema returned is already JSON Schema).
 */
export function declareIdempotencyKey<T extends { schema: object }>(
  transformed: T,
  route: { config?: unknown } | undefined,
): T {
  if (!(route?.config as { idempotent?: true } | undefined)?.idempotent) return transformed;
  const schema = transformed.schema as { headers?: { type?: string; properties?: object } };
  const headers = schema.headers ?? { type: 'object', properties: {} };
  return {
    ...transformed,
    schema: {
      ...schema,
      headers: {
        ...headers,
        properties: {
          ...headers.properties,
          [IDEMPOTENCY_HEADER_NAME]: {
            type: 'string',
            minLength: 1,
            maxLength: 257,
            description:
              `幂等键（IETF draft-ietf-httpapi-idempotency-key-header）：同一账号以同一个键重试完全相同的请求，` +
              `返回首次的结果（响应头 ${REPLAYED_HEADER}: true）而不重复创建；同一个键用于不同请求 → 422 IDEMPOTENCY_KEY_REUSED；` +
              `首次请求仍在处理中 → 409 IDEMPOTENCY_IN_FLIGHT；保存 ${KEY_LIFETIME_MS / 3_600_000} 小时。${KEY_FORMAT_MESSAGE}`,
          },
        },
      },
    },
  };
}
