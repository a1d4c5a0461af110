// C5 the two renderings of an enforcement document must carry the same exact words (DOMAIN C5): the DOCX is
// unzipped and its XML searched, the PDF's text is extracted (which only works for Chinese when the embedded
// font has a ToUnicode map) and its fonts are checked to be embedded.
import { writeFile } from 'node:fs/promises';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { renderBoth, renderDocx, renderPdf, type Block, type DocumentModel } from './index.ts';
import { breakLines } from './pdf-layout.ts';
import { fontPath } from './pdf.ts';
import { docxParts, pdfText, squash } from '../../../test/helpers/documents.ts';

/** A 48×16 greyscale PNG with a wavy stroke, standing in for a drawn signature. */
const SIGNATURE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAADAAAAAQCAAAAAB1xaNtAAAAVElEQVR42q2S2w4AEAxDz///NCGRbHRY6JP0IqOjJMF7gAZp7QKSVgm0QsBHwiA2gqSXhBUkHQve403yTDhFsbfaHi7eiS/u/JNTINcVF9vwe/kOqG4Tba/cWcL0AAAAAElFTkSuQmCC',
  'base64',
);

const TITLE = '行政处罚决定书';
const ISSUER = '示范区卫生健康委员会';
const NUMBER = '示区卫医罚〔2026〕3号';
const PARTY = '示范口腔诊所有限公司';
const CREDIT_CODE = '91440300MA5FXXXX7Q';
const NOTICE =
  '如不服本行政处罚决定，可以在收到本决定书之日起60日内向示范区人民政府申请行政复议，或者在6个月内向示范区人民法院提起行政诉讼。申请行政复议或者提起行政诉讼期间，本决定不停止执行。';
const FACT =
  '经查，当事人于2026年1月12日至2026年2月3日期间，在未取得《医疗机构执业许可证》的情况下，聘用非卫生技术人员从事口腔诊疗活动，违法所得人民币3,200.00元（￥3200）。以上事实有现场笔录、询问笔录、收费票据等证据证实。';
const OFFICERS = [
  { name: '王建国', certificateNo: 'SF-2026-00123', signature: '3f9a1c7e5b2d' },
  { name: '李晓红', certificateNo: 'SF-2026-00456', signature: 'a81c0d4e9f76' },
];
const EVIDENCE = [
  ['1', '现场笔录', '2026年2月3日现场检查记录，共2页'],
  ['2', '询问笔录', '当事人法定代表人陈某某询问笔录，共4页'],
  ['3', '收费票据复印件', '2026年1月至2月收费票据，共12张'],
] as const;
const FOOTER = '本文书一式两份，一份送达当事人，一份归档。';

function sampleModel(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    issuer: ISSUER,
    title: TITLE,
    number: NUMBER,
    footer: FOOTER,
    meta: { subject: '行政处罚', keywords: '行政处罚 医疗机构', author: ISSUER },
    blocks: [
      {
        kind: 'fields',
        rows: [
          { label: '当事人', value: PARTY },
          { label: '统一社会信用代码', value: CREDIT_CODE },
          { label: '法定代表人', value: '陈某某' },
          { label: '地址', value: '示范区健康路88号2栋101室' },
        ],
      },
      { kind: 'heading', text: '一、违法事实' },
      { kind: 'paragraph', text: FACT, indent: true },
      { kind: 'paragraph', text: '认定以上事实的主要证据如下：', indent: true },
      { kind: 'table', columns: ['序号', '证据名称', '证明内容'], widths: [1, 3, 6], rows: EVIDENCE },
      { kind: 'heading', text: '二、处罚依据和处罚决定' },
      {
        kind: 'paragraph',
        text: '当事人的上述行为违反了《医疗机构管理条例》第十四条第一款的规定。依据《医疗机构管理条例》第四十三条的规定，本机关决定给予当事人如下行政处罚：1.没收违法所得人民币3,200.00元；2.罚款人民币30,000.00元。',
        indent: true,
      },
      { kind: 'notice', title: '权利告知', text: NOTICE },
      {
        kind: 'signatures',
        officers: OFFICERS,
        party: { label: '当事人（签名）', name: PARTY, image: SIGNATURE_PNG, statement: '本决定书已收到。' },
        date: '2026年3月5日',
      },
      { kind: 'seal', issuer: ISSUER, date: '2026年3月5日' },
    ],
    ...overrides,
  };
}

describe('renderDocx', () => {
  it('writes the exact title, number, party, notice and signatures into word/document.xml', async () => {
    const { zip, document, all } = await docxParts(await renderDocx(sampleModel()));
    for (const s of [
      ISSUER,
      TITLE,
      NUMBER,
      PARTY,
      CREDIT_CODE,
      NOTICE,
      FACT,
      '权利告知',
      '本决定书已收到。',
      '2026年3月5日',
    ]) {
      expect(document).toContain(s);
    }
    for (const o of OFFICERS) {
      expect(document).toContain(o.name);
      expect(document).toContain(o.certificateNo);
      expect(document).toContain(`电子签名：${o.signature}`);
    }
    for (const row of EVIDENCE) for (const cell of row) expect(document).toContain(`>${cell}<`);
    expect(document).toContain('w:tblHeader');
    expect(document).toMatch(/w:eastAsia="仿宋"/);
    expect(document).toMatch(/w:eastAsia="宋体"/); // the title
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(await zip.file(media[0] ?? '')!.async('uint8array')).equals(SIGNATURE_PNG)).toBe(true);
    expect(all).toContain(FOOTER);
    expect(all).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('writes the core properties', async () => {
    const { zip } = await docxParts(await renderDocx(sampleModel()));
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain(`<dc:title>${TITLE}</dc:title>`);
    expect(core).toContain('<dc:subject>行政处罚</dc:subject>');
    expect(core).toContain('<cp:keywords>行政处罚 医疗机构</cp:keywords>');
    expect(core).toContain(`<dc:creator>${ISSUER}</dc:creator>`);
  });

  it('marks drafts in the header and notes a refusal to sign instead of an image', async () => {
    const model = sampleModel({ watermark: '草稿' });
    const blocks: Block[] = model.blocks.map((b) =>
      b.kind === 'signatures'
        ? {
            ...b,
            party: {
              label: '当事人（签名）',
              name: PARTY,
              refused: { note: '当事人拒绝签名，由见证人赵某某在场见证。' },
            },
          }
        : b,
    );
    const { zip, document, all } = await docxParts(await renderDocx({ ...model, blocks }));
    expect(document).toContain('当事人拒绝签名，由见证人赵某某在场见证。');
    expect(document).toContain(`${PARTY}（拒绝签名）`);
    expect(Object.keys(zip.files).some((n) => n.startsWith('word/media/'))).toBe(false);
    expect(all).toMatch(/<w:hdr[\s\S]*草稿/);
  });
});

describe('renderPdf', () => {
  it('embeds a Chinese font and extracts the exact title, number, party, notice and signatures', async () => {
    const pdf = await renderPdf(sampleModel());
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toMatch(/\/FontFile[23]\b/);
    expect(raw).toContain('/ToUnicode');
    expect(raw).toMatch(/\/Subtype \/Image/);
    const { text, pages, info } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(0);
    const flat = squash(text);
    for (const s of [
      ISSUER,
      TITLE,
      NUMBER,
      PARTY,
      CREDIT_CODE,
      NOTICE,
      FACT,
      '权利告知',
      '本决定书已收到。',
      FOOTER,
    ]) {
      expect(flat).toContain(squash(s));
    }
    for (const o of OFFICERS) {
      expect(flat).toContain(squash(`执法人员：${o.name}`));
      expect(flat).toContain(squash(`执法证号：${o.certificateNo}`));
      expect(flat).toContain(squash(`电子签名：${o.signature}`));
    }
    for (const row of EVIDENCE) for (const cell of row) expect(flat).toContain(squash(cell));
    expect(flat).toContain(squash(`第 1 页 共 ${pages} 页`));
    expect(info.Title).toBe(TITLE);
    expect(info.Author).toBe(ISSUER);
    expect(info.Subject).toBe('行政处罚');
    expect(info.Keywords).toBe('行政处罚 医疗机构');
    expect(pdf.length).toBeLessThan(1024 * 1024);
  });

  it('is byte-for-byte repeatable with a fixed creation date', async () => {
    const creationDate = new Date('2026-03-05T08:00:00Z');
    const a = await renderPdf(sampleModel(), { creationDate });
    const b = await renderPdf(sampleModel(), { creationDate });
    expect(a.equals(b)).toBe(true);
  });

  it('paginates a 200-row table and repeats its header on each page', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [
      String(i + 1),
      `证据材料第${i + 1}号`,
      `第${i + 1}项证明内容：现场检查照片及说明`,
    ]);
    const model = sampleModel({
      blocks: [{ kind: 'table', columns: ['序号', '材料名称', '证明事项'], rows }],
    });
    const { text, pages } = await pdfText(await renderPdf(model));
    expect(pages).toBeGreaterThan(3);
    const flat = squash(text);
    expect(flat).toContain('证据材料第1号');
    expect(flat).toContain('第200项证明内容：现场检查照片及说明');
    expect(flat.split('证明事项').length - 1).toBe(pages);
    const { document } = await docxParts(await renderDocx(model));
    expect(document).toContain('证据材料第200号');
  });

  it('splits a table row taller than a page without losing text', async () => {
    const long = '长'.repeat(3000) + '结束标记';
    const model = sampleModel({
      blocks: [{ kind: 'table', columns: ['项目', '内容'], rows: [['说明', long]] }],
    });
    const { text, pages } = await pdfText(await renderPdf(model));
    expect(pages).toBeGreaterThan(1);
    expect(squash(text)).toContain('结束标记');
  });

  it('draws the watermark on every page when set', async () => {
    const model = sampleModel({ watermark: '草稿' });
    const { text, pages } = await pdfText(await renderPdf(model));
    expect(squash(text).split('草稿').length - 1).toBe(pages);
  });
});

describe('both renderers', () => {
  it('render a model with no blocks', async () => {
    const { docx, pdf } = await renderBoth({ issuer: ISSUER, title: TITLE, blocks: [] });
    expect((await docxParts(docx)).document).toContain(TITLE);
    const { text, pages } = await pdfText(pdf);
    expect(pages).toBe(1);
    expect(squash(text)).toContain(TITLE);
  });

  it('do not throw on characters the font lacks', async () => {
    const model = sampleModel({
      blocks: [{ kind: 'paragraph', text: '当事人表示认可😀👍🏻，并签字确认☑。𠮷', indent: true }],
    });
    const { docx, pdf } = await renderBoth(model);
    expect((await docxParts(docx)).document).toContain('当事人表示认可😀👍🏻，并签字确认☑。𠮷');
    expect(squash((await pdfText(pdf)).text)).toContain('当事人表示认可');
  });
});

describe('line breaking', () => {
  it('keeps every character and starts no line with closing punctuation', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont('cjk', fontPath('regular'));
    doc.font('cjk').fontSize(12);
    const text = `${FACT}${NOTICE}当事人（签字）：“同意”。金额3,200.00元。Sanxiang platform version 2026-03-05 builds documents.`;
    for (const width of [60, 97, 150, 233]) {
      const lines = breakLines(doc, text, width, 24);
      expect(
        lines
          .map((l) => l.text)
          .join('')
          .replace(/ /g, ''),
      ).toBe(text.replace(/ /g, ''));
      // Numbers and Latin words are not broken where they fit on a line.
      expect(lines.some((l) => l.text.includes('3,200.00'))).toBe(true);
      for (const l of lines) expect(l.width).toBeLessThanOrEqual(width + 0.01);
      // Below about six characters a line cannot always keep the punctuation rules; it only has to keep the text.
      if (width < 90) continue;
      for (const l of lines.slice(1))
        expect('，。、；：？！）》」』】〕”’'.includes(l.text[0] ?? '')).toBe(false);
      for (const l of lines.slice(0, -1)) expect('（《「『【〔“‘'.includes(l.text.at(-1) ?? '')).toBe(false);
    }
  });
});

// SAMPLE_PDF=/tmp/sample writes the sample to /tmp/sample.pdf and .docx for a person to look at.
describe.runIf(Boolean(process.env.SAMPLE_PDF))('sample output', () => {
  it('writes the sample files', async () => {
    const base = process.env.SAMPLE_PDF ?? '/tmp/sample';
    const { docx, pdf } = await renderBoth(sampleModel({ watermark: process.env.SAMPLE_WATERMARK }));
    await writeFile(`${base}.pdf`, pdf);
    await writeFile(`${base}.docx`, docx);
    expect(pdf.length).toBeGreaterThan(0);
  });
});
