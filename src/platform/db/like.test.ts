import { describe, expect, it } from 'vitest';
import { containing, escapeLike, startingWith } from './like.ts';

describe('LIKE patterns', () => {
  it('escapes wildcards and the escape character', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(containing('王_')).toBe('%王\\_%');
    expect(startingWith('auth.')).toBe('auth.%');
  });
});
