// C5 the Word rendering of an enforcement document (DOMAIN C5): agencies edit, print and archive 执法文书 in
// Word or WPS, so this writes plain OOXML through the `docx` library only, with 仿宋 (body) and 宋体 (issuer,
// title) named as the East Asian font on every run so that both programs pick those faces. Layout and wording come from style.ts, which
// the PDF renderer shares, so the two files always say the same.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ITableCellBorders,
  type ParagraphChild,
} from 'docx';
import type { Align, Block, DocumentModel, PartyConfirmation } from './model.ts';
import {
  FIELD_LABEL_FRACTION,
  LINE,
  MARGIN_MM,
  PAGE,
  SIZE,
  closingStart,
  columnFractions,
  mmToPt,
  mmToTwip,
  officerSignatureText,
  officerText,
  partyNameText,
  ptToTwip,
  sealIndents,
  signatureImageBox,
} from './style.ts';

// 仿宋 for the body's Chinese (every Chinese Windows and WPS has it), Times New Roman for Latin and digits;
// the hint makes shared punctuation use the Chinese face too. 宋体 for the issuer and the title.
const FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  cs: 'Times New Roman',
  eastAsia: '仿宋',
  hint: 'eastAsia',
};
const TITLE_FONT = { ...FONT, eastAsia: '宋体' };

const halfPoints = (pt: number): number => Math.round(pt * 2);
/** "Auto" line spacing in 240ths of Word's single line, which for 宋体 is about 1.3 em; `multiple` is in em as in LINE. */
const lineSpacing = (multiple: number): number => Math.round((multiple * 240) / 1.3);
const CONTENT_WIDTH_TWIP = ptToTwip(PAGE.width - mmToPt(MARGIN_MM.left) - mmToPt(MARGIN_MM.right));

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const LINE_BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const CELL_BORDERS: ITableCellBorders = {
  top: LINE_BORDER,
  bottom: LINE_BORDER,
  left: LINE_BORDER,
  right: LINE_BORDER,
};
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 } as const;
const SMALL_RUN = { size: halfPoints(SIZE.table), color: '444444' };
const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'EDEDED' } as const;

function run(text: string, opts: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun {
  return new TextRun({ text, font: FONT, ...opts });
}

type ParaOpts = {
  align?: Align;
  indent?: boolean;
  before?: number;
  after?: number;
  line?: number;
  keepNext?: boolean;
  keepLines?: boolean;
};

function paraOpts(opts: ParaOpts): Omit<IParagraphOptions, 'children'> {
  return {
    alignment: ALIGN[opts.align ?? 'left'],
    indent: opts.indent ? { firstLineChars: 200, firstLine: ptToTwip(SIZE.body * 2) } : undefined,
    // lineRule must be written: LibreOffice reads a bare w:line as exact spacing and clips inline images.
    spacing: {
      before: opts.before ?? 0,
      after: opts.after ?? 0,
      line: opts.line ?? lineSpacing(LINE.body),
      lineRule: LineRuleType.AUTO,
    },
    keepNext: opts.keepNext,
    keepLines: opts.keepLines,
  };
}

function para(children: ParagraphChild[], opts: ParaOpts = {}): Paragraph {
  return new Paragraph({ ...paraOpts(opts), children });
}

/** Text may carry hard line breaks; each becomes its own paragraph with the same settings. */
function textParas(
  text: string,
  runOpts: Omit<IRunOptions, 'text' | 'font'>,
  opts: Parameters<typeof para>[1],
): Paragraph[] {
  return text.split(/\r?\n/).map((line) => para([run(line, runOpts)], opts));
}

function cell(children: Paragraph[], widthFraction: number, shaded = false): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: Math.round(widthFraction * CONTENT_WIDTH_TWIP), type: WidthType.DXA },
    borders: CELL_BORDERS,
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: shaded ? HEADER_SHADING : undefined,
  });
}

function cellText(text: string, opts: { bold?: boolean; align?: Align } = {}): Paragraph[] {
  return textParas(
    text,
    { size: halfPoints(SIZE.table), bold: opts.bold },
    { align: opts.align, line: lineSpacing(LINE.table) },
  );
}

function table(rows: TableRow[], fractions: number[]): Table {
  return new Table({
    rows,
    width: { size: CONTENT_WIDTH_TWIP, type: WidthType.DXA },
    columnWidths: fractions.map((f) => Math.round(f * CONTENT_WIDTH_TWIP)),
    layout: TableLayoutType.FIXED,
    borders: {
      top: LINE_BORDER,
      bottom: LINE_BORDER,
      left: LINE_BORDER,
      right: LINE_BORDER,
      insideHorizontal: LINE_BORDER,
      insideVertical: LINE_BORDER,
    },
  });
}

// Word puts consecutive tables together; a small empty paragraph keeps them apart and spaces the page.
const gap = (): Paragraph => para([], { line: lineSpacing(0.6) });

function fieldsBlock(rows: ReadonlyArray<{ label: string; value: string }>): (Table | Paragraph)[] {
  if (rows.length === 0) return [];
  const fr = [FIELD_LABEL_FRACTION, 1 - FIELD_LABEL_FRACTION];
  const trs = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(cellText(r.label, { bold: true }), fr[0] ?? 0, true),
          cell(cellText(r.value), fr[1] ?? 0),
        ],
      }),
  );
  return [table(trs, fr), gap()];
}

function tableBlock(b: Extract<Block, { kind: 'table' }>): (Table | Paragraph)[] {
  const count = Math.max(b.columns.length, ...b.rows.map((r) => r.length));
  if (count === 0) return [];
  const fr = columnFractions(count, b.widths);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: fr.map((f, i) => cell(cellText(b.columns[i] ?? '', { bold: true, align: 'center' }), f, true)),
  });
  const body = b.rows.map(
    (r) => new TableRow({ cantSplit: true, children: fr.map((f, i) => cell(cellText(r[i] ?? ''), f)) }),
  );
  return [table([header, ...body], fr), gap()];
}

function noticeBlock(b: Extract<Block, { kind: 'notice' }>): (Table | Paragraph)[] {
  const children: Paragraph[] = [];
  if (b.title)
    children.push(
      ...textParas(b.title, { bold: true, size: halfPoints(SIZE.body) }, { align: 'center', after: 60 }),
    );
  children.push(...textParas(b.text, { size: halfPoints(SIZE.body) }, { indent: true }));
  return [table([new TableRow({ children: [cell(children, 1)] })], [1]), gap()];
}

function partyParas(p: PartyConfirmation): Paragraph[] {
  const out: Paragraph[] = [];
  const box = p.image && !p.refused ? signatureImageBox(p.image) : null;
  // The statement shares the signature's paragraph (line breaks, lines kept together), so no program can
  // put a page break between what the party wrote and the signature under it.
  const statement = p.statement ? p.statement.split(/\r?\n/).map((line) => run(line)) : [];
  const children: ParagraphChild[] = [
    ...statement.flatMap((r) => [r, new TextRun({ break: 1 })]),
    run(`${p.label}：`),
  ];
  if (p.image && box && !p.refused) {
    // ImageRun sizes are in pixels at 96 dpi.
    const px = (pt: number): number => Math.round((pt * 96) / 72);
    children.push(
      new ImageRun({
        type: 'png',
        data: p.image,
        transformation: { width: px(box.width), height: px(box.height) },
        altText: { name: 'signature', title: p.label, description: `${p.label}：${p.name}` },
      }),
    );
  } else if (!p.refused) {
    children.push(run('\u3000'.repeat(8), { underline: {} }));
  }
  children.push(run(`\u3000${partyNameText(p)}`));
  // Single spacing: the line grows to the image's height and no more.
  out.push(
    new Paragraph({ ...paraOpts({ before: 120, line: 240, keepNext: true }), keepLines: true, children }),
  );
  if (p.refused)
    out.push(...textParas(p.refused.note, {}, { indent: true, keepNext: true, keepLines: true }));
  return out;
}

/** The closing keeps together (keep with next, lines together); `keep`: with what follows it too. */
function signaturesBlock(b: Extract<Block, { kind: 'signatures' }>, keep: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  for (const o of b.officers) {
    const sig = officerSignatureText(o);
    out.push(para([run(officerText(o))], { before: 60, keepNext: true, keepLines: true }));
    if (sig) out.push(para([run(sig, SMALL_RUN)], { keepNext: true, keepLines: true }));
  }
  if (b.party) out.push(...partyParas(b.party));
  out.push(
    new Paragraph({
      ...paraOpts({ align: 'right', before: 120, after: 120, keepNext: keep, keepLines: true }),
      indent: { right: ptToTwip(SIZE.body * 2) },
      children: [run(b.date)],
    }),
  );
  return out;
}

/** `keep`: the block stays on the page of the next (the closing, and the last paragraph before it). */
function blockToDocx(b: Block, keep = false): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return textParas(
        b.text,
        { bold: b.bold },
        { align: b.align, indent: b.indent, keepNext: keep || undefined, keepLines: keep || undefined },
      );
    case 'heading':
      return textParas(
        b.text,
        { bold: true, size: halfPoints(SIZE.heading) },
        { before: 120, keepNext: true },
      );
    case 'fields':
      return fieldsBlock(b.rows);
    case 'table':
      return tableBlock(b);
    case 'notice':
      return noticeBlock(b);
    case 'signatures':
      return signaturesBlock(b, keep);
    case 'seal': {
      // Room above for the seal, then the issuer and the date centred under it, on the right.
      const at = sealIndents(b.issuer, b.date);
      const right = (em: number): number => ptToTwip(em * SIZE.body);
      return [
        new Paragraph({
          ...paraOpts({ align: 'right', before: 600, keepNext: true, keepLines: true }),
          indent: { right: right(at.issuer) },
          children: [run(b.issuer)],
        }),
        new Paragraph({
          ...paraOpts({ align: 'right', keepNext: keep, keepLines: true }),
          indent: { right: right(at.date) },
          children: [run(b.date)],
        }),
      ];
    }
    case 'spacer':
      return Array.from({ length: Math.max(1, Math.round(b.lines ?? 1)) }, () =>
        para([], { keepNext: keep }),
      );
  }
}

function headPart(model: DocumentModel): Paragraph[] {
  const out = [
    para([new TextRun({ text: model.issuer, font: TITLE_FONT, size: halfPoints(SIZE.issuer) })], {
      align: 'center',
    }),
    para([new TextRun({ text: model.title, font: TITLE_FONT, bold: true, size: halfPoints(SIZE.title) })], {
      align: 'center',
      before: 60,
      after: model.number ? 60 : 240,
    }),
  ];
  if (model.number)
    out.push(para([run(model.number, { size: halfPoints(SIZE.number) })], { align: 'right', after: 240 }));
  return out;
}

function footer(model: DocumentModel): Footer {
  const small = { size: halfPoints(SIZE.footer), color: '555555' };
  const children: Paragraph[] = [];
  if (model.footer) children.push(...textParas(model.footer, small, { align: 'center', line: 240 }));
  // Same wording as LABEL.pageOf, with Word's PAGE and NUMPAGES fields in place of the numbers.
  children.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({
          font: FONT,
          ...small,
          children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
        }),
      ],
    }),
  );
  return new Footer({ children });
}

function header(watermark: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            text: watermark,
            font: FONT,
            bold: true,
            size: halfPoints(SIZE.watermarkHeader),
            color: 'B0B0B0',
            characterSpacing: 200,
          }),
        ],
      }),
    ],
  });
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  // The closing and the paragraph before it keep with what follows, up to the closing's last line.
  const start = closingStart(model.blocks);
  const keep = (i: number) => start < model.blocks.length && i >= start - 1 && i < model.blocks.length - 1;
  const children = [...headPart(model), ...model.blocks.flatMap((b, i) => blockToDocx(b, keep(i)))];
  const doc = new Document({
    title: model.title,
    subject: model.meta?.subject ?? model.title,
    keywords: model.meta?.keywords ?? [model.issuer, model.title, model.number].filter(Boolean).join(' '),
    creator: model.meta?.author ?? model.issuer,
    description: model.number,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: halfPoints(SIZE.body), language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: lineSpacing(LINE.body), lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: ptToTwip(PAGE.width), height: ptToTwip(PAGE.height) },
            margin: {
              top: mmToTwip(MARGIN_MM.top),
              bottom: mmToTwip(MARGIN_MM.bottom),
              left: mmToTwip(MARGIN_MM.left),
              right: mmToTwip(MARGIN_MM.right),
              header: mmToTwip(10),
              footer: mmToTwip(10),
            },
          },
        },
        headers: model.watermark ? { default: header(model.watermark) } : undefined,
        footers: { default: footer(model) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
