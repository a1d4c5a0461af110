// A spreadsheet cell holding NUL or a lone UTF-16 surrogate (as a raw NUL byte or a character reference
// such as &#0; or &#xD800;) makes the XML parser reject the whole file, which could then only be refused
// as "not a spreadsheet". To name the cell instead, such characters are swapped for two Unicode
// noncharacters before parsing (valid XML, never used in interchange) and swapped back in the parsed
// values, where the import refuses them with their row and column like any other unstorable input.

const NUL_MARK = '\uFDD0';
const SURROGATE_MARK = '\uFDD1';

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);|\u0000/g;

/** The XML with every NUL and lone-surrogate reference marked, or null when it has none. */
export function markUnstorable(xml: Buffer): Buffer | null {
  if (xml.indexOf(0) < 0 && xml.indexOf('&#') < 0) return null;
  let changed = false;
  // latin1 keeps one character per byte, so UTF-8 text passes through unchanged.
  const text = xml.toString('latin1').replace(REFERENCE, (match, ref: string | undefined) => {
    if (ref === undefined) {
      changed = true;
      return '&#xFDD0;';
    }
    const code = ref.startsWith('x') ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
    if (code === 0) {
      changed = true;
      return '&#xFDD0;';
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      changed = true;
      return '&#xFDD1;';
    }
    return match;
  });
  return changed ? Buffer.from(text, 'latin1') : null;
}

/** A parsed string with the marks turned back into what the file held. */
export function unmark(s: string): string {
  return s.includes(NUL_MARK) || s.includes(SURROGATE_MARK)
    ? s.replaceAll(NUL_MARK, '\u0000').replaceAll(SURROGATE_MARK, '\uD800')
    : s;
}
