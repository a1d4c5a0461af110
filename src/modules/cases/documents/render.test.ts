// C5 every template's model goes through both renderers (DOCX and PDF), filled and blank, and both files
// carry every piece of text the model puts on the page.
import { describe, expect, it } from 'vitest';
import { renderDocx, renderPdf, type DocumentModel } from '../../../platform/documents/index.ts';
import { docxParts, modelTexts, pdfText, squash } from '../../../../test/helpers/documents.ts';
import { ALL_TEMPLATES } from './registry.ts';
import { context, decidedSnapshot, penaltySnapshot } from './test-fixture.ts';
import { FULL_INPUTS } from './test-helpers.ts';

async function expectRendered(model: DocumentModel) {
  const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
  const [word, printed] = await Promise.all([docxParts(docx), pdfText(pdf)]);
  const docxText = squash(word.text);
  const pdfFlat = squash(printed.text);
  for (const text of modelTexts(model)) {
    expect(docxText, `DOCX of ${model.title}`).toContain(text);
    expect(pdfFlat, `PDF of ${model.title}`).toContain(text);
  }
  expect(printed.info.Title).toBe(model.title);
}

describe('rendering every template', () => {
  it.each(ALL_TEMPLATES.map((t) => [`${t.key} v${t.version}`, t] as const))(
    '%s renders to DOCX and PDF, filled and blank, with all of its text',
    async (_, t) => {
      await expectRendered(
        t.build(
          context(
            decidedSnapshot(),
            FULL_INPUTS[t.key] ?? {},
            t.nature ? `示区卫医${t.nature}〔2026〕3号` : undefined,
          ),
        ),
      );
      await expectRendered(t.build(context(penaltySnapshot(), {})));
    },
    30_000,
  );
});
