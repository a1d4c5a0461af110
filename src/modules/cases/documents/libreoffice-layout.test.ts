// C5 the DOCX as an office program lays it out, against the platform's own PDF: every template's DOCX is
// converted by LibreOffice (headless, one profile, one call for all) and both PDFs are read page by page
// (pdftotext). They must have the same number of pages, the closing (officers, party, date, 落款) must start
// on the same page in both, and in neither may the closing be split from itself: the page with the date
// also holds the first officer's line, so no page holds only the date or the 落款. Skipped, saying so,
// where LibreOffice is not installed locally; CI installs it (.ci/run) and fails without it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBoth } from '../../../platform/documents/index.ts';
import { ALL_TEMPLATES } from './registry.ts';
import { context, decidedSnapshot } from './test-fixture.ts';
import { FULL_INPUTS } from './test-helpers.ts';

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasSoffice && process.env.CI)
  throw new Error('CI must run the LibreOffice layout test: soffice is missing');
if (!hasSoffice)
  console.warn(
    'libreoffice-layout.test.ts skipped: soffice not installed (apt-get install libreoffice-writer-nogui)',
  );

const squash = (s: string) => s.replace(/\s+/g, '');

/** Each page's text, without whitespace. */
function pages(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) =>
    squash(execFileSync('pdftotext', ['-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-'], { encoding: 'utf8' })),
  );
}

const documents = ALL_TEMPLATES.map((t) => {
  const model = t.build(context(decidedSnapshot(), FULL_INPUTS[t.key] ?? {}, '示区卫医罚〔2026〕3号'));
  const closing = [...model.blocks].reverse().find((b) => b.kind === 'signatures');
  return {
    name: `${t.key}-v${t.version}`,
    model,
    date: closing?.kind === 'signatures' ? squash(closing.date) : '',
    officer: closing?.kind === 'signatures' ? squash(`执法人员：${closing.officers[0]?.name ?? ''}`) : '',
  };
});

describe.skipIf(!hasSoffice)('the DOCX through LibreOffice and the platform PDF', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-lo-'));
  const read: Record<string, { ours: string[]; office: string[] }> = {};

  beforeAll(async () => {
    for (const d of documents) {
      const files = await renderBoth(d.model, { creationDate: new Date('2026-12-07T00:00:00+08:00') });
      fs.writeFileSync(path.join(dir, `${d.name}.docx`), files.docx);
      fs.writeFileSync(path.join(dir, `${d.name}.pdf`), files.pdf);
    }
    fs.mkdirSync(path.join(dir, 'office'));
    const started = performance.now();
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        path.join(dir, 'office'),
        ...documents.map((d) => path.join(dir, `${d.name}.docx`)),
      ],
      { stdio: 'ignore', timeout: 170_000 },
    );
    console.log(
      `LibreOffice converted ${documents.length} DOCX in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const d of documents)
      read[d.name] = {
        ours: pages(path.join(dir, `${d.name}.pdf`)),
        office: pages(path.join(dir, 'office', `${d.name}.pdf`)),
      };
  }, 240_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(documents.map((d) => [d.name, d] as const))('%s', (_, d) => {
    const { ours, office } = read[d.name]!;
    const pageOf = (texts: string[], what: string) => texts.findLastIndex((p) => p.includes(what));
    for (const [which, texts] of [
      ['platform PDF', ours],
      ['LibreOffice', office],
    ] as const) {
      const datePage = pageOf(texts, d.date);
      expect(datePage, `${which}: the date ${d.date}`).toBeGreaterThanOrEqual(0);
      expect(pageOf(texts, d.officer), `${which}: the officers are on the page of the date`).toBe(datePage);
    }
    expect(office.length, 'page count').toBe(ours.length);
    expect(pageOf(office, d.date), 'the closing starts on the same page').toBe(pageOf(ours, d.date));
  });
});
