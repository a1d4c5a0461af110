import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileWriter, responseSerializerCompiler } from './serializer.ts';

/** The shape of a people list item (modules/bodies): uuids, nullable fields, enums, a nullable nested object. */
const personListItem = z.object({
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
  certificate: z
    .object({
      id: z.uuid(),
      number: z.string(),
      categories: z.array(z.enum(['penalty', 'inspection', 'coercion'])),
      region: z.string(),
      issuedOn: z.string(),
      expiresOn: z.string(),
      status: z.string(),
      valid: z.boolean(),
      invalidReason: z.string().nullable(),
    })
    .nullable(),
});

/** What zod's serialiser sends: the payload encoded through the schema, then JSON.stringify. */
const viaZod = (schema: z.ZodType, data: unknown) => JSON.stringify(z.encode(schema, data as never));
const compiled = (schema: z.ZodType) => {
  const writer = compileWriter(schema);
  if (!writer) throw new Error('schema not compiled');
  return writer;
};

const person = {
  id: '5f0c6f1e-8f0a-4c39-9a36-0a3f4c1f2b10',
  bodyId: '0b7e5a52-9a8e-4d8f-8d4c-2b1f8f6f2e11',
  bodyName: '示范区卫生健康委员会',
  unitId: null,
  unitName: null,
  name: '张 "三"\n\\ \u2028 \ud800 😀',
  gender: 'male',
  post: '',
  isReviewer: false,
  isLegalCounsel: true,
  active: true,
  version: 3,
  // Not in the schema: must not be sent (zod strips it).
  idNumber: '110101199003074514',
  certificate: {
    status: 'valid',
    id: '7d1d3c55-1d2b-4f0e-8f1a-6c8e1d2c3b4a',
    number: 'BX00000001',
    categories: ['penalty', 'inspection'],
    region: '示范市示范区',
    issuedOn: '2024-01-01',
    expiresOn: '2029-12-31',
    valid: false,
    invalidReason: '未按期年审',
  },
};

describe('compiled response serialiser', () => {
  it('writes exactly what zod would: schema key order, unknown keys dropped, escapes, nulls', () => {
    const page = z.object({ items: z.array(personListItem), nextCursor: z.string().nullable() });
    const data = { nextCursor: null, items: [person, { ...person, certificate: null, unitId: person.id }] };
    expect(compiled(page)(data)).toBe(viaZod(page, data));
    expect(compiled(page)(data)).not.toContain('idNumber');
  });

  it('leaves out optional keys that are absent or undefined, and writes unknown values as JSON does', () => {
    const schema = z.object({
      a: z.string().optional(),
      b: z.number().int().nullable().optional(),
      c: z.unknown(),
      d: z.array(z.enum(['x', 'y'])),
      e: z.literal(true),
      f: z.uuid(),
      g: z.iso.date(),
      h: z.string().max(3),
    });
    for (const data of [
      {
        c: { when: new Date('2026-01-02T03:04:05Z'), n: [1, null] },
        d: [],
        e: true,
        f: person.id,
        g: '2026-01-02',
        h: 'abc',
      },
      { a: undefined, b: null, c: undefined, d: ['y', 'x'], e: true, f: person.id, g: '2026-01-02', h: '' },
      { a: 'a', b: -0, c: 'text', d: ['x'], e: true, f: person.id, g: '2026-01-02', h: 'x' },
    ])
      expect(compiled(schema)(data)).toBe(viaZod(schema, data));
  });

  it('refuses a payload of the wrong shape where zod does', () => {
    const schema = z.object({ n: z.number().int(), s: z.string(), k: z.enum(['a']), o: z.object({}) });
    const good = { n: 1, s: 's', k: 'a', o: {} };
    const write = compiled(schema);
    for (const bad of [
      { ...good, n: 1.5 },
      { ...good, n: Number.NaN },
      { ...good, n: '1' },
      { ...good, s: null },
      { ...good, s: undefined },
      { ...good, k: 'b' },
      { ...good, o: [] },
      { ...good, o: null },
      null,
      [],
    ]) {
      expect(() => z.encode(schema, bad as never)).toThrow();
      expect(() => write(bad)).toThrow();
    }
  });

  it('leaves every other schema to zod', () => {
    for (const schema of [
      z.object({ a: z.string().default('') }),
      z.object({ a: z.string().trim() }),
      z.object({ a: z.string().refine((s) => s.length > 0) }),
      z.object({ a: z.union([z.string(), z.number()]) }),
      z.object({ a: z.record(z.string(), z.unknown()) }),
      z.object({ a: z.string() }).strict(),
      z.object({ a: z.string().transform((s) => s.length) }),
      z.object({ a: z.date() }),
    ])
      expect(compileWriter(schema)).toBeNull();
  });

  it('answers a payload that does not match the schema with an error (a 500), as zod did', () => {
    const serialise = responseSerializerCompiler({
      schema: z.object({ n: z.number() }),
      method: 'GET',
      url: '/x',
      httpStatus: '200',
    });
    expect(serialise({ n: 1, extra: true })).toBe('{"n":1}');
    expect(() => serialise({ n: 'one' })).toThrow(/GET \/x does not match its schema/);
    const fallback = responseSerializerCompiler({
      schema: z.object({ a: z.string().default('d') }),
      method: 'GET',
      url: '/y',
      httpStatus: '200',
    });
    expect(fallback({ a: 'x' })).toBe('{"a":"x"}');
  });
});
