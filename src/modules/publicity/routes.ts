// E4 HTTP: the redaction preview. Pure computation on what the caller sends — nothing is read or stored —
// so it is neither audited nor written to the ledger; the publication workflow that approves a redaction
// records it there.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { redact } from './redaction/redact.ts';
import { redactionPreviewBody, redactionPreviewResponse } from './types.ts';

export function publicityRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/publicity/redactions/preview',
    {
      config: { access: 'publicity.redact' },
      schema: {
        tags: ['执法公示'],
        summary:
          '隐去个人信息预览：按当事人、证人、代理人等结构化信息与文本识别（身份证号、电话、银行卡号、不动产权证号、电子邮箱、住址、健康状况），返回隐去后的文本与每处隐去的位置（UTF-16 码元偏移）',
        body: redactionPreviewBody,
        response: { 200: redactionPreviewResponse },
      },
    },
    async (req) => redact(req.body.text, req.body.parties),
  );
}
