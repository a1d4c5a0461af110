// A3 / E2: the public officer verification. Returns only what may be published: name, body, post,
// certificate number, categories, region, validity — never ID numbers or phones.
import { z } from 'zod';
import { today, type Actor, type Ctx } from '../../platform/context.ts';
import type { DbOrTx } from '../../platform/db/client.ts';
import { notFound } from '../../platform/http/errors.ts';
import * as repo from './repo.ts';
import { CATEGORY_LABELS, certificateValidity, CERTIFICATE_REASON_LABELS, type Category } from './rules.ts';

export const verificationOutput = z.object({
  number: z.string(),
  name: z.string(),
  gender: z.enum(['male', 'female']),
  post: z.string(),
  bodyName: z.string(),
  categories: z.array(z.string()),
  region: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  valid: z.boolean(),
  statusText: z.string(),
  complaintPhone: z.string(),
});
export type Verification = z.output<typeof verificationOutput>;

export async function verifyCertificate(db: DbOrTx, ctx: Ctx<Actor>, number: string): Promise<Verification> {
  const row = await repo.findCertificateByNumber(db, number.trim().toUpperCase());
  if (!row) throw notFound('执法证');
  const reviews = await repo.listReviews(db, [row.cert.id]);
  const validity = certificateValidity({ ...row.cert, reviews }, today(ctx));
  return {
    number: row.cert.number,
    name: row.personName,
    gender: row.gender,
    post: row.post,
    bodyName: row.bodyName,
    categories: row.cert.categories.map((c) => CATEGORY_LABELS[c as Category] ?? c),
    region: row.cert.region,
    issuedOn: row.cert.issuedOn,
    expiresOn: row.cert.expiresOn,
    valid: validity.valid && row.personActive,
    statusText: !row.personActive
      ? '持证人已不在执法岗位'
      : validity.valid
        ? '有效'
        : CERTIFICATE_REASON_LABELS[validity.reason],
    complaintPhone: row.complaintPhone,
  };
}
