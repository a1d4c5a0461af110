// C5 line breaking and page flow for the PDF rendering of enforcement documents (DOMAIN C5). pdfkit's own
// wrapper breaks pages by itself and cannot split a table row, so the renderer lays out every line here:
// Chinese breaks between any two characters except before closing and after opening punctuation (避头尾),
// Latin words and numbers stay whole, justified lines spread their characters to both margins, and table rows
// that do not fit are carried to the next page, split line by line only when a row is taller than a page.
import type { Align } from './model.ts';

type Doc = PDFKit.PDFDocument;

export interface FontNames {
  regular: string;
  bold: string;
}

export interface TextStyle {
  size: number;
  /** Line height in points. */
  lineHeight: number;
  bold?: boolean;
  color?: string;
}

/** One laid-out line: its text, its offset inside the box, and the extra space between characters. */
export interface Line {
  text: string;
  x: number;
  spacing: number;
  bold: boolean;
}

/** A character that must not start a line (Latin punctuation sticks to its word anyway). */
const NO_START = new Set(Array.from('，。、；：？！）》」』】〕〉”’…—·‰％'));
/** A character that must not end a line. */
const NO_END = new Set(Array.from('（《「『【〔〈“‘￥'));

/** Chinese, fullwidth forms and symbols break anywhere; runs of everything else break at spaces only. */
const isBreakable = (ch: string): boolean =>
  (ch.codePointAt(0) ?? 0) >= 0x2e80 || NO_START.has(ch) || NO_END.has(ch);

function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (ch === ' ' || ch === '\t' || isBreakable(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch === '\t' ? ' ' : ch);
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

export function useFont(doc: Doc, fonts: FontNames, style: TextStyle): void {
  doc.font(style.bold ? fonts.bold : fonts.regular).fontSize(style.size);
}

/**
 * Breaks one paragraph (no newlines) into lines no wider than `width`, the first indented by `indent`.
 * The current font and size of `doc` are used for measuring.
 */
export function breakLines(
  doc: Doc,
  text: string,
  width: number,
  indent = 0,
): { text: string; width: number }[] {
  const lines: { parts: string[]; width: number }[] = [];
  let parts: string[] = [];
  let used = 0;
  const avail = (): number => Math.max(1, width - (lines.length === 0 ? indent : 0));
  const measure = (t: string): number => doc.widthOfString(t);
  const push = (): void => {
    while (parts.length > 0 && parts[parts.length - 1] === ' ') parts.pop();
    lines.push({ parts, width: measure(parts.join('')) });
    parts = [];
    used = 0;
  };
  for (const tok of tokens(text)) {
    if (tok === ' ' && parts.length === 0) continue;
    const w = measure(tok);
    if (used + w <= avail() + 0.01) {
      parts.push(tok);
      used += w;
      continue;
    }
    if (tok === ' ') {
      push();
      continue;
    }
    if (parts.length > 0) {
      // 避头尾: carry the previous character along with a closing mark, and an opening mark to the next line.
      const whole = [...parts];
      let carried: string[] = [];
      if (NO_START.has(tok)) {
        while (parts.length > 1 && (carried.length === 0 || NO_START.has(carried[0] ?? '')))
          carried.unshift(parts.pop() ?? '');
      }
      while (parts.length > 1 && NO_END.has(parts[parts.length - 1] ?? ''))
        carried.unshift(parts.pop() ?? '');
      if (parts.every((p) => NO_END.has(p))) {
        // In a very narrow box the rules cannot all be kept: break here rather than leave a line of brackets.
        parts = whole;
        carried = [];
      }
      push();
      parts = carried;
      used = measure(parts.join(''));
    }
    if (w > avail()) {
      // A word longer than a line is cut character by character.
      for (const ch of tok) {
        const cw = measure(ch);
        if (used + cw > avail() + 0.01 && parts.length > 0) push();
        parts.push(ch);
        used += cw;
      }
    } else {
      parts.push(tok);
      used += w;
    }
  }
  if (parts.length > 0 || lines.length === 0) push();
  return lines.map((l) => ({ text: l.parts.join(''), width: l.width }));
}

/** Lays out text (which may contain newlines) in a box of `width`, returning positioned lines. */
export function layoutText(
  doc: Doc,
  fonts: FontNames,
  text: string,
  width: number,
  style: TextStyle,
  opts: { align?: Align; indent?: boolean; justify?: boolean } = {},
): Line[] {
  useFont(doc, fonts, style);
  const indent = opts.indent ? style.size * 2 : 0;
  const out: Line[] = [];
  for (const para of text.split(/\r?\n/)) {
    const broken = breakLines(doc, para, width, indent);
    broken.forEach((l, i) => {
      const first = i === 0 ? indent : 0;
      const room = width - first - l.width;
      const chars = Array.from(l.text).length;
      let x = first;
      let spacing = 0;
      if (opts.align === 'center') x = first + room / 2;
      else if (opts.align === 'right') x = first + room;
      else if (
        opts.justify !== false &&
        i < broken.length - 1 &&
        chars > 1 &&
        room > 0 &&
        room / (chars - 1) < style.size * 0.15
      ) {
        spacing = room / (chars - 1);
      }
      out.push({ text: l.text, x, spacing, bold: style.bold ?? false });
    });
  }
  return out;
}

/** Draws a line of text with its top at y, vertically centred in a line of `lineHeight`. */
export function drawLine(
  doc: Doc,
  fonts: FontNames,
  line: Line,
  x: number,
  y: number,
  style: TextStyle,
): void {
  useFont(doc, fonts, { ...style, bold: line.bold });
  if (!line.text) return;
  const glyphHeight = doc.currentLineHeight(false);
  doc
    .fillColor(style.color ?? '#000000')
    .text(line.text, x + line.x, y + (style.lineHeight - glyphHeight) / 2, {
      lineBreak: false,
      characterSpacing: line.spacing,
    });
}

export interface Cell {
  lines: Line[];
  shade?: boolean;
}

/** The page flow: a y position that moves down and onto new pages. */
export class Flow {
  y: number;

  constructor(
    readonly doc: Doc,
    readonly fonts: FontNames,
  ) {
    this.y = doc.page.margins.top;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  get pageHeight(): number {
    return this.bottom - this.doc.page.margins.top;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
  }

  /** Starts a new page unless `height` fits below y (never on an empty page, where nothing more would fit). */
  ensure(height: number): void {
    if (this.y + height > this.bottom + 0.01 && this.y > this.doc.page.margins.top + 0.01) this.newPage();
  }

  space(height: number): void {
    this.y = Math.min(this.y + height, this.bottom);
  }

  /**
   * Text lines flowing down the page; `keep` lines at least stay together with the first. `tail`: the
   * height of what must follow on the same page as the last two lines (the closing block after the last
   * paragraph), so a page never opens with the closing alone.
   */
  text(lines: Line[], style: TextStyle, keep = 1, tail = 0): void {
    this.ensure(style.lineHeight * Math.min(keep, lines.length));
    lines.forEach((line, i) => {
      if (tail > 0 && i === Math.max(0, lines.length - 2)) {
        const rest = style.lineHeight * (lines.length - i) + tail;
        if (rest <= this.pageHeight) this.ensure(rest);
      }
      this.ensure(style.lineHeight);
      drawLine(this.doc, this.fonts, line, this.left, this.y, style);
      this.y += style.lineHeight;
    });
  }

  /**
   * One bordered table row. A row that fits on a page is never split; a taller one is split between lines.
   * `onNewPage` redraws the header row on each page the row continues on.
   */
  row(
    cells: Cell[],
    widths: number[],
    style: TextStyle,
    pad: { x: number; y: number },
    onNewPage?: () => void,
  ): void {
    const total = Math.max(1, ...cells.map((c) => c.lines.length));
    const fullHeight = total * style.lineHeight + pad.y * 2;
    const top = this.doc.page.margins.top;
    let offset = 0;
    while (offset < total) {
      const fitLines = Math.floor((this.bottom - this.y - pad.y * 2 + 0.01) / style.lineHeight);
      const wholeFitsOnAPage = fullHeight <= this.pageHeight * 0.8;
      if (this.y > top + 0.01 && (fitLines < 1 || (offset === 0 && total > fitLines && wholeFitsOnAPage))) {
        this.newPage();
        onNewPage?.();
        continue;
      }
      const take = Math.max(1, Math.min(fitLines, total - offset));
      const height = take * style.lineHeight + pad.y * 2;
      let x = this.left;
      cells.forEach((cell, i) => {
        const w = widths[i] ?? 0;
        if (cell.shade) this.doc.save().rect(x, this.y, w, height).fill('#EDEDED').restore();
        const part = cell.lines.slice(offset, offset + take);
        // Centre short cells vertically when the row is drawn whole.
        const centre = take === total ? ((total - cell.lines.length) * style.lineHeight) / 2 : 0;
        part.forEach((line, k) =>
          drawLine(
            this.doc,
            this.fonts,
            line,
            x + pad.x,
            this.y + pad.y + centre + k * style.lineHeight,
            style,
          ),
        );
        this.doc.save().lineWidth(0.6).strokeColor('#000000').rect(x, this.y, w, height).stroke().restore();
        x += w;
      });
      this.y += height;
      offset += take;
    }
  }
}
