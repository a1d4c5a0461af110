import { describe, expect, it } from 'vitest';
import { findUnstorable, unstorableReason } from './storable-input.ts';

describe('unstorableReason', () => {
  it.each([
    ['plain text', '张三 SF-01', null],
    ['a surrogate pair (emoji)', '照片📷', null],
    ['empty', '', null],
    ['NUL', 'a\u0000b', 'NUL'],
    ['a lone high surrogate', 'a\ud800b', '代理字符'],
    ['a lone high surrogate at the end', 'a\ud83d', '代理字符'],
    ['a lone low surrogate', '\udc00a', '代理字符'],
    ['two high surrogates', '\ud83d\ud83d\udcf7', '代理字符'],
  ])('%s', (_what, s, expected) => {
    const reason = unstorableReason(s);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toContain(expected);
  });
});

describe('findUnstorable', () => {
  it('names the first offending value by its dotted path, keys included', () => {
    expect(findUnstorable({ a: 'ok', b: [{ c: 'ok' }, { c: 'x\u0000' }] })?.path).toBe('b.1.c');
    expect(findUnstorable({ a: 'x\u0000', b: 'y\u0000' })?.path).toBe('a');
    expect(findUnstorable({ ok: { 'bad\u0000key': 1 } })?.path).toBe('ok.bad?key');
    expect(findUnstorable(['\ud800'])?.path).toBe('0');
    expect(findUnstorable('\u0000')?.path).toBe('');
    expect(findUnstorable({ n: 1, b: true, z: null, u: undefined, s: 'fine' })).toBeNull();
  });

  it('walks a body nested 100,000 levels deep without exhausting the stack', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(findUnstorable(deep)?.path.split('.').length).toBe(100_000);
  });
});
