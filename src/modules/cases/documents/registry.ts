// C5 the catalogue of enforcement document templates, versioned against the law in force: a document is
// made with the newest version whose effectiveFrom is on or before its legal date, and an issued document
// keeps the key and version it was made with. Also the two checks a caller needs before issuing: which
// required inputs are still empty, and the document number from the case.
import { CASE_FIELD_ABBREVIATIONS, type CaseField } from '../fields.ts';
import type { CaseKind } from '../machine.ts';
import { DEFAULT_NUMBER_PATTERN, formatDocumentNumber } from './numbering.ts';
import type { CaseSnapshot, DocumentTemplate } from './template.ts';
import {
  penaltyDecisionV1,
  penaltyDecisionV2,
  simplePenaltyDecisionV1,
  simplePenaltyDecisionV2,
  simplePenaltyDecisionV3,
} from './templates/decisions.ts';
import { closingReport, paymentReminder, serviceReceipt } from './templates/execution.ts';
import { deliberationRecord, filingReport, investigationReport } from './templates/filing.ts';
import { preservationDecision, seizureDecisionV1, seizureDecisionV2 } from './templates/measures.ts';
import { hearingNoticeTemplate, hearingRecord, penaltyNotice, statementRecord } from './templates/notices.ts';
import { correctionOrder, inquiryRecord, siteRecord, supervisionOpinion } from './templates/on-site.ts';

/** Every template version, in the order of a case file. */
export const ALL_TEMPLATES: readonly DocumentTemplate[] = [
  siteRecord,
  inquiryRecord,
  supervisionOpinion,
  correctionOrder,
  preservationDecision,
  seizureDecisionV1,
  seizureDecisionV2,
  filingReport,
  investigationReport,
  deliberationRecord,
  penaltyNotice,
  statementRecord,
  hearingNoticeTemplate,
  hearingRecord,
  penaltyDecisionV1,
  penaltyDecisionV2,
  simplePenaltyDecisionV1,
  simplePenaltyDecisionV2,
  simplePenaltyDecisionV3,
  serviceReceipt,
  paymentReminder,
  closingReport,
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface TemplateRegistry {
  /** Keys in first-registered order. */
  keys(): string[];
  /** The newest version of `key` in force on `onDate`; throws when the key is unknown or none is in force. */
  templateFor(key: string, onDate: string): DocumentTemplate;
  /** One template per key for a case kind: the version in force on `onDate`, or the newest when no date. */
  templatesFor(kind: CaseKind, onDate?: string): DocumentTemplate[];
  /** All versions of `key`, oldest first; empty for an unknown key. */
  templateVersions(key: string): DocumentTemplate[];
}

export function createRegistry(templates: readonly DocumentTemplate[]): TemplateRegistry {
  const byKey = new Map<string, DocumentTemplate[]>();
  for (const t of templates) {
    if (!ISO_DATE.test(t.effectiveFrom))
      throw new Error(`文书模板 ${t.key} 第${t.version}版的生效日期格式有误：${t.effectiveFrom}`);
    const list = byKey.get(t.key) ?? [];
    if (list.some((v) => v.version === t.version))
      throw new Error(`文书模板 ${t.key} 第${t.version}版重复登记`);
    list.push(t);
    byKey.set(t.key, list);
  }
  for (const list of byKey.values()) {
    list.sort((a, b) => a.version - b.version);
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1];
      const cur = list[i];
      if (prev && cur && cur.effectiveFrom < prev.effectiveFrom)
        throw new Error(`文书模板 ${cur.key} 第${cur.version}版的生效日期早于第${prev.version}版`);
    }
  }
  const inForce = (list: readonly DocumentTemplate[], onDate: string): DocumentTemplate | undefined =>
    list.filter((t) => t.effectiveFrom <= onDate).at(-1);

  return {
    keys: () => [...byKey.keys()],
    templateFor(key, onDate) {
      if (!ISO_DATE.test(onDate)) throw new Error(`日期格式有误：${onDate}`);
      const list = byKey.get(key);
      if (!list) throw new Error(`未知的文书模板：${key}`);
      const t = inForce(list, onDate);
      if (!t)
        throw new Error(
          `文书模板 ${key}（${list[0]?.title ?? ''}）在${onDate}没有生效的版本，最早的版本自${list[0]?.effectiveFrom ?? ''}起施行`,
        );
      return t;
    },
    templatesFor(kind, onDate) {
      const out: DocumentTemplate[] = [];
      for (const list of byKey.values()) {
        const t = onDate ? inForce(list, onDate) : list.at(-1);
        if (t && t.kinds.includes(kind)) out.push(t);
      }
      return out;
    },
    templateVersions: (key) => [...(byKey.get(key) ?? [])],
  };
}

export const registry: TemplateRegistry = createRegistry(ALL_TEMPLATES);

export const templateFor = (key: string, onDate: string): DocumentTemplate =>
  registry.templateFor(key, onDate);
export const templatesFor = (kind: CaseKind, onDate?: string): DocumentTemplate[] =>
  registry.templatesFor(kind, onDate);
export const templateVersions = (key: string): DocumentTemplate[] => registry.templateVersions(key);

/**
 * Labels of the required inputs still empty. With the snapshot, an input the template prefills with a
 * non-empty value counts as filled (the form shows the prefill and the build uses it).
 */
export function missingInputs(
  template: DocumentTemplate,
  inputs: Readonly<Record<string, string>>,
  snapshot?: CaseSnapshot,
): string[] {
  return template.inputs
    .filter((i) => i.required)
    .filter((i) => {
      if ((inputs[i.key] ?? '').trim() !== '') return false;
      return !(snapshot && i.prefill && i.prefill(snapshot).trim() !== '');
    })
    .map((i) => i.label);
}

/**
 * The number of a numbered template for a case: the body's short name, the field's abbreviation, the
 * template's nature, the year of the document's date and the sequence from the series counter.
 */
export function documentNumberFor(
  template: DocumentTemplate,
  snapshot: CaseSnapshot,
  seq: number,
  pattern = DEFAULT_NUMBER_PATTERN,
): string {
  if (!template.nature) throw new Error(`${template.title}不编号`);
  const field = CASE_FIELD_ABBREVIATIONS[snapshot.case.field as CaseField] as string | undefined;
  if (!field) throw new Error(`未知的专业类别：${snapshot.case.field}`);
  return formatDocumentNumber(pattern, {
    region: snapshot.body.shortName,
    field,
    nature: template.nature,
    year: Number(snapshot.today.slice(0, 4)),
    seq,
  });
}
