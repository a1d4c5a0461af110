// H3 HTTP: the audit log and ledger verification, for the audit administrator only.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { trimmedText } from '../../platform/text.ts';
import type { Db } from '../../platform/db/client.ts';
import { verifyLedger } from '../../platform/ledger/verify.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { userCtx } from '../access/index.ts';
import type { AuditService } from './service.ts';

const auditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  ip: z.string().nullable(),
  action: z.string(),
  /** The event's Chinese label, and the DOMAIN id it belongs to (null for a code the catalogue lacks). */
  label: z.string(),
  domain: z.string().nullable(),
  entityType: z.string(),
  entityLabel: z.string(),
  entityId: z.string().nullable(),
  /** The entity's name or number (案号, 姓名, 证号…) when the log can resolve it. */
  entityName: z.string().nullable(),
  bodyId: z.string().nullable(),
  /** What happened, in words, rendered by the event's definition from the payload. */
  details: z.array(z.object({ label: z.string(), value: z.string() })),
  payload: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

const ledgerProblem = z.object({ seq: z.number(), toSeq: z.number().optional(), reason: z.string() });

export function auditRoutes(app: FastifyInstance, audit: AuditService, db: Db, ledger: Ledger) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['审计'];

  r.get(
    '/api/v1/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        operationId: 'listAuditEntries',
        tags,
        summary: '审计日志（登录、失败登录、个人信息读取、变更、导出）',
        querystring: z.object({
          action: trimmedText().max(60).optional().describe('事件代码前缀，如 auth.'),
          event: trimmedText().max(60).optional().describe('事件代码（精确）'),
          actor: trimmedText().max(60).optional().describe('操作人姓名（包含）'),
          entityType: trimmedText().max(60).optional(),
          entity: trimmedText().min(1).max(60).optional().describe('对象的名称或编号，如案号、姓名、证号'),
          entityId: trimmedText().max(60).optional(),
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          beforeSeq: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: z.object({ items: z.array(auditEntry), nextBeforeSeq: z.number().nullable() }) },
      },
    },
    async (req) => audit.list(userCtx(req), req.query),
  );

  r.get(
    '/api/v1/audit/events',
    {
      config: { access: 'audit.read' },
      schema: {
        tags,
        summary: '审计日志可筛选的事件与对象类型（事件目录）',
        response: {
          200: z.object({
            events: z.array(z.object({ code: z.string(), label: z.string(), domain: z.string() })),
            entityTypes: z.array(z.object({ value: z.string(), label: z.string(), searchable: z.boolean() })),
          }),
        },
      },
    },
    async () => audit.catalogue(),
  );

  r.get(
    '/api/v1/ledger/verify',
    {
      config: { access: 'ledger.verify' },
      schema: {
        tags,
        summary: '校验账本：哈希链、默克尔树与签名树头（含树头文件）',
        response: {
          200: z.object({
            ok: z.boolean(),
            count: z.number(),
            heads: z.number(),
            checkpoints: z.number(),
            root: z.string().optional(),
            firstBad: ledgerProblem.optional(),
            problems: z.array(ledgerProblem),
          }),
        },
      },
    },
    async () => verifyLedger(db, ledger.verifyOptions),
  );
}
