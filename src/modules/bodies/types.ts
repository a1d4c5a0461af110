// A1–A4 input/output shapes. Messages are Chinese because they reach the UI unchanged.
import { z } from 'zod';
import { boundedText as text, requiredText as required, trimmedText } from '../../platform/text.ts';
import { AUTHORITY_KINDS, CATEGORIES, isValidCreditCode, isValidIdNumber } from './rules.ts';

export const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
export const reason = trimmedText().min(2, '请填写修改理由（至少 2 个字）').max(500);

export const BODY_LEVELS = ['province', 'city', 'county'] as const;
export const BODY_NATURES = ['行政机关', '法律法规授权组织', '受委托组织'] as const;
export const UNIT_KINDS = ['handling', 'legal', 'office', 'licensing', 'other'] as const;

export const creditCode = trimmedText()
  .toUpperCase()
  .refine(isValidCreditCode, '统一社会信用代码不正确（18 位，校验位不符）');
export const idNumber = trimmedText()
  .toUpperCase()
  .refine(isValidIdNumber, '身份证号码不正确（18 位，出生日期或校验位不符）');
export const phone = trimmedText().regex(/^[0-9+\-() ]{5,20}$/, '电话号码格式不正确');

export const bodyFields = z.object({
  name: required(100),
  shortName: required(10),
  level: z.enum(BODY_LEVELS),
  creditCode,
  nature: z.enum(BODY_NATURES),
  fundingSource: text(50).default(''),
  staffing: z.number().int().min(0).max(100000).default(0),
  bodyType: required(50),
  authorityKinds: z
    .array(z.enum(AUTHORITY_KINDS))
    .min(1, '请选择主管部门类型')
    .max(AUTHORITY_KINDS.length)
    .refine((k) => new Set(k).size === k.length, '主管部门类型不能重复')
    .default(['health']),
  duties: text(5000).default(''),
  legalRepresentative: required(50),
  address: text(200).default(''),
  complaintPhone: z.union([phone, z.literal('')]).default(''),
  delegatedById: z.uuid().nullable().default(null),
  delegationScope: text(2000).nullable().default(null),
  delegationValidFrom: isoDate.nullable().default(null),
  delegationValidTo: isoDate.nullable().default(null),
});
export const createBodyInput = bodyFields.extend({ parentId: z.uuid() });
export const updateBodyInput = bodyFields.extend({ version: z.number().int().min(1), reason });

export const bodyOutput = bodyFields.extend({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  delegationAgreementKey: z.string().nullable(),
  delegationAgreementName: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const unitInput = z.object({
  bodyId: z.uuid(),
  name: required(50),
  kind: z.enum(UNIT_KINDS),
  phone: z.union([phone, z.literal('')]).default(''),
});
export const updateUnitInput = unitInput
  .omit({ bodyId: true })
  .extend({ version: z.number().int().min(1), reason });
export const unitOutput = unitInput.extend({ id: z.uuid(), version: z.number().int() });

export const personFields = z.object({
  bodyId: z.uuid(),
  unitId: z.uuid().nullable().default(null),
  name: required(50),
  gender: z.enum(['male', 'female']),
  idNumber: idNumber.nullable().default(null),
  phone: phone.nullable().default(null),
  post: text(50).default(''),
  isReviewer: z.boolean().default(false),
  isLegalCounsel: z.boolean().default(false),
  legalQualificationNo: text(50).nullable().default(null),
  active: z.boolean().default(true),
});
export const updatePersonInput = personFields
  .omit({ bodyId: true })
  .extend({ version: z.number().int().min(1), reason });

export const certificateSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  categories: z.array(z.enum(CATEGORIES)),
  region: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  status: z.string(),
  valid: z.boolean(),
  invalidReason: z.string().nullable(),
});

export const personListItem = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  name: z.string(),
  gender: z.enum(['male', 'female']),
  post: z.string(),
  isReviewer: z.boolean(),
  isLegalCounsel: z.boolean(),
  active: z.boolean(),
  version: z.number().int(),
  certificate: certificateSummary.nullable(),
});
export const personDetail = personListItem.extend({
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  legalQualificationNo: z.string().nullable(),
  personalDataVisible: z.boolean(),
});

export const peopleQuery = z.object({
  bodyId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  q: trimmedText().max(50).optional(),
  reviewer: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const certificateInput = z
  .object({
    personId: z.uuid(),
    number: trimmedText()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{6,30}$/, '执法证号应为 6–30 位字母、数字或连字符'),
    categories: z.array(z.enum(CATEGORIES)).min(1, '至少选择一个执法类别').max(CATEGORIES.length),
    region: required(50),
    issuer: text(100).default(''),
    issuedOn: isoDate,
    expiresOn: isoDate,
  })
  .refine((c) => c.expiresOn > c.issuedOn, { message: '有效期至必须晚于发证日期', path: ['expiresOn'] });
export const updateCertificateInput = z.object({
  categories: z.array(z.enum(CATEGORIES)).min(1).max(CATEGORIES.length),
  region: required(50),
  expiresOn: isoDate,
  status: z.enum(['valid', 'suspended', 'revoked']),
  version: z.number().int().min(1),
  reason,
});
export const certificateReviewInput = z.object({
  year: z.number().int().min(2000).max(2100),
  passed: z.boolean(),
  reviewedOn: isoDate,
  note: text(500).default(''),
});
export const certificateOutput = certificateSummary.extend({
  personId: z.uuid(),
  personName: z.string(),
  bodyId: z.uuid(),
  bodyName: z.string(),
  issuer: z.string(),
  version: z.number().int(),
  reviews: z.array(
    z.object({ year: z.number().int(), passed: z.boolean(), reviewedOn: z.string(), note: z.string() }),
  ),
});

export const idParam = z.object({ id: z.uuid('id 格式不正确') });
export const versionsOutput = z.array(
  z.object({
    version: z.number().int(),
    reason: z.string(),
    authorName: z.string(),
    at: z.string(),
    data: z.record(z.string(), z.unknown()),
  }),
);

export type BodyFields = z.output<typeof bodyFields>;
export type PersonFields = z.output<typeof personFields>;
export type CertificateInput = z.output<typeof certificateInput>;
