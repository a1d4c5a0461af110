// Reading a rendered document back, so tests check what it says rather than its magic bytes: the DOCX is
// unzipped and its XML read, the PDF's text is extracted (which only works for Chinese when the embedded
// font has a ToUnicode map). Compare through `squash`: both layouts break lines where they must.
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import type { DocumentModel } from '../../src/platform/documents/index.ts';

/** Without whitespace: line breaks and justification spaces fall anywhere. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

export interface DocxParts {
  zip: JSZip;
  /** word/document.xml */
  document: string;
  /** Every XML part (headers, footers, styles …) joined. */
  all: string;
  /** The embedded images (word/media/…). */
  media: string[];
  /** The visible text of the body, headers and footers: their w:t runs, unescaped and joined. */
  text: string;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!);

export async function docxParts(buf: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buf);
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const xmlNames = Object.keys(zip.files).filter((n) => n.endsWith('.xml'));
  const all = (
    await Promise.all(xmlNames.map((n) => zip.file(n)?.async('string') ?? Promise.resolve('')))
  ).join('\n');
  const text = [...all.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join('');
  return {
    zip,
    document,
    all,
    media: Object.keys(zip.files).filter((n) => n.startsWith('word/media/')),
    text,
  };
}

export interface PdfContent {
  text: string;
  pages: number;
  /** The document information dictionary (Title, Author, Subject, Keywords …). */
  info: Record<string, unknown>;
}

export async function pdfText(buf: Buffer): Promise<PdfContent> {
  const doc = await getDocumentProxy(new Uint8Array(buf));
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  const meta = await doc.getMetadata();
  return { text, pages: totalPages, info: meta.info as Record<string, unknown> };
}

/** Every piece of text a model puts on the page: what both renderings must carry. */
export function modelTexts(model: DocumentModel): string[] {
  const texts = [model.issuer, model.title, model.number ?? '', model.footer ?? ''];
  for (const b of model.blocks) {
    switch (b.kind) {
      case 'paragraph':
      case 'heading':
        texts.push(b.text);
        break;
      case 'fields':
        for (const r of b.rows) texts.push(r.label, r.value);
        break;
      case 'table':
        texts.push(...b.columns, ...b.rows.flat());
        break;
      case 'notice':
        texts.push(b.title ?? '', b.text);
        break;
      case 'signatures':
        texts.push(b.date, ...b.officers.flatMap((o) => [o.name, o.certificateNo]));
        if (b.party) texts.push(b.party.label, b.party.statement ?? '', b.party.refused?.note ?? '');
        break;
      case 'seal':
        texts.push(b.issuer, b.date);
        break;
      case 'spacer':
        break;
    }
  }
  return texts.map(squash).filter((t) => t !== '');
}
