// Text a person must actually write — a name, a title, a reason — is refused when nothing visible is in
// it (issue 14): `z.string().trim()` strips whitespace only, so a name of zero-width spaces passed and
// showed blank on the portal and in documents. `trimmedText()` is `.trim()` that also strips invisible
// characters at both ends; a `min(1)` after it then refuses text with nothing visible.
import { z } from 'zod';

// Whitespace, format characters (zero-width space/joiners, direction marks, word joiner, BOM, soft
// hyphen), control characters, and the characters fonts draw as nothing: combining grapheme joiner,
// Hangul fillers, braille blank.
const INVISIBLE = '[\\s\\p{Cf}\\p{Cc}\\u034F\\u115F\\u1160\\u3164\\uFFA0\\u2800]';
const AT_ENDS = new RegExp(`^${INVISIBLE}+|${INVISIBLE}+$`, 'gu');
const VISIBLE = new RegExp(INVISIBLE.replace('[', '[^'), 'u');

/** `s` without whitespace or invisible characters at either end. */
export function trimInvisible(s: string): string {
  return s.replace(AT_ENDS, '');
}

/** Whether `s` has at least one character a reader can see. */
export function hasVisibleText(s: string): boolean {
  return VISIBLE.test(s);
}

/** A string trimmed of whitespace and invisible characters at both ends (use instead of `.trim()`). */
export const trimmedText = () => z.string().overwrite(trimInvisible);
