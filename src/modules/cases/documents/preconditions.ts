// C2/C5 the server refuses a document the law does not allow at this point of the case, whatever the UI
// offers: the template's own precondition (a 催告书 on a paid case, a 查封扣押决定书 outside a 行政强制
// procedure) and any date the document sets ahead that already lies in the past. Pure: no I/O.
import { unprocessable } from '../../../platform/http/errors.ts';
import type { CaseSnapshot, DocumentRefusal, DocumentTemplate } from './template.ts';

const cnDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The value an input has at issue: what the officer entered, else its prefill (as the build reads it). */
function inputValue(
  t: DocumentTemplate,
  key: string,
  inputs: Readonly<Record<string, string>>,
  s: CaseSnapshot,
) {
  const entered = inputs[key]?.trim();
  if (entered) return entered;
  return (
    t.inputs
      .find((i) => i.key === key)
      ?.prefill?.(s)
      .trim() ?? ''
  );
}

/** Every reason the document may not be issued now; empty when it may. */
export function documentRefusals(
  t: DocumentTemplate,
  inputs: Readonly<Record<string, string>>,
  s: CaseSnapshot,
): DocumentRefusal[] {
  const read = (key: string) => inputValue(t, key, inputs, s);
  const out: DocumentRefusal[] = [];
  const own = t.refuses?.(s, read);
  if (own) out.push(own);
  for (const i of t.inputs) {
    if (!i.ahead) continue;
    const day = read(i.key).slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(day) && day < s.today)
      out.push({
        reason: `“${i.label}”（${cnDay(day)}）已经过去，文书不能载明已届满的日期`,
        citation: t.basis,
      });
  }
  return out;
}

/** Refuses the issue (422 DOCUMENT_NOT_ALLOWED, the first reason's article) while any reason holds. */
export function refuseNotAllowed(
  t: DocumentTemplate,
  inputs: Readonly<Record<string, string>>,
  s: CaseSnapshot,
): void {
  const reasons = documentRefusals(t, inputs, s);
  if (reasons.length === 0) return;
  throw unprocessable(
    'RULE_VIOLATION',
    `现在不能制作“${t.title}”：${reasons.map((r) => r.reason).join('；')}`,
    {
      rule: 'DOCUMENT_NOT_ALLOWED',
      citation: reasons[0]!.citation,
      reasons: reasons.map((r) => r.reason),
    },
  );
}
