// Response serialisation. Routes declare their responses as zod schemas. Zod's own serialiser
// (fastify-type-provider-zod) runs the whole payload through the schema, format checks and all, before
// JSON.stringify: on a list page that costs several times the stringify itself. For a schema built only
// from objects, arrays, strings, numbers, booleans, enums, literals, nullable, optional and unknown, this
// compiles a writer that produces the same JSON text directly: the schema's keys in the schema's order
// (keys the schema does not name are dropped, as zod strips them), optional keys left out when undefined,
// and each value checked for its type, enum member, literal, safe integer or finite number, so a payload
// of the wrong shape still fails with a 500. String formats and lengths (uuid, dates, max) and
// number bounds are not checked again on the way out. Any other schema (defaults, transforms, refinements,
// unions, records, strict objects, …) keeps zod's serialiser.
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';

/** JSON text of a value, or undefined when the value is left out (an optional key that is undefined). */
type Writer = (value: unknown) => string | undefined;

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  checks?: Array<{ _zod: { def: { check: string; format?: string } } }>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

class ShapeError extends Error {}
const fail = (expected: string, value: unknown): never => {
  throw new ShapeError(`expected ${expected}, received ${value === null ? 'null' : typeof value}`);
};

/** Checks that only constrain formats, lengths and bounds (skipped here); anything else is not compiled. */
const SKIPPED_CHECKS = new Set([
  'string_format',
  'min_length',
  'max_length',
  'length_equals',
  'greater_than',
  'less_than',
]);

/** A writer for `schema`, or null when the schema uses anything outside the plain subset. */
export function compileWriter(schema: z.ZodType): Writer | null {
  const def = defOf(schema);
  const checks = def.checks ?? [];
  let safeInteger = false;
  for (const check of checks) {
    const { check: kind, format } = check._zod.def;
    if (kind === 'number_format' && format === 'safeint') safeInteger = true;
    else if (!SKIPPED_CHECKS.has(kind)) return null;
  }
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? JSON.stringify(v) : fail('string', v));
    case 'number':
      return (v) =>
        typeof v === 'number' && (safeInteger ? Number.isSafeInteger(v) : Number.isFinite(v))
          ? String(v)
          : fail(safeInteger ? 'integer' : 'number', v);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? String(v) : fail('boolean', v));
    case 'null':
      return (v) => (v === null ? 'null' : fail('null', v));
    case 'unknown':
    case 'any':
      return (v) => JSON.stringify(v);
    case 'enum':
    case 'literal': {
      const allowed = def.type === 'enum' ? Object.values(def.entries!) : def.values!;
      if (!allowed.every((a) => typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean'))
        return null;
      const texts = new Map<unknown, string>(allowed.map((a) => [a, JSON.stringify(a)]));
      return (v) => texts.get(v) ?? fail(`one of ${[...texts.values()].join(', ')}`, v);
    }
    case 'nullable': {
      const inner = compileWriter(def.innerType!);
      return inner && ((v) => (v === null ? 'null' : inner(v)));
    }
    case 'optional': {
      const inner = compileWriter(def.innerType!);
      return inner && ((v) => (v === undefined ? undefined : inner(v)));
    }
    case 'array': {
      const element = compileWriter(def.element!);
      if (!element) return null;
      return (v) => {
        if (!Array.isArray(v)) return fail('array', v);
        let out = '[';
        for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + (element(v[i]) ?? 'null');
        return out + ']';
      };
    }
    case 'object': {
      if (def.catchall) return null; // strict and loose objects
      const fields: Array<[key: string, prefix: string, writer: Writer]> = [];
      for (const [key, field] of Object.entries(def.shape!)) {
        const writer = compileWriter(field);
        if (!writer) return null;
        fields.push([key, `${JSON.stringify(key)}:`, writer]);
      }
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail('object', v);
        const record = v as Record<string, unknown>;
        let out = '';
        for (const [key, prefix, writer] of fields) {
          const text = writer(record[key]);
          if (text !== undefined) out += (out ? ',' : '') + prefix + text;
        }
        return `{${out}}`;
      };
    }
    default:
      return null;
  }
}

const isZod = (schema: unknown): schema is z.ZodType =>
  typeof schema === 'object' && schema !== null && '_zod' in schema;

/** Fastify's serializer compiler: the compiled writer where the schema allows, zod's serialiser elsewhere. */
export const responseSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const writer = isZod(route.schema) ? compileWriter(route.schema) : null;
  if (!writer) return zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]);
  return (data: unknown) => {
    try {
      return writer(data) as string; // undefined only where JSON.stringify gives undefined too
    } catch (e) {
      if (e instanceof ShapeError)
        throw new Error(`response of ${route.method} ${route.url} does not match its schema: ${e.message}`, {
          cause: e,
        });
      throw e;
    }
  };
};
