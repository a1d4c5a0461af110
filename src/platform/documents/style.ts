// C5 one page style and one wording for both renderers: the DOCX and the PDF of a document must say the
// same words in the same places (DOMAIN C5), so sizes, margins and the fixed labels of the signature block
// live here rather than in each renderer.
import type { Block, OfficerSignature, PartyConfirmation } from './model.ts';

/** A4 in points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

/** Page margins in millimetres (GB/T 9704 is 37/35/28/26; the forms use a little less at top and bottom). */
export const MARGIN_MM = { top: 25, bottom: 25, left: 28, right: 26 } as const;

/** Font sizes in points, by their Chinese names: 小二 18, 三号 16, 四号 14, 小四 12, 五号 10.5, 小五 9. */
export const SIZE = {
  title: 18,
  issuer: 16,
  number: 12,
  heading: 12,
  body: 12,
  table: 10.5,
  footer: 9,
  watermark: 72,
  watermarkHeader: 28,
} as const;

/** Line height as a multiple of the font size (DOCX "1.5 lines" is about the same). */
export const LINE = { body: 1.6, table: 1.45 } as const;

export const mmToPt = (mm: number): number => (mm * 72) / 25.4;
export const ptToTwip = (pt: number): number => Math.round(pt * 20);
export const mmToTwip = (mm: number): number => ptToTwip(mmToPt(mm));

export const LABEL = {
  officer: '执法人员',
  certificate: '执法证号',
  signature: '电子签名',
  refused: '（拒绝签名）',
  pageOf: (page: number, total: number): string => `第 ${page} 页 共 ${total} 页`,
} as const;

/** The officer's line, identical in both outputs. */
export function officerText(o: OfficerSignature): string {
  return `${LABEL.officer}：${o.name}\u3000\u3000${LABEL.certificate}：${o.certificateNo}`;
}

/** The fingerprint line under an officer, or null on drafts. */
export function officerSignatureText(o: OfficerSignature): string | null {
  return o.signature ? `${LABEL.signature}：${o.signature}` : null;
}

/** What follows the party's label after the signature area: the name, and the refusal mark when refused. */
export function partyNameText(p: PartyConfirmation): string {
  return p.refused ? `${p.name}${LABEL.refused}` : p.name;
}

/** Relative column widths normalised to fractions summing to 1; missing or bad widths fall back to equal. */
export function columnFractions(count: number, widths?: readonly number[]): number[] {
  if (count <= 0) return [];
  const w = Array.from({ length: count }, (_, i) => {
    const v = widths?.[i];
    return v !== undefined && Number.isFinite(v) && v > 0 ? v : NaN;
  });
  if (w.some((v) => Number.isNaN(v))) return Array.from({ length: count }, () => 1 / count);
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / sum);
}

/** Fraction of the width given to the label column of a `fields` block. */
export const FIELD_LABEL_FRACTION = 0.24;

/** Width and height of a PNG from its IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The party's signature image scaled to a fixed height (points), capped in width. */
export function signatureImageBox(
  png: Uint8Array,
  heightPt = 36,
  maxWidthPt = 150,
): { width: number; height: number } | null {
  const size = pngSize(png);
  if (!size) return null;
  let height = heightPt;
  let width = (size.width / size.height) * height;
  if (width > maxWidthPt) {
    height = (height * maxWidthPt) / width;
    width = maxWidthPt;
  }
  return { width, height };
}

/** Width of text in em: CJK and fullwidth characters are one em, everything else about half. */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5;
  return w;
}

/**
 * The closing lines: the issuer two characters in from the right margin, the date centred under it, as
 * official documents set them. Returns each line's distance from the right margin, in em.
 */
export function sealIndents(issuer: string, date: string): { issuer: number; date: number } {
  const a = emWidth(issuer);
  const b = emWidth(date);
  return { issuer: 2 + Math.max(0, (b - a) / 2), date: 2 + Math.max(0, (a - b) / 2) };
}

/**
 * Where a document's closing starts: the signatures, the 落款 (issuer and date) and any spacing among them
 * at the end. Both renderers keep it on one page and with the last lines before it, so no page holds only
 * the date or the 落款. The block count when the document has no closing.
 */
export function closingStart(blocks: readonly Block[]): number {
  let i = blocks.length;
  while (i > 0 && ['signatures', 'seal', 'spacer'].includes(blocks[i - 1]!.kind)) i--;
  return blocks.slice(i).some((b) => b.kind !== 'spacer') ? i : blocks.length;
}
