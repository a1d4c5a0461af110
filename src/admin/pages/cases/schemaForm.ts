// Action forms drawn from the JSON Schema the server validates each action with (GET /cases/meta), so a
// new step or a new procedure needs no screen of its own. This file reads a schema into field specs,
// gives each its starting value, and turns the filled form back into the action's JSON:
//   date pattern → DatePicker (sent as YYYY-MM-DD)     boolean → Switch
//   string enum → Select (Chinese labels)              array of enum → multiple Select
//   {kinds, fineFen} object → penalty input (fine in 元, sent as integer 分)
//   integer described "（分）" → amount in 元           uuid host → person picker
//   long string or reason/opinion → TextArea           array of objects → a list of rows
//   itemCode → the enforcement-item picker
// Fields that are neither required nor described (e.g. the legal review determination the server adds
// itself on 调查终结) are not shown.
import dayjs, { type Dayjs } from 'dayjs';
import { parseYuanToFen, fenToYuanText } from '../../lib/money.ts';
import { enumLabels, fieldKeyLabels } from './labels.ts';

export interface JsonSchema {
  type?: string;
  const?: unknown;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxItems?: number;
}

export type FieldKind =
  | 'date'
  | 'boolean'
  | 'select'
  | 'multiselect'
  | 'penalty'
  | 'person'
  | 'item'
  | 'yuan'
  | 'integer'
  | 'number'
  | 'textarea'
  | 'text'
  | 'list';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  /** The form insists on a value (required by the schema and not nullable). */
  required: boolean;
  nullable: boolean;
  options?: { value: string; label: string }[];
  min?: number;
  max?: number;
  maxLength?: number;
  /** Row fields of a list. */
  item?: FieldSpec[];
}

/** The value a penalty input holds: kinds and the fine as typed in 元. */
export interface PenaltyValue {
  kinds: string[];
  fineYuan?: string;
}

/** Dates that lie ahead by nature (a hearing, a correction deadline) start empty instead of today. */
const FUTURE_DATES = new Set(['hearingOn', 'deadline']);
const DATE_PATTERN = /\\d\{4\}-\\d\{2\}-\\d\{2\}/;

const optionsOf = (values: unknown[] | undefined) =>
  (values ?? []).map((v) => ({ value: String(v), label: enumLabels[String(v)] ?? String(v) }));

function specOf(key: string, prop: JsonSchema, requiredBySchema: boolean): FieldSpec | null {
  const branches = prop.anyOf ?? prop.oneOf;
  const nullable = branches?.some((b) => b.type === 'null') ?? false;
  const base: JsonSchema = branches ? { ...(branches.find((b) => b.type !== 'null') ?? {}) } : prop;
  const description = prop.description ?? base.description;
  if (!requiredBySchema && !description) return null;
  let label = description ?? fieldKeyLabels[key] ?? key;
  const required = requiredBySchema && !nullable;
  const common = { key, nullable, required };

  if (base.type === 'object' && base.properties?.kinds) {
    return { ...common, label, kind: 'penalty', options: optionsOf(base.properties.kinds.items?.enum) };
  }
  if (base.type === 'string' && base.pattern && DATE_PATTERN.test(base.pattern))
    return { ...common, label, kind: 'date' };
  if (base.type === 'boolean') return { ...common, required: false, label, kind: 'boolean' };
  if (base.type === 'string' && base.enum)
    return { ...common, label, kind: 'select', options: optionsOf(base.enum) };
  if (base.type === 'array' && base.items?.enum) {
    return { ...common, label, kind: 'multiselect', options: optionsOf(base.items.enum) };
  }
  if (base.type === 'array' && base.items?.type === 'object') {
    const item = Object.entries(base.items.properties ?? {})
      .map(([k, p]) => specOf(k, p, base.items?.required?.includes(k) ?? false))
      .filter((s): s is FieldSpec => s !== null);
    return { ...common, label, kind: 'list', item, max: base.maxItems };
  }
  if (base.type === 'string' && key === 'itemCode') return { ...common, label, kind: 'item' };
  if (base.type === 'string' && (key === 'hostId' || base.format === 'uuid'))
    return { ...common, label, kind: 'person' };
  if (base.type === 'integer' && (/（分）/.test(label) || /Fen$/.test(key))) {
    label = label.replace('（分）', '（元）');
    return { ...common, label, kind: 'yuan', max: base.maximum };
  }
  if (base.type === 'integer' || base.type === 'number') {
    const min = base.minimum ?? base.exclusiveMinimum;
    return { ...common, label, kind: base.type === 'integer' ? 'integer' : 'number', min, max: base.maximum };
  }
  const long = (base.maxLength ?? 0) > 200 || /reason|opinion/i.test(key);
  return { ...common, label, kind: long ? 'textarea' : 'text', maxLength: base.maxLength };
}

/** The fields of an action's form, in the schema's order, without the `type` discriminator. */
export function fieldsOf(schema: JsonSchema | Record<string, unknown>): FieldSpec[] {
  const s = schema as JsonSchema;
  return Object.entries(s.properties ?? {})
    .filter(([key]) => key !== 'type')
    .map(([key, prop]) => specOf(key, prop, s.required?.includes(key) ?? false))
    .filter((f): f is FieldSpec => f !== null);
}

interface Penalty {
  kinds: string[];
  fineFen: number | null;
}

const isPenalty = (v: unknown): v is Penalty =>
  typeof v === 'object' && v !== null && Array.isArray((v as Penalty).kinds);

/**
 * What each field starts with: today for past dates, off for switches, the penalty proposed so far
 * (事先告知 and 决定 usually repeat the 调查终结 proposal), the approver's own name.
 */
export function initialValues(
  fields: FieldSpec[],
  ctx: { record: Record<string, unknown>; displayName: string },
): Record<string, unknown> {
  const proposed = [ctx.record.proposedPenalty, ctx.record.investigationProposal].find(isPenalty);
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.kind === 'date' && f.required && !FUTURE_DATES.has(f.key)) out[f.key] = dayjs();
    else if (f.kind === 'boolean') out[f.key] = false;
    else if (f.kind === 'penalty' && proposed) {
      out[f.key] = {
        kinds: proposed.kinds,
        fineYuan: fenToYuanText(proposed.fineFen),
      } satisfies PenaltyValue;
    } else if (f.kind === 'penalty') out[f.key] = { kinds: [] } satisfies PenaltyValue;
    else if (f.kind === 'list') out[f.key] = [{}];
    else if (f.kind === 'item')
      out[f.key] = (ctx.record.legalBasis as { itemCode?: string } | null | undefined)?.itemCode;
  }
  return out;
}

function valueOf(f: FieldSpec, v: unknown): unknown {
  const empty = v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  switch (f.kind) {
    case 'date':
      return empty ? null : (v as Dayjs).format('YYYY-MM-DD');
    case 'boolean':
      return v === true;
    case 'select':
    case 'person':
    case 'item':
      return empty ? null : v;
    case 'multiselect':
      return v ?? [];
    case 'penalty': {
      const p = (v as PenaltyValue | undefined) ?? { kinds: [] };
      if (f.nullable && p.kinds.length === 0) return null;
      return { kinds: p.kinds, fineFen: p.kinds.includes('fine') ? parseYuanToFen(p.fineYuan) : null };
    }
    case 'yuan':
      return empty ? (f.nullable ? null : 0) : parseYuanToFen(v as string);
    case 'integer':
    case 'number':
      return empty ? null : v;
    case 'list':
      return ((v as Record<string, unknown>[] | undefined) ?? []).map((row) =>
        payloadOf(f.item ?? [], row ?? {}),
      );
    case 'text':
    case 'textarea':
      return empty ? (f.nullable ? null : '') : (v as string).trim();
  }
}

/** The filled form as the action's JSON (without `type`). */
export function payloadOf(fields: FieldSpec[], values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f.key, valueOf(f, values[f.key])]));
}
