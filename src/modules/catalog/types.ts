// B1–B8 zod schemas: the data of each catalogue kind, validated on every write and import.
import { z } from 'zod';
import { boundedText as text, requiredText as required, trimmedText } from '../../platform/text.ts';
import { AUTHORITY_KINDS, CATEGORIES } from '../bodies/index.ts';
import { LAW_LEVELS, PENALTY_KINDS, REVIEW_FLAGS, TIERS } from './model.ts';

const fen = z.number().int('金额应为整数（分）').min(0, '金额不能为负').max(1e14);

export const articleRef = z.object({
  law: required(80),
  article: z.number().int().min(1).max(2000),
  paragraph: z.number().int().min(1).max(50).optional(),
  item: z.number().int().min(1).max(50).optional(),
});

const fineRule = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('fixed'), minFen: fen, maxFen: fen })
    .refine((f) => f.minFen <= f.maxFen, { message: '罚款下限不能高于上限', path: ['maxFen'] }),
  z
    .object({
      kind: z.literal('multiple'),
      base: z.enum(['illegal_income', 'goods_value']),
      minMultiple: z.number().min(0).max(1000),
      maxMultiple: z.number().min(0).max(1000),
      fallback: z.object({ belowFen: fen, minFen: fen, maxFen: fen }).optional(),
    })
    .refine((f) => f.minMultiple <= f.maxMultiple, {
      message: '倍数下限不能高于上限',
      path: ['maxMultiple'],
    }),
]);

export const itemData = z.object({
  name: required(200),
  category: z.enum(CATEGORIES),
  field: text(50).default(''),
  basis: z.array(articleRef).max(50).default([]),
  basisText: text(2000).default(''),
  benchmarkCode: text(80).nullable().default(null),
  handlingUnit: text(100).default(''),
  timeLimit: text(200).default(''),
  description: text(5000).default(''),
  /** The departments the law gives the item to, with the articles; null: any health authority. */
  competence: z
    .object({
      authorities: z
        .array(z.enum(AUTHORITY_KINDS))
        .min(1, '请选择实施部门')
        .max(AUTHORITY_KINDS.length)
        .refine((a) => new Set(a).size === a.length, '实施部门不能重复'),
      basis: z.array(articleRef).min(1, '请引用规定实施部门的条款').max(10),
    })
    .nullable()
    .default(null),
});

export const benchmarkData = z.object({
  violation: required(500),
  category: text(50).default(''),
  violatedArticles: z.array(articleRef).max(20),
  penaltyArticles: z.array(articleRef).min(1, '至少引用一条处罚依据').max(20),
  tiers: z
    .array(
      z.object({
        tier: z.enum(TIERS),
        conditions: z.array(text(1000)).max(20),
        penalties: z.array(z.enum(PENALTY_KINDS)).max(PENALTY_KINDS.length),
        fine: fineRule.nullable(),
        note: text(1000).optional(),
      }),
    )
    .min(1, '至少需要一个裁量阶次')
    .refine((tiers) => new Set(tiers.map((t) => t.tier)).size === tiers.length, '裁量阶次不能重复'),
});

export const inspectionItemData = z.object({
  name: required(200),
  basis: z.array(articleRef).max(50).default([]),
  basisText: text(2000).default(''),
  targetType: required(100),
  content: text(2000).default(''),
  method: text(200).default(''),
  ratio: text(100).default(''),
  /** The ratio as a number, for the random draw (F2). */
  ratioPercent: z.number().min(0).max(100).nullable().default(null),
  frequency: text(100).default(''),
  field: text(50).default(''),
});

export const avRuleData = z.object({
  name: required(200), // the activity (执法活动)
  requirement: z.enum(['full', 'as_needed']),
  scene: z.enum(['on_site', 'case_room']).default('on_site'),
  scope: text(1000).default(''),
  /** The C5 documents whose times must fall inside the recording (Wanzhou Art. 15(4)). */
  documents: z.array(text(50)).max(50).default([]),
  basisText: text(1000).default(''),
});

export const reviewConditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('procedure'), procedure: z.literal('general') }),
  z.object({ kind: z.literal('category'), anyOf: z.array(z.enum(CATEGORIES)).min(1) }),
  z.object({ kind: z.literal('penalty_kind'), anyOf: z.array(z.enum(PENALTY_KINDS)).min(1) }),
  z.object({ kind: z.literal('fine_at_least'), partyType: z.enum(['person', 'organisation']), fen }),
  z.object({ kind: z.literal('confiscation_at_least'), fen }),
  z.object({ kind: z.literal('hearing_held') }),
  z.object({ kind: z.literal('outside_benchmark') }),
  z.object({ kind: z.literal('flag'), flag: z.enum(REVIEW_FLAGS) }),
]);

export const reviewRuleData = z.object({
  name: required(300), // = description shown as the reason
  basis: text(300).default(''),
  conditions: z.array(reviewConditionSchema).min(1, '至少需要一个条件').max(10),
});

export const serviceGuideData = z.object({
  name: required(200),
  basisText: text(3000).default(''),
  basis: z.array(articleRef).max(50).default([]),
  handlingBody: text(100).default(''),
  preferentialPolicies: text(2000).default(''),
  materials: z.array(text(500)).max(100).default([]),
  itemCode: text(80).default(''),
  // The procedure as a graph: the portal draws the flowchart from the steps and their `next` edges.
  steps: z
    .array(
      z.object({
        id: required(30),
        name: required(50),
        description: text(500).default(''),
        timeLimit: text(100).default(''),
        actor: text(50).default(''),
        next: z.array(text(30)).max(10).default([]),
      }),
    )
    .max(30)
    .default([]),
  timeLimit: text(200).default(''),
  fee: text(200).default(''),
  supervision: text(500).default(''),
  accountability: text(1000).default(''),
  remedies: text(1000).default(''),
  officeHours: text(200).default(''),
  address: text(200).default(''),
  phone: text(50).default(''),
});

export const complaintChannelData = z.object({
  name: required(100), // the way (方式)
  address: text(300).default(''),
  conditions: text(1000).default(''),
  hours: text(100).default(''),
});

/** Catalogue kinds: one generic store, one data schema each. */
export const CATALOG_KINDS = {
  item: { label: '行政执法事项', domainId: 'B1', data: itemData },
  benchmark: { label: '行政处罚裁量基准', domainId: 'B3', data: benchmarkData },
  inspection_item: { label: '随机抽查事项', domainId: 'B4', data: inspectionItemData },
  av_rule: { label: '音像记录事项', domainId: 'B5', data: avRuleData },
  review_rule: { label: '重大执法决定法制审核目录', domainId: 'B6', data: reviewRuleData },
  service_guide: { label: '服务指南', domainId: 'B7', data: serviceGuideData },
  complaint_channel: { label: '监督举报渠道', domainId: 'B8', data: complaintChannelData },
} as const;
export type CatalogKind = keyof typeof CATALOG_KINDS;
export const CATALOG_KIND_NAMES = Object.keys(CATALOG_KINDS) as CatalogKind[];

/** The display name of an entry, whatever its kind. */
export function entryName(kind: CatalogKind, data: Record<string, unknown>): string {
  return String(kind === 'benchmark' ? data.violation : data.name);
}

export const legalDocumentInput = z.object({
  code: trimmedText().regex(/^[a-z0-9][a-z0-9-]{1,79}$/, '代码须为小写字母、数字和连字符'),
  title: required(200),
  level: z.enum(LAW_LEVELS),
  issuer: required(100),
  docNumber: text(100).default(''),
  promulgatedOn: z.iso.date(),
  effectiveOn: z.iso.date(),
  repealedOn: z.iso.date().nullable().default(null),
  versionNote: text(200).default(''),
  articles: z
    .array(
      z.object({
        ordinal: z.number().int().min(1).max(2000),
        number: required(20),
        text: required(20000),
        needsReview: z.boolean().default(false),
      }),
    )
    .max(2000)
    .refine((a) => new Set(a.map((x) => x.ordinal)).size === a.length, '条文序号不能重复'),
  reason: trimmedText().min(2, '请填写理由').max(500),
});
