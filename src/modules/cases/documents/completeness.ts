// C5 no blank document, ever: the case facts a template declares it needs (besides the officer's
// inputs), and a last reading of the built document for anything still blank, undefined or internal.
// A document with a gap is refused at issue (422 listing the gaps); the preview prints the same list
// at its top, so the officer sees what is missing before issuing.
import type { DocumentModel } from '../../../platform/documents/model.ts';
import { badRequest, unprocessable } from '../../../platform/http/errors.ts';
import { mainParty, penaltyItems } from './parts.ts';
import { missingInputs } from './registry.ts';
import type { CaseSnapshot, DocumentTemplate } from './template.ts';

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const recorded = (s: CaseSnapshot, key: string) => filled(s.record[key]);
const penaltyOf = (s: CaseSnapshot) => s.decidedPenalty ?? s.proposedPenalty;

/** Every fact a template may need from the case, with what the officer is told when it is missing. */
export const CASE_FACTS = {
  party: {
    label: '当事人的身份证件号码或统一社会信用代码、地址（当事人信息）',
    holds: (s: CaseSnapshot) => {
      const p = mainParty(s);
      if (!p || !filled(p.address)) return false;
      return p.type === 'person' ? filled(p.idNumber) : filled(p.creditCode) && filled(p.legalRepresentative);
    },
  },
  officers: { label: '执法人员（至少两名）', holds: (s: CaseSnapshot) => s.officers.length >= 2 },
  violatedBasis: {
    label: '违反的条款（请确定执法事项）',
    holds: (s: CaseSnapshot) => filled(s.case.violatedBasis),
  },
  penaltyBasis: {
    label: '处罚依据的条款（请确定执法事项）',
    holds: (s: CaseSnapshot) => filled(s.case.penaltyBasis),
  },
  penalty: {
    label: '处罚内容（种类及罚款数额）',
    holds: (s: CaseSnapshot) => {
      const p = penaltyOf(s);
      return penaltyItems(p).length > 0 && !(p?.kinds.includes('fine') && !(p.fineFen && p.fineFen > 0));
    },
  },
  filedOn: { label: '立案日期', holds: (s: CaseSnapshot) => recorded(s, 'filedOn') },
  decidedOn: { label: '处罚决定日期', holds: (s: CaseSnapshot) => recorded(s, 'decidedOn') },
  servedOn: { label: '处罚决定书送达日期', holds: (s: CaseSnapshot) => recorded(s, 'servedOn') },
  evidence: { label: '证据（至少一项）', holds: (s: CaseSnapshot) => s.evidence.length > 0 },
} as const;
export type CaseFact = keyof typeof CASE_FACTS;

/** The labels of the facts `template` needs that the case does not hold yet. */
export function missingFacts(template: DocumentTemplate, s: CaseSnapshot): string[] {
  return (template.needs ?? []).filter((f) => !CASE_FACTS[f].holds(s)).map((f) => CASE_FACTS[f].label);
}

/** Every piece of text the model puts on the page. */
export function modelTexts(model: DocumentModel): string[] {
  const out = [model.issuer, model.title, model.number ?? '', model.footer ?? ''];
  for (const b of model.blocks) {
    switch (b.kind) {
      case 'paragraph':
      case 'heading':
        out.push(b.text);
        break;
      case 'fields':
        for (const r of b.rows) out.push(`${r.label}：${r.value}`);
        break;
      case 'table':
        out.push(...b.columns, ...b.rows.flat());
        break;
      case 'notice':
        out.push(b.title ?? '', b.text);
        break;
      case 'signatures':
        out.push(b.date, ...b.officers.flatMap((o) => [o.name, o.certificateNo]));
        if (b.party) out.push(b.party.name, b.party.statement ?? '');
        break;
      case 'seal':
        out.push(b.issuer, b.date);
        break;
      case 'spacer':
        break;
    }
  }
  return out;
}

/** A blank (＿ or a run of underscores), a value a program left unset, or a penalty not decided. */
const PLACEHOLDER = /＿+|_{2,}|undefined|null|NaN|Invalid Date|（处罚内容未确定）/;
/** A catalogue code (SFWJ-CF-018, BM-SY-002): never printed in a legal document. */
export const INTERNAL_CODE = /(?<![A-Za-z0-9])[A-Z]{2,6}-[A-Z]{2,4}-\d{2,4}(?![A-Za-z0-9-])/;
/**
 * The lines left for a hand signature (主持人（签名）：＿＿, a head's handwritten approval with 签名 and
 * 日期): blank on purpose, so not gaps.
 */
const SIGNATURE_LINE =
  /(?:＿+[\u3000\s]*)*(?:签名|签字)[）)]?[：:][\u3000\s]*＿+(?:[\u3000\s]*日期[：:][\u3000\s]*＿+)?/g;

/** The text without its hand-signature lines. */
export const withoutSignatureLines = (text: string): string => text.replace(SIGNATURE_LINE, '');

/** The text around a match, so the officer finds the clause: “违反了＿＿的规定”. */
function around(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 10);
  const to = Math.min(text.length, index + length + 6);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

/** What the built document still leaves blank or prints that a reader must never see. */
export function gapsInModel(model: DocumentModel): string[] {
  const gaps: string[] = [];
  for (const text of modelTexts(model).map(withoutSignatureLines)) {
    const blank = PLACEHOLDER.exec(text);
    if (blank) gaps.push(`文书“${around(text, blank.index, blank[0].length)}”处尚未填写`);
    const code = INTERNAL_CODE.exec(text);
    if (code) gaps.push(`文书中出现内部编码“${code[0]}”，请改写为文字`);
  }
  return [...new Set(gaps)];
}

/**
 * Everything that keeps a document from being issued: required inputs left empty, case facts the
 * template needs, then whatever the built document still shows blank or internal.
 */
export function documentGaps(
  template: DocumentTemplate,
  inputs: Readonly<Record<string, string>>,
  snapshot: CaseSnapshot,
  model: DocumentModel,
): string[] {
  const declared = [...missingInputs(template, inputs, snapshot), ...missingFacts(template, snapshot)];
  // A blank the declared gaps already explain is not listed twice; anything else is.
  return [...declared, ...(declared.length > 0 ? [] : gapsInModel(model))];
}

/** Refuses the issue (422, the gaps listed) while anything is missing. */
export function refuseIncomplete(
  t: DocumentTemplate,
  inputs: Readonly<Record<string, string>>,
  snapshot: CaseSnapshot,
): void {
  const officers = snapshot.officers.map((o) => ({ name: o.name, certificateNo: o.certificateNo }));
  const gaps = documentGaps(t, inputs, snapshot, t.build({ snapshot, inputs, officers }));
  if (gaps.length)
    throw unprocessable('RULE_VIOLATION', `“${t.title}”尚有未填写的内容：${gaps.join('；')}`, {
      rule: 'DOCUMENT_INCOMPLETE',
      field: 'inputs',
      missing: gaps,
    });
}

/** The draft with its gaps printed first, highlighted, so it shows what keeps it from being issued. */
export function withGapsShown(model: DocumentModel, gaps: readonly string[]): DocumentModel {
  if (gaps.length === 0) return model;
  return {
    ...model,
    blocks: [{ kind: 'notice', title: '尚未填写（签发前须补全）', text: gaps.join('；') }, ...model.blocks],
  };
}

/** An input the template does not have, or one longer than it takes, is bad input (400 naming it). */
export function refuseUnknownInputs(t: DocumentTemplate, inputs: Readonly<Record<string, string>>): void {
  for (const [k, v] of Object.entries(inputs)) {
    const spec = t.inputs.find((i) => i.key === k);
    if (!spec) throw badRequest(`“${t.title}”没有填写项 ${k}`, { field: `inputs.${k}` });
    if (v.length > (spec.maxLength ?? 10_000))
      throw badRequest(`${spec.label}过长`, { field: `inputs.${k}` });
  }
}
