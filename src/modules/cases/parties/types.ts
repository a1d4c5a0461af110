// C4, C8 the API shapes of a case's parties, witnesses and agents: one as entered (at opening or later), an
// addition with the principal an agent acts for, a correction with its reason, and one as the case page shows it.
import { z } from 'zod';
import { trimmedText } from '../../../platform/text.ts';
import { creditCode, idNumber } from '../../bodies/index.ts';
import { required, text } from '../input-text.ts';

export const partyInput = z
  .object({
    role: z.enum(['party', 'witness', 'agent']),
    type: z.enum(['person', 'organisation']),
    name: required(100, '姓名或名称'),
    idType: text(20, '证件类型').nullable().default(null),
    idNumber: text(30, '证件号码').nullable().default(null),
    creditCode: creditCode.nullable().default(null),
    legalRepresentative: text(50, '法定代表人').nullable().default(null),
    address: text(200, '地址').default(''),
    phone: text(30, '电话').default(''),
    minor: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    if (p.type === 'person' && p.creditCode)
      ctx.addIssue({ code: 'custom', path: ['creditCode'], message: '自然人不填写统一社会信用代码' });
    if (
      p.type === 'person' &&
      (p.idType ?? '居民身份证') === '居民身份证' &&
      p.idNumber &&
      !idNumber.safeParse(p.idNumber).success
    ) {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '居民身份证号码无效（校验位不符）' });
    }
  });
export type PartyInput = z.infer<typeof partyInput>;

/** C4: a party, witness or agent met after the case was opened; an agent names the party they act for (授权委托). */
export const addPartyInput = partyInput.safeExtend({
  version: z.number().int().positive(),
  representsId: z.uuid('被代理人无效').nullable().default(null),
});
export type AddPartyInput = z.infer<typeof addPartyInput>;

/** C8: a correction of a party's details is a new version with its reason; role and type stay. */
export const correctPartyInput = partyInput.safeExtend({
  version: z.number().int().positive(),
  reason: trimmedText().min(2, '请填写更正理由（至少 2 个字）').max(500, '更正理由不得超过 500 字'),
  /** An agent's principal; left out, it stays as it is. */
  representsId: z.uuid('被代理人无效').nullable().optional(),
});
export type CorrectPartyInput = z.infer<typeof correctPartyInput>;

export const partyParams = z.object({ id: z.uuid('编号无效'), partyId: z.uuid('编号无效') });

export const partyOutput = z.object({
  id: z.string(),
  role: z.string(),
  type: z.string(),
  name: z.string(),
  idType: z.string().nullable(),
  idNumber: z.string().nullable(),
  creditCode: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  address: z.string(),
  phone: z.string(),
  minor: z.boolean(),
  /** For an agent: the party they act for. */
  representsId: z.string().nullable(),
});
