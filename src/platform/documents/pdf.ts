// C5 the PDF rendering of an enforcement document (DOMAIN C5): the copy that is served, published and kept
// in the file must show the same text on any machine, so it embeds a Chinese font shipped in an npm package
// (Noto Sans Hans from @embedpdf/fonts-sc, OFL-1.1, covering GB2312) rather than relying on system fonts.
// pdfkit subsets the font, so a two-page document stays small. Lines and page breaks are laid out in
// pdf-layout.ts; sizes and wording are shared with the DOCX renderer through style.ts.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Block, DocumentModel, PartyConfirmation } from './model.ts';
import {
  Flow,
  drawLine,
  layoutText,
  useFont,
  type Cell,
  type FontNames,
  type TextStyle,
} from './pdf-layout.ts';
import {
  FIELD_LABEL_FRACTION,
  LABEL,
  LINE,
  MARGIN_MM,
  PAGE,
  SIZE,
  closingStart,
  columnFractions,
  mmToPt,
  officerSignatureText,
  officerText,
  partyNameText,
  sealIndents,
  signatureImageBox,
} from './style.ts';

export interface PdfOptions {
  /** Fixed creation date, which with the same model makes the output byte-for-byte the same. */
  creationDate?: Date;
}

const FONT_PACKAGE = '@embedpdf/fonts-sc';
const FONT_FILES = { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' } as const;
const FONTS: FontNames = { regular: 'cjk', bold: 'cjk-bold' };

let fontBytes: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

/** The package exports only its index, so the font folder is found beside the resolved entry point. */
export function fontPath(which: keyof typeof FONT_FILES): string {
  const entry = createRequire(import.meta.url).resolve(FONT_PACKAGE);
  return path.join(path.dirname(entry), '..', 'fonts', FONT_FILES[which]);
}

function loadFonts(): Promise<{ regular: Buffer; bold: Buffer }> {
  if (!fontBytes) {
    const loading = Promise.all([readFile(fontPath('regular')), readFile(fontPath('bold'))]).then(
      ([regular, bold]) => ({ regular, bold }),
    );
    // A failed read is not cached, so a later call tries again.
    loading.catch(() => {
      if (fontBytes === loading) fontBytes = undefined;
    });
    fontBytes = loading;
  }
  return fontBytes;
}

const BODY: TextStyle = { size: SIZE.body, lineHeight: SIZE.body * LINE.body };
const TABLE: TextStyle = { size: SIZE.table, lineHeight: SIZE.table * LINE.table };
const CELL_PAD = { x: 5, y: 4 };
const GAP = BODY.lineHeight * 0.5;
const SMALL: TextStyle = { size: SIZE.table, lineHeight: SIZE.table * LINE.table, color: '#444444' };

function head(flow: Flow, model: DocumentModel): void {
  const issuer: TextStyle = { size: SIZE.issuer, lineHeight: SIZE.issuer * 1.5 };
  const title: TextStyle = { size: SIZE.title, lineHeight: SIZE.title * 1.6, bold: true };
  flow.text(layoutText(flow.doc, FONTS, model.issuer, flow.width, issuer, { align: 'center' }), issuer);
  flow.text(layoutText(flow.doc, FONTS, model.title, flow.width, title, { align: 'center' }), title);
  if (model.number) {
    const num: TextStyle = { size: SIZE.number, lineHeight: SIZE.number * 1.6 };
    flow.text(layoutText(flow.doc, FONTS, model.number, flow.width, num, { align: 'right' }), num);
  }
  flow.space(GAP);
}

function cellLines(
  flow: Flow,
  text: string,
  width: number,
  opts: { bold?: boolean; center?: boolean } = {},
): Cell['lines'] {
  return layoutText(
    flow.doc,
    FONTS,
    text,
    width - CELL_PAD.x * 2,
    { ...TABLE, bold: opts.bold },
    {
      align: opts.center ? 'center' : 'left',
      justify: false,
    },
  );
}

function fields(flow: Flow, rows: ReadonlyArray<{ label: string; value: string }>): void {
  if (rows.length === 0) return;
  const widths = [flow.width * FIELD_LABEL_FRACTION, flow.width * (1 - FIELD_LABEL_FRACTION)];
  for (const r of rows) {
    const cells: Cell[] = [
      { lines: cellLines(flow, r.label, widths[0] ?? 0, { bold: true }), shade: true },
      { lines: cellLines(flow, r.value, widths[1] ?? 0) },
    ];
    flow.row(cells, widths, TABLE, CELL_PAD);
  }
  flow.space(GAP);
}

function table(flow: Flow, b: Extract<Block, { kind: 'table' }>): void {
  const count = Math.max(b.columns.length, ...b.rows.map((r) => r.length));
  if (count === 0) return;
  const widths = columnFractions(count, b.widths).map((f) => f * flow.width);
  const header: Cell[] = widths.map((w, i) => ({
    lines: cellLines(flow, b.columns[i] ?? '', w, { bold: true, center: true }),
    shade: true,
  }));
  const drawHeader = (): void => flow.row(header, widths, TABLE, CELL_PAD);
  // Keep the header with at least the first row.
  const first = b.rows[0];
  const firstHeight = first
    ? Math.max(1, ...first.map((t, i) => cellLines(flow, t, widths[i] ?? 0).length)) * TABLE.lineHeight
    : 0;
  flow.ensure(
    Math.max(1, ...header.map((c) => c.lines.length)) * TABLE.lineHeight + firstHeight + CELL_PAD.y * 4,
  );
  drawHeader();
  for (const r of b.rows) {
    const cells = widths.map((w, i) => ({ lines: cellLines(flow, r[i] ?? '', w) }));
    flow.row(cells, widths, TABLE, CELL_PAD, drawHeader);
  }
  flow.space(GAP);
}

function notice(flow: Flow, b: Extract<Block, { kind: 'notice' }>): void {
  const inner = flow.width - CELL_PAD.x * 4;
  const lines = [
    ...(b.title
      ? layoutText(flow.doc, FONTS, b.title, inner, { ...BODY, bold: true }, { align: 'center' })
      : []),
    ...layoutText(flow.doc, FONTS, b.text, inner, BODY, { indent: true }),
  ];
  flow.row([{ lines }], [flow.width], BODY, { x: CELL_PAD.x * 2, y: CELL_PAD.y * 2 });
  flow.space(GAP);
}

/** "label：[signature] name" on one line: the drawn signature, a blank to sign on paper, or nothing if refused. */
function party(flow: Flow, p: PartyConfirmation): void {
  const doc = flow.doc;
  const box = p.image && !p.refused ? signatureImageBox(p.image) : null;
  const height = Math.max(BODY.lineHeight, (box?.height ?? 0) + 6);
  const statement = p.statement ? layoutText(doc, FONTS, p.statement, flow.width, BODY) : [];
  // The statement stays on the page of the signature under it.
  flow.ensure(statement.length * BODY.lineHeight + height);
  flow.text(statement, BODY);
  const style: TextStyle = { ...BODY, lineHeight: height };
  useFont(doc, FONTS, BODY);
  let x = flow.left;
  const label = `${p.label}：`;
  drawLine(doc, FONTS, { text: label, x: 0, spacing: 0, bold: false }, x, flow.y, style);
  x += doc.widthOfString(label);
  if (p.image && box) {
    try {
      doc.image(Buffer.from(p.image), x, flow.y + (height - box.height) / 2, {
        width: box.width,
        height: box.height,
      });
      x += box.width;
    } catch {
      // An unreadable image leaves the blank, as if unsigned; the record keeps the original.
      x += box.width;
    }
  } else if (!p.refused) {
    const w = SIZE.body * 8;
    const base = flow.y + height / 2 + SIZE.body * 0.6;
    doc
      .save()
      .lineWidth(0.6)
      .moveTo(x, base)
      .lineTo(x + w, base)
      .stroke()
      .restore();
    x += w;
  }
  drawLine(
    doc,
    FONTS,
    { text: `\u3000${partyNameText(p)}`, x: 0, spacing: 0, bold: false },
    x,
    flow.y,
    style,
  );
  flow.y += height;
  if (p.refused) flow.text(layoutText(doc, FONTS, p.refused.note, flow.width, BODY, { indent: true }), BODY);
}

function signatures(flow: Flow, b: Extract<Block, { kind: 'signatures' }>): void {
  const small = SMALL;
  flow.space(GAP / 2);
  for (const o of b.officers) {
    const sig = officerSignatureText(o);
    flow.ensure(BODY.lineHeight + (sig ? small.lineHeight : 0));
    flow.text(layoutText(flow.doc, FONTS, officerText(o), flow.width, BODY), BODY);
    if (sig) flow.text(layoutText(flow.doc, FONTS, sig, flow.width, small), small);
  }
  if (b.party) {
    flow.space(GAP / 2);
    party(flow, b.party);
  }
  flow.space(GAP / 2);
  flow.text(layoutText(flow.doc, FONTS, b.date, flow.width - SIZE.body * 2, BODY, { align: 'right' }), BODY);
  flow.space(GAP / 2);
}

/** The height the closing blocks take, measured as `signatures` and `block` lay them out. */
function closingHeight(flow: Flow, blocks: readonly Block[]): number {
  const height = (text: string, style: TextStyle, width = flow.width, indent = false) =>
    layoutText(flow.doc, FONTS, text, width, style, { indent }).length * style.lineHeight;
  let h = 0;
  for (const b of blocks) {
    if (b.kind === 'spacer') h += BODY.lineHeight * Math.max(0, b.lines ?? 1);
    if (b.kind === 'seal') {
      const at = sealIndents(b.issuer, b.date);
      h += BODY.lineHeight * 2 + height(b.issuer, BODY, flow.width - SIZE.body * at.issuer);
      h += height(b.date, BODY, flow.width - SIZE.body * at.date);
    }
    if (b.kind !== 'signatures') continue;
    for (const o of b.officers) {
      const sig = officerSignatureText(o);
      h += height(officerText(o), BODY) + (sig ? height(sig, SMALL) : 0);
    }
    const p = b.party;
    if (p) {
      const box = p.image && !p.refused ? signatureImageBox(p.image) : null;
      h += GAP / 2 + (p.statement ? height(p.statement, BODY) : 0);
      h +=
        Math.max(BODY.lineHeight, (box?.height ?? 0) + 6) +
        (p.refused ? height(p.refused.note, BODY, flow.width, true) : 0);
    }
    h += (GAP / 2) * 3 + height(b.date, BODY, flow.width - SIZE.body * 2);
  }
  return h;
}

/** `tail`: the height of the closing that must follow a paragraph's last lines on their page. */
function block(flow: Flow, b: Block, tail = 0): void {
  switch (b.kind) {
    case 'paragraph': {
      const style = { ...BODY, bold: b.bold };
      flow.text(
        layoutText(flow.doc, FONTS, b.text, flow.width, style, { align: b.align, indent: b.indent }),
        style,
        2,
        tail,
      );
      return;
    }
    case 'heading': {
      const style = { ...BODY, size: SIZE.heading, bold: true };
      flow.ensure(style.lineHeight * 2 + BODY.lineHeight);
      flow.space(GAP / 2);
      flow.text(layoutText(flow.doc, FONTS, b.text, flow.width, style), style);
      return;
    }
    case 'fields':
      fields(flow, b.rows);
      return;
    case 'table':
      table(flow, b);
      return;
    case 'notice':
      notice(flow, b);
      return;
    case 'signatures':
      signatures(flow, b);
      return;
    case 'seal': {
      // Two lines of room for the seal above the issuer, kept on one page with it; the date centred under it.
      const at = sealIndents(b.issuer, b.date);
      flow.ensure(BODY.lineHeight * 4);
      flow.space(BODY.lineHeight * 2);
      flow.text(
        layoutText(flow.doc, FONTS, b.issuer, flow.width - SIZE.body * at.issuer, BODY, { align: 'right' }),
        BODY,
      );
      flow.text(
        layoutText(flow.doc, FONTS, b.date, flow.width - SIZE.body * at.date, BODY, { align: 'right' }),
        BODY,
      );
      return;
    }
    case 'spacer':
      flow.space(BODY.lineHeight * Math.max(0, b.lines ?? 1));
      return;
  }
}

/** Footer, page numbers and watermark, drawn on every page once the page count is known. */
function decoratePages(doc: PDFKit.PDFDocument, model: DocumentModel): void {
  const range = doc.bufferedPageRange();
  const footer: TextStyle = { size: SIZE.footer, lineHeight: SIZE.footer * 1.5, color: '#555555' };
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    const width = doc.page.width - margins.left - margins.right;
    const saved = margins.bottom;
    margins.bottom = 0; // Drawing below the bottom margin must not start a new page.
    let y = doc.page.height - mmToPt(MARGIN_MM.bottom) + 14;
    const lines = [
      ...(model.footer ? layoutText(doc, FONTS, model.footer, width, footer, { align: 'center' }) : []),
      ...layoutText(doc, FONTS, LABEL.pageOf(i - range.start + 1, range.count), width, footer, {
        align: 'center',
      }),
    ];
    for (const line of lines) {
      drawLine(doc, FONTS, line, margins.left, y, footer);
      y += footer.lineHeight;
    }
    if (model.watermark) {
      useFont(doc, FONTS, { size: SIZE.watermark, lineHeight: SIZE.watermark, bold: true });
      const cx = doc.page.width / 2;
      const cy = doc.page.height / 2;
      const w = doc.widthOfString(model.watermark, { characterSpacing: SIZE.watermark * 0.2 });
      doc
        .save()
        .rotate(-35, { origin: [cx, cy] })
        .fillColor('#888888')
        .fillOpacity(0.16);
      doc.text(model.watermark, cx - w / 2, cy - SIZE.watermark / 2, {
        lineBreak: false,
        characterSpacing: SIZE.watermark * 0.2,
      });
      doc.restore();
    }
    margins.bottom = saved;
  }
}

export async function renderPdf(model: DocumentModel, options: PdfOptions = {}): Promise<Buffer> {
  const fonts = await loadFonts();
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: {
      top: mmToPt(MARGIN_MM.top),
      bottom: mmToPt(MARGIN_MM.bottom),
      left: mmToPt(MARGIN_MM.left),
      right: mmToPt(MARGIN_MM.right),
    },
    bufferPages: true,
    autoFirstPage: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: model.title,
      Subject: model.meta?.subject ?? model.title,
      Keywords: model.meta?.keywords ?? [model.issuer, model.title, model.number].filter(Boolean).join(' '),
      Author: model.meta?.author ?? model.issuer,
      Creator: 'Sanxiang',
      ...(options.creationDate ? { CreationDate: options.creationDate, ModDate: options.creationDate } : {}),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(FONTS.regular, fonts.regular);
  doc.registerFont(FONTS.bold, fonts.bold);
  const flow = new Flow(doc, FONTS);
  head(flow, model);
  // The closing (signatures, 落款, date) goes to the next page whole, with the last lines before it,
  // rather than leave a page with only the date on it.
  const start = closingStart(model.blocks);
  const closing = closingHeight(flow, model.blocks.slice(start));
  model.blocks.forEach((b, i) => {
    if (i === start && closing <= flow.pageHeight) flow.ensure(closing);
    block(flow, b, i === start - 1 && closing <= flow.pageHeight ? closing : 0);
  });
  decoratePages(doc, model);
  doc.end();
  return done;
}
