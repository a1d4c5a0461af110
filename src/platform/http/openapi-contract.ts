// The API contract beyond what each route's zod schemas say (issue 14): an operationId on every operation,
// the security each needs (cookie session + x-csrf-token on writes, or a bearer token; none on public
// routes), the 4xx answers each can really give with the {code,message,details} body, multipart bodies
// and file downloads, and `servers`. Derived in one place from what the route declares (access, path
// parameters, body, rate limit), so a new route is documented like the others; a route adds only what
// cannot be derived: its domain refusals (`schema.refusals`), its upload form (`schema.upload`) or its
// download types (`schema.download`). test/helpers/responses-seen.ts checks every status the test suite
// provokes against this document.
import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';
import { ERROR_CODES } from './errors.ts';
import { deriveOperationId } from './operation-id.ts';

/** Statuses a route may add to those derived for it. */
export type RefusalStatus = 401 | 404 | 409 | 422 | 423;

/** A multipart form: the file part and the text parts sent with it. */
export interface UploadContract {
  /** What the file is, e.g. '.xlsx 名录'. */
  file: string;
  /** Media types the file may have (checked by its bytes). */
  types: readonly string[];
  /** The text parts, as the route checks them. */
  fields?: z.ZodObject;
}

declare module 'fastify' {
  interface FastifySchema {
    /** The answers beyond the derived ones: a rule refusal (422), a conflict (409), an unknown reference. */
    refusals?: readonly RefusalStatus[];
    /** The route reads a multipart form (platform/http/upload.ts) with one file in the part `file`. */
    upload?: UploadContract;
    /** The route answers with a file of one of these media types. */
    download?: readonly string[];
  }
}

export const MEDIA = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  zip: 'application/zip',
  /** Any type: evidence files keep the type they were sent with. */
  any: '*/*',
} as const;

/** What the contract needs to know of a route that its OpenAPI operation does not carry. */
interface RouteFacts {
  access: string | undefined;
  rateLimited: boolean;
  /** Takes an Idempotency-Key (platform/idempotency). */
  idempotent: boolean;
  refusals: readonly RefusalStatus[];
  upload?: UploadContract;
  download?: readonly string[];
}

/** "POST /api/v1/cases/{id}" — the key of an operation in the document. */
const keyOf = (method: string, url: string) => `${method.toUpperCase()} ${url.replace(/:(\w+)/g, '{$1}')}`;

/** Collects every API route's facts as it registers; call before the routes are added. */
export function collectRouteFacts(app: FastifyInstance): Map<string, RouteFacts> {
  const facts = new Map<string, RouteFacts>();
  app.addHook('onRoute', (route: RouteOptions) => {
    const url = route.url;
    if (!url.startsWith('/api/v1/')) return;
    for (const method of [route.method].flat()) {
      facts.set(keyOf(method, url), {
        access: route.config?.access,
        rateLimited: Boolean((route.config as { rateLimit?: unknown } | undefined)?.rateLimit),
        idempotent: Boolean(route.config?.idempotent),
        refusals: route.schema?.refusals ?? [],
        ...(route.schema?.upload ? { upload: route.schema.upload } : {}),
        ...(route.schema?.download ? { download: route.schema.download } : {}),
      });
    }
  });
  return facts;
}

/** The answers every operation may refer to, each with the error body and the codes it carries. */
const ERROR_RESPONSES: Record<number, { name: string; description: string }> = {
  400: {
    name: 'BadRequest',
    description: '请求不合法（VALIDATION_FAILED、PASSWORD_POLICY）：details.issues 列出字段与原因',
  },
  401: {
    name: 'Unauthenticated',
    description:
      '未登录、会话已过期、API 令牌无效或用户名密码错误（UNAUTHENTICATED、SESSION_EXPIRED、INVALID_CREDENTIALS）',
  },
  403: {
    name: 'Forbidden',
    description:
      '无权执行（FORBIDDEN）、CSRF 校验失败（CSRF_FAILED）、须先完成两步验证（SECOND_FACTOR_REQUIRED）或先修改初始密码（PASSWORD_CHANGE_REQUIRED）',
  },
  404: { name: 'NotFound', description: '记录不存在或不在数据范围内（NOT_FOUND）' },
  414: { name: 'UriTooLong', description: '路径参数过长（VALIDATION_FAILED）' },
  409: {
    name: 'Conflict',
    description:
      '版本已变化（VERSION_CONFLICT，请刷新后重试）、记录重复（DUPLICATE）、状态冲突（CONFLICT）或同一 Idempotency-Key 的首个请求尚在处理（IDEMPOTENCY_IN_FLIGHT）',
  },
  413: { name: 'PayloadTooLarge', description: '请求体或文件过大（PAYLOAD_TOO_LARGE）' },
  415: { name: 'UnsupportedMediaType', description: '不支持的请求内容类型（UNSUPPORTED_MEDIA_TYPE）' },
  423: { name: 'Locked', description: '多次验证失败，账户已暂时锁定（ACCOUNT_LOCKED）' },
  422: {
    name: 'RuleViolation',
    description:
      '法律或业务规则不允许（RULE_VIOLATION、SEPARATION_OF_DUTIES、IMPORT_FAILED、CALENDAR_NOT_COVERED：message 说明依据），或 Idempotency-Key 已用于另一请求（IDEMPOTENCY_KEY_REUSED）',
  },
  429: { name: 'RateLimited', description: '请求过于频繁（RATE_LIMITED）' },
};

const ERROR_SCHEMA = {
  type: 'object',
  description: '所有错误应答的统一格式',
  required: ['code', 'message', 'details'],
  properties: {
    code: { type: 'string', enum: [...ERROR_CODES], description: '稳定的错误代码' },
    message: { type: 'string', description: '中文说明，可直接展示给用户' },
    details: { description: '补充信息（如 issues: [{ field, message }]），可为 null' },
  },
};

type Json = Record<string, unknown>;
interface Operation extends Json {
  operationId?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses?: Record<string, unknown>;
  security?: Json[];
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The 4xx statuses an operation can answer with, from what it declares. */
export function refusalsOf(method: string, op: Operation, facts: RouteFacts | undefined): number[] {
  const statuses = new Set<number>(facts?.refusals ?? []);
  // Path parameters, the query string and the body are checked on every route (storable-input.ts).
  statuses.add(400);
  if (facts?.access !== 'public') {
    statuses.add(401);
    statuses.add(403);
  }
  // An id that names nothing (or nothing in the caller's scope); a parameter longer than the router takes.
  if (op.parameters?.some((p) => p.in === 'path')) {
    statuses.add(404);
    statuses.add(414);
  }
  const body = op.requestBody?.content?.['application/json']?.schema;
  if (body && (body.properties as Json | undefined)?.version) statuses.add(409);
  // A write's body is read before the route runs: the parser refuses a body too large or of another type.
  if (WRITES.has(method)) {
    statuses.add(413);
    statuses.add(415);
  }
  // A retry while the first request under its Idempotency-Key runs (409); the key with another request (422).
  if (facts?.idempotent) {
    statuses.add(409);
    statuses.add(422);
  }
  if (facts?.rateLimited) statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

const binary = { type: 'string', format: 'binary' };

function uploadBody(upload: UploadContract): Operation['requestBody'] {
  const fields = upload.fields
    ? (z.toJSONSchema(upload.fields, { target: 'openapi-3.0', io: 'input' }) as Json)
    : { properties: {} };
  return {
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['file', ...((fields.required as string[] | undefined) ?? [])],
          properties: {
            file: { ...binary, description: `${upload.file}（${upload.types.join('、')}）` },
            ...(fields.properties as Json),
          },
        },
      },
    },
  };
}

function downloadResponse(types: readonly string[]) {
  return {
    description: '文件（Content-Disposition 给出文件名）',
    content: Object.fromEntries(types.map((t) => [t, { schema: binary }])),
  };
}

/**
 * The document with the contract completed: servers, the error body and answers, the CSRF header as a
 * security scheme, and per operation its operationId, security, refusals, upload form and download types.
 */
export function completeContract<D extends object>(document: D, routeFacts: Map<string, RouteFacts>): D {
  const doc = document as Json;
  const components = (doc.components ?? {}) as Json & { securitySchemes?: Json; schemas?: Json };
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  const names = new Set<string>();
  for (const [path, ops] of Object.entries(paths)) {
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase();
      const facts = routeFacts.get(keyOf(method, path));
      if (facts?.upload) op.requestBody = uploadBody(facts.upload);
      op.operationId ??= deriveOperationId(method, path, {
        upload: Boolean(facts?.upload),
        download: Boolean(facts?.download),
      });
      if (names.has(op.operationId)) throw new Error(`two operations are named ${op.operationId}`);
      names.add(op.operationId);
      if (facts?.access === 'public') op.security = [];
      else if (WRITES.has(method)) op.security = [{ session: [], csrf: [] }, { token: [] }];
      const responses = op.responses ?? {};
      if (facts?.download) responses['200'] = downloadResponse(facts.download);
      for (const status of refusalsOf(method, op, facts))
        responses[String(status)] = { $ref: `#/components/responses/${ERROR_RESPONSES[status]!.name}` };
      op.responses = responses;
    }
  }
  return {
    ...document,
    servers: [{ url: '/', description: '本服务器（API 与本文档同源）' }],
    components: {
      ...components,
      securitySchemes: {
        ...components.securitySchemes,
        csrf: {
          type: 'apiKey',
          in: 'header',
          name: 'x-csrf-token',
          description: '以会话 Cookie 调用的写操作须回传登录应答中的 csrfToken；API 令牌调用无须此头',
        },
      },
      schemas: { ...components.schemas, Error: ERROR_SCHEMA },
      responses: Object.fromEntries(
        Object.values(ERROR_RESPONSES).map(({ name, description }) => [
          name,
          {
            description,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
    },
  };
}
