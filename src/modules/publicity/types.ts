// E4 HTTP contract of the redaction preview: used by the publisher's screen and by other systems, so the
// field names and limits are part of the API. The text is taken as sent (not trimmed): the spans' offsets
// point into exactly that string.
import { z } from 'zod';
import { boundedText, requiredText } from '../../platform/text.ts';
import { REDACTION_CATEGORIES } from './redaction/types.ts';

/** A decision runs to a few thousand characters; this leaves room for a long one with its annexes. */
export const MAX_TEXT = 200_000;
export const MAX_PARTIES = 200;

const partySchema = z.object({
  kind: z.enum(['person', 'org']),
  role: z.enum(['party', 'witness', 'agent', 'other']),
  name: requiredText(200, '姓名或名称'),
  idNumber: boundedText(50, '证件号码').optional(),
  address: boundedText(300, '地址').optional(),
  phone: boundedText(50, '联系电话').optional(),
  creditCode: boundedText(50, '统一社会信用代码').optional(),
  legalRepresentative: boundedText(100, '法定代表人').optional(),
  bankAccount: boundedText(60, '银行账号').optional(),
  propertyCertificate: boundedText(100, '不动产权证号').optional(),
});

export const redactionPreviewBody = z.object({
  text: z.string().min(1, '请提供需要隐去个人信息的文本').max(MAX_TEXT, `文本不得超过 ${MAX_TEXT} 个字符`),
  parties: z.array(partySchema).max(MAX_PARTIES, `当事人等不得超过 ${MAX_PARTIES} 个`).default([]),
});

export const redactionPreviewResponse = z.object({
  redactedText: z.string(),
  spans: z.array(
    z.object({
      start: z.number().int(),
      end: z.number().int(),
      category: z.enum(REDACTION_CATEGORIES),
      replacement: z.string(),
    }),
  ),
});
