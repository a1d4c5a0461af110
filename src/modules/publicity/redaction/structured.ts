// E4 first layer: what the case knows. Every person the text is about is named in the parties list, with
// their numbers and address; each is found wherever the text writes it — numbers also when written in
// groups or with another case of X — and masked. What the law keeps public is returned as kept: an
// organisation's name, credit code, address and phone, and the legal representative's name.
import { maskedName } from './surname.ts';
import { MASK, type Kept, type RedactionCategory, type RedactionParty, type Span } from './types.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every occurrence of `value` in `text`, exactly as written. */
function literal(text: string, value: string): Kept[] {
  const found: Kept[] = [];
  if (!value) return found;
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + value.length))
    found.push({ start: at, end: at + value.length });
  return found;
}

/**
 * Every occurrence of a number, however it is grouped: the digits (and a final X in either case) with
 * optional spaces or dashes between them, not inside a longer run of digits.
 */
function number(text: string, value: string): Kept[] {
  const chars = value.replace(/[^0-9A-Za-z]/g, '');
  if (chars.length < 5) return literal(text, value.trim());
  const body = Array.from(chars, (c) => escape(c)).join('[ \\u00A0-]?');
  const pattern = new RegExp(`(?<![0-9A-Za-z])${body}(?![0-9A-Za-z])`, 'gi');
  return Array.from(text.matchAll(pattern), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

const masked = (found: Kept[], category: RedactionCategory, replacement = MASK): Span[] =>
  found.map((k) => ({ ...k, category, replacement }));

export interface StructuredFindings {
  spans: Span[];
  kept: Kept[];
}

export function structuredFindings(text: string, parties: readonly RedactionParty[]): StructuredFindings {
  const publicNames = new Set(
    parties.flatMap((p) => (p.kind === 'org' && p.legalRepresentative ? [p.legalRepresentative.trim()] : [])),
  );
  const spans: Span[] = [];
  const kept: Kept[] = [];
  for (const p of parties) {
    const name = p.name.trim();
    if (p.kind === 'org') {
      kept.push(...literal(text, name));
      if (p.creditCode) kept.push(...number(text, p.creditCode));
      if (p.legalRepresentative) kept.push(...literal(text, p.legalRepresentative.trim()));
      // An organisation's business address and phone are public (E4 withholds a natural person's).
      if (p.address) kept.push(...literal(text, p.address.trim()));
      if (p.phone) kept.push(...number(text, p.phone));
    } else {
      // A one-character "name" would mask that character everywhere in the text.
      if (Array.from(name).length >= 2 && !publicNames.has(name))
        spans.push(...masked(literal(text, name), 'name', maskedName(name)));
      if (p.idNumber) spans.push(...masked(number(text, p.idNumber), 'id_number'));
      if (p.phone) spans.push(...masked(number(text, p.phone), 'phone'));
      if (p.address) spans.push(...masked(literal(text, p.address.trim()), 'address'));
    }
    // E4: bank accounts and property certificates are withheld for organisations as well as persons.
    if (p.bankAccount) spans.push(...masked(number(text, p.bankAccount), 'bank_account'));
    if (p.propertyCertificate)
      spans.push(...masked(literal(text, p.propertyCertificate.trim()), 'property_certificate'));
  }
  return { spans, kept };
}
