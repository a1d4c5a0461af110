// Turns every failure into {code, message, details}: validation errors name the field in Chinese,
// database constraint violations become 409s, and only true bugs become 500s. Outside the API the same
// status is answered with a page (the portal's), never JSON.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, pgErrorOf } from './errors.ts';

function fieldName(instancePath: string): string {
  return instancePath.replace(/^\//, '').replaceAll('/', '.') || '请求体';
}

interface ErrorAnswer {
  status: number;
  body: { code: string; message: string; details: unknown };
}

const answer = (status: number, code: string, message: string, details: unknown = null): ErrorAnswer => ({
  status,
  body: { code, message, details },
});

/** The status and {code, message, details} a failure is answered with. */
function errorAnswer(err: FastifyError): ErrorAnswer {
  const pg = pgErrorOf(err);
  if (err instanceof AppError) {
    return answer(err.status, err.code, err.message, err.details ?? null);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const part =
      err.validationContext === 'querystring'
        ? '查询参数'
        : err.validationContext === 'params'
          ? '路径参数'
          : '';
    const issues = err.validation.map((v) => ({
      field: `${part}${fieldName(v.instancePath)}`,
      message: v.message ?? '不合法',
    }));
    const first = issues[0];
    const message = first ? `字段「${first.field}」${first.message}` : '请求参数不合法';
    return answer(400, 'VALIDATION_FAILED', message, { issues });
  }
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) {
    return answer(413, 'PAYLOAD_TOO_LARGE', '请求体过大');
  }
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return answer(415, 'UNSUPPORTED_MEDIA_TYPE', '不支持的请求内容类型');
  }
  if (pg?.code === '23505') {
    return answer(409, 'DUPLICATE', '记录重复：已存在相同编号或名称的记录', { constraint: pg.constraint });
  }
  if (pg && ['22P02', '22007', '22008', '22003'].includes(pg.code)) {
    return answer(400, 'VALIDATION_FAILED', '参数格式不正确');
  }
  if (err.statusCode === 429) {
    return answer(429, 'RATE_LIMITED', '请求过于频繁，请稍后再试');
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return answer(err.statusCode, 'VALIDATION_FAILED', `请求不合法：${err.message}`);
  }
  return answer(500, 'INTERNAL', '服务器内部错误');
}

/** Paths answered in JSON whatever happens; everything else is a page for a person (the portal). */
const isApiPath = (url: string) => url.startsWith('/api/') || url.startsWith('/healthz');

/** Renders an error as a page for a person, for requests outside the API. */
export type ErrorPage = (request: FastifyRequest, reply: FastifyReply, status: number) => unknown;

/**
 * Answers a failure: JSON in the API, `page` elsewhere. Also fastify's `frameworkErrors` (a malformed
 * URL is refused by the router before any handler or hook).
 */
export function respondToError(opts: { page?: ErrorPage } = {}) {
  return (err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = errorAnswer(err);
    if (status >= 500) request.log.error({ err }, 'unhandled error');
    if (opts.page && !isApiPath(request.url)) return opts.page(request, reply, status);
    return reply.status(status).send(body);
  };
}

/**
 * Failures and unknown paths of the API are answered in JSON; outside it (an unknown or malformed portal
 * address) with `page`, so a member of the public gets a page in the portal's layout, not raw JSON.
 */
export function installErrorHandler(app: FastifyInstance, opts: { page?: ErrorPage } = {}) {
  app.setErrorHandler(respondToError(opts));

  app.setNotFoundHandler((request, reply) => {
    if (opts.page && !isApiPath(request.url)) return opts.page(request, reply, 404);
    return reply.status(404).send({
      code: 'NOT_FOUND',
      message: `接口不存在：${request.method} ${request.url.split('?')[0]}`,
      details: null,
    });
  });
}
