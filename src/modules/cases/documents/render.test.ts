// C5 every template's model goes through both renderers (DOCX and PDF) without error.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx, renderPdf } from '../../../platform/documents/index.ts';
import { ALL_TEMPLATES, templateFor } from './registry.ts';
import { context, decidedSnapshot, penaltySnapshot } from './test-fixture.ts';
import { FULL_INPUTS } from './test-helpers.ts';

describe('rendering every template', () => {
  it.each(ALL_TEMPLATES.map((t) => [`${t.key} v${t.version}`, t] as const))(
    '%s renders to DOCX and PDF, filled and blank',
    async (_, t) => {
      for (const model of [
        t.build(
          context(
            decidedSnapshot(),
            FULL_INPUTS[t.key] ?? {},
            t.nature ? `示区卫医${t.nature}〔2026〕3号` : undefined,
          ),
        ),
        t.build(context(penaltySnapshot(), {})),
      ]) {
        const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model)]);
        expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
    },
    30_000,
  );

  it('writes the 行政处罚决定书 to /tmp/decision.pdf for a look', async () => {
    const t = templateFor('penalty_decision', '2026-03-20');
    const pdf = await renderPdf(
      t.build(context(decidedSnapshot(), FULL_INPUTS.penalty_decision ?? {}, '示区卫医罚〔2026〕3号')),
    );
    await writeFile(path.join(tmpdir(), 'decision.pdf'), pdf);
    expect(pdf.length).toBeGreaterThan(1000);
  }, 30_000);
});
