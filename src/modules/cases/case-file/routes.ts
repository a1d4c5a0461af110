// C8, C10 HTTP: the case file as one verifiable archive, for whoever may read the case.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MEDIA } from '../../../platform/http/openapi-contract.ts';
import { ZIP_MAX_BYTES } from '../../../platform/zip/zip-writer.ts';
import { userCtx } from '../../access/index.ts';
import { idParam } from '../types.ts';
import { DEFAULT_MAX_FILE_BYTES, type CaseFileExportService } from './service.ts';

export function caseFileRoutes(app: FastifyInstance, caseFiles: CaseFileExportService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/cases/:id/export.zip',
    {
      config: { access: 'cases.read' },
      schema: {
        download: [MEDIA.zip],
        tags: ['案件'],
        summary:
          '导出案卷 (.zip)：文书 PDF 与 DOCX、证据与音像文件（超过所选大小的仅列哈希）、manifest.json（每个文件的 SM3 与 SHA-256）、本案账本记录及其到签名树头的包含性证明、树头及签名、公钥与文书签名；可用 npx sanxiang verify-export 离线校验；每次导出记入审计',
        params: idParam,
        querystring: z.object({
          maxFileBytes: z.coerce
            .number()
            .int()
            .min(0)
            .max(ZIP_MAX_BYTES)
            .default(DEFAULT_MAX_FILE_BYTES)
            .describe('证据与音像文件超过此字节数时只列出哈希值，不放入压缩包'),
        }),
      },
    },
    async (req, reply) => {
      const file = await caseFiles.export(userCtx(req), req.params.id, req.query);
      return reply
        .header('content-type', MEDIA.zip)
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .send(file.stream);
    },
  );
}
