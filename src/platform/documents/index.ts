// C5 the document renderers (DOMAIN C5): one neutral model, rendered to DOCX for editing and printing and to
// PDF for serving and archiving, so the two always say the same.
import type { DocumentModel } from './model.ts';
import { renderDocx } from './docx.ts';
import { renderPdf, type PdfOptions } from './pdf.ts';

export type * from './model.ts';
export { renderDocx } from './docx.ts';
export { renderPdf, type PdfOptions } from './pdf.ts';

/** Both renderings of one model, made together. */
export async function renderBoth(
  model: DocumentModel,
  options: PdfOptions = {},
): Promise<{ docx: Buffer; pdf: Buffer }> {
  const [docx, pdf] = await Promise.all([renderDocx(model), renderPdf(model, options)]);
  return { docx, pdf };
}
