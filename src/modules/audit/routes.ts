// H3 HTTP: the audit log and ledger verification, for the audit administrator only.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { verifyLedger } from '../../platform/ledger/verify.ts';
import type { Ledger } from '../../platform/ledger/ledger.ts';
import { currentUser } from '../access/index.ts';
import { listAudit } from './service.ts';

const auditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  bodyId: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

export function auditRoutes(app: FastifyInstance, db: Db, ledger: Ledger) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['审计'];

  r.get(
    '/api/v1/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags,
        summary: '审计日志（登录、失败登录、个人信息读取、变更、导出）',
        querystring: z.object({
          action: z.string().trim().max(60).optional(),
          actor: z.string().trim().max(60).optional(),
          entityId: z.string().trim().max(60).optional(),
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          beforeSeq: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: z.object({ items: z.array(auditEntry), nextBeforeSeq: z.number().nullable() }) },
      },
    },
    async (req) => listAudit(db, currentUser(req), req.query),
  );

  r.get(
    '/api/v1/ledger/verify',
    {
      config: { access: 'ledger.verify' },
      schema: {
        tags,
        summary: '校验哈希链与签名检查点',
        response: {
          200: z.object({
            ok: z.boolean(),
            count: z.number(),
            checkpoints: z.number(),
            firstBad: z.object({ seq: z.number(), reason: z.string() }).optional(),
          }),
        },
      },
    },
    async () => verifyLedger(db, { trustedPublicKey: ledger.trustedPublicKey }),
  );
}
