// C5 the pieces every enforcement document shares (《卫生行政执法文书规范》): the party block, dates as the
// forms print them, the evidence list, the penalty wording, the officers' and party's signatures and the
// seal. Templates compose these so the same fact reads the same in every document of a case.
import type { Block, OfficerSignature, PartyConfirmation } from '../../../platform/documents/model.ts';
import { amountBoth } from './money.ts';
import type {
  BuildContext,
  CaseSnapshot,
  SnapshotParty,
  SnapshotPenalty,
  TemplateInput,
} from './template.ts';

/** 行政处罚法 (2021年修订) in force: the default first day of a template version. */
export const PENALTY_LAW_2021 = '2021-07-15';

/** Printed where the number will go on a preview; the number is given when the document is issued. */
export const NUMBER_PLACEHOLDER = '（签发时编号）';

/** Printed for a value not yet entered, leaving room to write it by hand. */
export const BLANK = '＿＿＿＿＿＿';

export const FOOTER_TWO_COPIES = '本文书一式两份，一份交当事人，一份归档。';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/;

/** '2026-03-05' → '2026年3月5日'; anything else is returned as entered (or a blank). */
export function cnDate(value: string | null | undefined): string {
  if (!value) return BLANK;
  const m = ISO_DATE.exec(value.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
}

/** '2026-03-05T09:30' → '2026年3月5日9时30分'; a bare date → cnDate. */
export function cnDateTime(value: string | null | undefined): string {
  if (!value) return BLANK;
  const m = ISO_DATETIME.exec(value.trim());
  if (!m) return cnDate(value);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日${Number(m[4])}时${m[5]}分`;
}

/** The party the document is addressed to: the first party of the case. */
export function mainParty(s: CaseSnapshot): SnapshotParty | undefined {
  return s.parties.find((p) => p.role === 'party');
}

export function partyName(s: CaseSnapshot): string {
  return mainParty(s)?.name ?? BLANK;
}

/** Who speaks for the party: the legal representative of an organisation, else the person. */
export function spokesperson(s: CaseSnapshot): string {
  const p = mainParty(s);
  return p?.type === 'organisation' ? (p.legalRepresentative ?? '') : (p?.name ?? '');
}

/** `text` ending in a full stop, added when it ends without closing punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  if (t === '') return BLANK + '。';
  return /[。！？；：]$/.test(t) ? t : `${t}。`;
}

/** The number of the latest issued document of one of `templates` (a decision quoted by a 催告书), or ''. */
export function issuedNumber(s: CaseSnapshot, templates: readonly string[]): string {
  return [...s.documents].reverse().find((d) => templates.includes(d.template) && d.number)?.number ?? '';
}

/** The lead-ins a template already writes before the facts (经查明，…): typed again, they are dropped. */
const FINDING_LEAD_IN = /^(?:经(?:调查|查明|查实|核查|查)|现查明|查明)(?:[，,：:]\s*)?/;
/** A date, a time or both at the start of a text: 2026年12月7日、2026-12-07 10:30、上午9时30分许. */
const DATE = String.raw`(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}-\d{2}-\d{2})`;
const TIME = String.raw`(?:\s*[T ]?\s*(?:上午|下午|晚上|凌晨|中午)?\s*\d{1,2}(?:时|:|：)\d{0,2}分?)`;
const WHEN_LEAD_IN = new RegExp(String.raw`^(?:${DATE}${TIME}?|${TIME})(?:许|左右)?[，,、\s]*`);

/**
 * Free text as the template's sentence takes it: the finding lead-in the sentence already has is not
 * repeated (“经查明，经查，…” → “经查明，…”), repeatedly typed ones included.
 */
export function findings(text: string): string {
  let t = text.trim();
  for (let before = ''; before !== t;) {
    before = t;
    t = t.replace(FINDING_LEAD_IN, '').trim();
  }
  return t;
}

/**
 * The facts after a sentence that already says when and where (“你于…在…”): a date or time and the
 * place typed again at the start are dropped, so “在某美发店2026年12月7日，执法人员…” cannot happen.
 */
export function factsAfterWhenAndWhere(text: string, place: string): string {
  let t = findings(text);
  for (let before = ''; before !== t;) {
    before = t;
    const when = WHEN_LEAD_IN.exec(t);
    if (when && when[0] !== '') t = t.slice(when[0].length).trim();
    const p = place.trim();
    for (const lead of [p ? `在${p}` : '', p].filter(Boolean))
      if (t.startsWith(lead))
        t = t
          .slice(lead.length)
          .replace(/^[，,、\s]+/, '')
          .trim();
  }
  return t;
}

/** How the document addresses the party: 你单位 for an organisation, 你 for a person. */
export function you(s: CaseSnapshot): string {
  return mainParty(s)?.type === 'person' ? '你' : '你单位';
}

/** The party block: name, credit code or ID, legal representative, address, phone. */
export function partyRows(s: CaseSnapshot, label = '当事人'): Array<{ label: string; value: string }> {
  const p = mainParty(s);
  if (!p) return [{ label, value: BLANK }];
  const rows = [{ label, value: p.name }];
  if (p.type === 'organisation') {
    rows.push({ label: '统一社会信用代码', value: p.creditCode ?? BLANK });
    rows.push({ label: '法定代表人（负责人）', value: p.legalRepresentative ?? BLANK });
  } else {
    rows.push({ label: p.idType ? `${p.idType}号码` : '身份证件号码', value: p.idNumber ?? BLANK });
  }
  rows.push({ label: '地址', value: p.address || BLANK });
  // A phone is not required of a party: the row is left out rather than printed blank.
  if (p.phone) rows.push({ label: '联系电话', value: p.phone });
  return rows;
}

/** '张三（执法证号：SF99010201）、李四（执法证号：SF99010202）'. */
export function officerList(s: CaseSnapshot): string {
  if (s.officers.length === 0) return BLANK;
  return s.officers.map((o) => `${o.name}（执法证号：${o.certificateNo}）`).join('、');
}

export function officerNames(s: CaseSnapshot): string {
  return s.officers.map((o) => o.name).join('、') || BLANK;
}

/** The evidence list as a table (证据名称, 种类, 证明内容, 收集日期); null when there is none. */
export function evidenceTable(s: CaseSnapshot): Block | null {
  if (s.evidence.length === 0) return null;
  return {
    kind: 'table',
    columns: ['序号', '证据名称', '证据种类', '证明内容', '收集日期'],
    widths: [1, 3, 2, 3.6, 2.4],
    rows: [...s.evidence]
      .sort((a, b) => a.seq - b.seq)
      .map((e) => [String(e.seq), e.title, e.typeLabel, e.description, cnDate(e.collectedOn)]),
  };
}

/** One line per penalty kind: 警告 / 罚款人民币30000元（大写：叁万元整）. */
export function penaltyItems(p: SnapshotPenalty | null): string[] {
  if (!p || p.kinds.length === 0) return [];
  return p.kinds.map((kind, i) => {
    const label = p.labels[i] ?? kind;
    if (kind === 'fine')
      return p.fineFen != null && p.fineFen > 0 ? `${label}${amountBoth(p.fineFen)}` : `${label}${BLANK}元`;
    return label;
  });
}

/** The penalty in one sentence: '警告，并处罚款人民币30000元（大写：叁万元整）'. */
export function penaltyText(p: SnapshotPenalty | null): string {
  const items = penaltyItems(p);
  if (items.length === 0) return '（处罚内容未确定）';
  return items.length === 1 ? (items[0] ?? '') : `${items[0] ?? ''}，并处${items.slice(1).join('、')}`;
}

const CN_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** '一、' … '十、' then Arabic. */
export function ordinal(i: number): string {
  return `${CN_ORDINALS[i] ?? String(i + 1)}、`;
}

/** Text as entered, one paragraph per line (indented unless `indent` is false); a blank when empty. */
export function textParagraphs(text: string, indent = true): Block[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return [{ kind: 'paragraph', text: BLANK, indent }];
  return lines.map((line) => ({ kind: 'paragraph', text: line, indent }));
}

/** The date part of a date or datetime input, else `fallback`. */
export function datePart(value: string, fallback: string): string {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  return m ? m[0] : fallback;
}

/** A list entered one item a line, cells split by | ｜ or tab (物品名称|规格|数量). */
export function itemRows(text: string, columns: number): string[][] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((line, i) => {
      const cells = line.split(/[|｜\t]/).map((c) => c.trim());
      return [String(i + 1), ...Array.from({ length: columns }, (_, j) => cells[j] ?? '')];
    });
}

/** A string value of the case record (dates, ids), or null. */
export function recordString(s: CaseSnapshot, key: string): string | null {
  const v = s.record[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * The officer's value for an input: what was entered, else the template's prefill from the snapshot,
 * else ''. Templates print BLANK for '' so a preview shows what is missing.
 */
export function reader(ctx: BuildContext, inputs: readonly TemplateInput[]): (key: string) => string {
  return (key) => {
    const entered = ctx.inputs[key]?.trim();
    if (entered) return entered;
    const def = inputs.find((i) => i.key === key);
    return def?.prefill?.(ctx.snapshot).trim() ?? '';
  };
}

/** `v` or the blank. */
export const orBlank = (v: string | null | undefined): string => (v && v.trim() !== '' ? v : BLANK);

/**
 * The signature block: the officers (ctx.officers, else the case's officers unsigned) and, when the
 * party confirms the document, the party under `partyLabel` — a blank line to sign on paper when the
 * party has not signed electronically.
 */
export function signatureBlock(
  ctx: BuildContext,
  partyLabel: string | null,
  date: string,
  partyNameOverride?: string,
): Block {
  const officers: OfficerSignature[] =
    ctx.officers.length > 0
      ? ctx.officers
      : ctx.snapshot.officers.map((o) => ({ name: o.name, certificateNo: o.certificateNo }));
  let party: PartyConfirmation | undefined;
  if (partyLabel) {
    const name = partyNameOverride ?? partyName(ctx.snapshot);
    party = ctx.party ? { ...ctx.party, label: partyLabel } : { label: partyLabel, name };
  }
  return { kind: 'signatures', officers, ...(party ? { party } : {}), date: cnDate(date) };
}

/** The issuing body and date over which the seal goes. */
export function sealBlock(s: CaseSnapshot, date: string): Block {
  return { kind: 'seal', issuer: s.body.name, date: cnDate(date) };
}

/** The number to print: the issued one, or the placeholder on a preview. */
export function numberOf(ctx: BuildContext): string {
  return ctx.number ?? NUMBER_PLACEHOLDER;
}

/** The case line most records open with. */
export function caseRows(s: CaseSnapshot): Array<{ label: string; value: string }> {
  return [
    { label: '案由', value: orBlank(s.case.cause) },
    { label: '案件编号', value: orBlank(s.case.code) },
  ];
}

/** The body's contact lines printed under a notice. */
export function contactParagraph(s: CaseSnapshot): Block {
  return {
    kind: 'paragraph',
    text: `联系人：${officerNames(s)}\u3000联系电话：${orBlank(s.body.phone)}\u3000地址：${orBlank(s.body.address)}`,
  };
}

/** Blocks without the nulls of optional parts. */
export function compact(blocks: ReadonlyArray<Block | null | false | undefined>): Block[] {
  return blocks.filter((b): b is Block => Boolean(b));
}
