// H4 what sealing an issued document costs: a 行政处罚决定书 from the documents' test fixture is rendered
// once (DOCX + PDF), then its content (canonical JSON) and both files are sealed and opened many times;
// µs per document, beside the rendering it follows. Run: npx tsx bench/document-sealing.ts
import { randomBytes } from 'node:crypto';
import { Sealer } from '../src/platform/crypto/sealing.ts';
import { renderBoth } from '../src/platform/documents/index.ts';
import { canonicalJson } from '../src/platform/ledger/canonical.ts';
import { FULL_INPUTS } from '../src/modules/cases/documents/test-helpers.ts';
import { context, decidedSnapshot } from '../src/modules/cases/documents/test-fixture.ts';
import { templateFor } from '../src/modules/cases/documents/registry.ts';

const ROUNDS = 200;
const sealer = new Sealer(randomBytes(32));
const snapshot = decidedSnapshot();
const t = templateFor('penalty_decision', snapshot.today);
const model = t.build(context(snapshot, FULL_INPUTS.penalty_decision ?? {}, '示卫医罚〔2026〕1号'));
const content = canonicalJson({ template: t.key, inputs: FULL_INPUTS.penalty_decision, snapshot, model });

let start = performance.now();
const files = await renderBoth(model);
const coldMs = performance.now() - start;
start = performance.now();
for (let i = 0; i < 5; i++) await renderBoth(model);
const renderMs = (performance.now() - start) / 5;

const time = (what: () => unknown) => {
  for (let i = 0; i < 10; i++) what(); // warm up
  const t0 = performance.now();
  for (let i = 0; i < ROUNDS; i++) what();
  return ((performance.now() - t0) / ROUNDS) * 1000;
};
const sealed = {
  content: sealer.seal(content, 'c'),
  docx: sealer.sealBytes(files.docx, 'd'),
  pdf: sealer.sealBytes(files.pdf, 'p'),
};
const seal = time(() => {
  sealer.seal(content, 'c');
  sealer.sealBytes(files.docx, 'd');
  sealer.sealBytes(files.pdf, 'p');
});
const open = time(() => {
  sealer.open(sealed.content, 'c');
  sealer.openBytes(sealed.docx, 'd');
  sealer.openBytes(sealed.pdf, 'p');
});
const openContent = time(() => sealer.open(sealed.content, 'c'));
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `document: content ${kb(Buffer.byteLength(content))}, DOCX ${kb(files.docx.length)}, PDF ${kb(files.pdf.length)}; rendering both ${renderMs.toFixed(0)} ms warm (${coldMs.toFixed(0)} ms cold)`,
);
const bytes = Buffer.byteLength(content) + files.docx.length + files.pdf.length;
console.log(
  `seal content + DOCX + PDF: ${seal.toFixed(0)} µs per document (${ROUNDS} rounds; ${(bytes / seal).toFixed(0)} MB/s)`,
);
console.log(
  `open content + DOCX + PDF: ${open.toFixed(0)} µs per document; the content alone ${openContent.toFixed(0)} µs`,
);
