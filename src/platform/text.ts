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

/**
 * Optional text of at most `max` characters. `what` names the field in the message (案件 inputs, where the
 * officer needs to know which box is too long); without it the form shows the message beside the field.
 */
export const boundedText = (max: number, what?: string) =>
  trimmedText().max(max, what ? `${what}不得超过 ${max} 字` : `不能超过 ${max} 个字`);

/** Text that must be written (something visible), of at most `max` characters. */
export const requiredText = (max: number, what?: string) =>
  boundedText(max, what).min(1, what ? `请填写${what}` : '必填');
