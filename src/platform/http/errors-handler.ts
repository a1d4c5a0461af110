// Turns every failure into {code, message, details}: validation errors name the field in Chinese,
// database constraint violations become 409s, and only true bugs become 500s.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, pgErrorOf } from './errors.ts';

function fieldName(instancePath: string): string {
  return instancePath.replace(/^\//, '').replaceAll('/', '.') || '请求体';
}

export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const pg = pgErrorOf(err);
    if (err instanceof AppError) {
      return reply
        .status(err.status)
        .send({ code: err.code, message: err.message, details: err.details ?? null });
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
      return reply.status(400).send({
        code: 'VALIDATION_FAILED',
        message: first ? `字段「${first.field}」${first.message}` : '请求参数不合法',
        details: { issues },
      });
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.statusCode === 413) {
      return reply.status(413).send({ code: 'PAYLOAD_TOO_LARGE', message: '请求体过大', details: null });
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .status(415)
        .send({ code: 'UNSUPPORTED_MEDIA_TYPE', message: '不支持的请求内容类型', details: null });
    }
    if (pg?.code === '23505') {
      return reply.status(409).send({
        code: 'DUPLICATE',
        message: '记录重复：已存在相同编号或名称的记录',
        details: { constraint: pg.constraint },
      });
    }
    if (pg && ['22P02', '22007', '22008', '22003'].includes(pg.code)) {
      return reply.status(400).send({ code: 'VALIDATION_FAILED', message: '参数格式不正确', details: null });
    }
    if (err.statusCode === 429) {
      return reply
        .status(429)
        .send({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试', details: null });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply
        .status(err.statusCode)
        .send({ code: 'VALIDATION_FAILED', message: `请求不合法：${err.message}`, details: null });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误', details: null });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      code: 'NOT_FOUND',
      message: `接口不存在：${request.method} ${request.url.split('?')[0]}`,
      details: null,
    });
  });
}
