// C2, C5 every row of the step → document table, and every refusal: a step lacking its document, its
// service on the party or its evidence is refused with the row's code, citation and the missing item.
import { describe, expect, it } from 'vitest';
import { ALL_TEMPLATES } from './documents/registry.ts';
import { CASE_KINDS } from './machine.ts';
import { machineOf } from './registry.ts';
import {
  STEP_REQUIREMENTS,
  documentsDue,
  requirementOf,
  stepShortfall,
  type CaseHoldings,
} from './step-requirements.ts';

const NONE: CaseHoldings = { documents: [], evidence: 0 };
const doc = (template: string, issuedOn = '2026-12-01', partyConfirmed = false) => ({
  template,
  issuedOn,
  partyConfirmed,
});
/** Everything a row asks for, served on the party, and enough evidence. */
const complete = (row: (typeof STEP_REQUIREMENTS)[number]): CaseHoldings => ({
  documents: row.documents.map((n) => doc(n.templates[0]!, '2026-12-01', true)),
  evidence: row.evidence ?? 0,
});
/** An action of the row's step that the row applies to. */
const actionOf = (row: (typeof STEP_REQUIREMENTS)[number]) => ({ type: row.action, method: 'in_person' });

describe('the step → document table', () => {
  it('names only real steps and templates of the kind, once each, with a citation', () => {
    const seen = new Set<string>();
    for (const row of STEP_REQUIREMENTS) {
      expect(Object.keys(machineOf(row.kind).actionLabels)).toContain(row.action);
      expect(seen.has(`${row.kind}.${row.action}`)).toBe(false);
      seen.add(`${row.kind}.${row.action}`);
      expect(row.citation).toMatch(/^《卫生行政执法文书规范》（.+）/);
      for (const need of row.documents)
        for (const key of need.templates) {
          const t = ALL_TEMPLATES.find((x) => x.key === key);
          expect(t, key).toBeDefined();
          expect(t!.kinds).toContain(row.kind);
        }
    }
    expect(requirementOf('penalty', 'start_investigation')).toBeUndefined();
  });

  it('covers every procedure that issues documents', () => {
    for (const kind of CASE_KINDS) expect(STEP_REQUIREMENTS.some((r) => r.kind === kind)).toBe(true);
  });

  it.each(STEP_REQUIREMENTS.map((r) => [`${r.kind}.${r.action}`, r] as const))(
    '%s: allowed when complete, refused for each missing item',
    (_name, row) => {
      expect(stepShortfall(row.kind, actionOf(row), complete(row))).toBeNull();
      for (const need of row.documents) {
        const without = {
          ...complete(row),
          documents: complete(row).documents.filter((d) => !need.templates.includes(d.template)),
        };
        expect(stepShortfall(row.kind, actionOf(row), without)).toEqual({
          code: 'STEP_DOCUMENT_MISSING',
          message: `须先制作《${need.title}》`,
          citation: row.citation,
          missing: [need.title],
        });
        if (need.served) {
          const unserved = {
            ...complete(row),
            documents: complete(row).documents.map((d) =>
              need.templates.includes(d.template) ? { ...d, partyConfirmed: false } : d,
            ),
          };
          expect(stepShortfall(row.kind, actionOf(row), unserved)).toMatchObject({
            code: 'STEP_DOCUMENT_NOT_SERVED',
            citation: row.citation,
            missing: [need.title],
          });
          // A 送达回执 issued on or after it serves it; one issued before does not.
          const receipt = {
            ...unserved,
            documents: [...unserved.documents, doc('service_receipt', '2026-12-01')],
          };
          expect(stepShortfall(row.kind, actionOf(row), receipt)).toBeNull();
          const early = {
            ...unserved,
            documents: [doc('service_receipt', '2026-11-30'), ...unserved.documents],
          };
          expect(stepShortfall(row.kind, actionOf(row), early)?.code).toBe('STEP_DOCUMENT_NOT_SERVED');
        }
      }
      if (row.evidence) {
        expect(
          stepShortfall(row.kind, actionOf(row), { ...complete(row), evidence: row.evidence - 1 }),
        ).toEqual({
          code: 'STEP_EVIDENCE_MISSING',
          message: `本环节须有证据证明违法事实，案件至少须登记 ${row.evidence} 项证据`,
          citation: row.citation,
          missing: ['证据'],
        });
      }
    },
  );

  it('调查终结 needs the report and at least one evidence item', () => {
    const report = { documents: [doc('investigation_report')], evidence: 0 };
    expect(stepShortfall('penalty', { type: 'close_investigation' }, NONE)?.missing).toEqual([
      '案件调查终结报告',
    ]);
    expect(stepShortfall('penalty', { type: 'close_investigation' }, report)?.code).toBe(
      'STEP_EVIDENCE_MISSING',
    );
    expect(stepShortfall('penalty', { type: 'close_investigation' }, { ...report, evidence: 1 })).toBeNull();
  });

  it('事先告知 needs the 告知书 issued and served', () => {
    expect(stepShortfall('penalty', { type: 'notify' }, NONE)?.code).toBe('STEP_DOCUMENT_MISSING');
    const issued = { documents: [doc('penalty_notice')], evidence: 0 };
    expect(stepShortfall('penalty', { type: 'notify' }, issued)?.code).toBe('STEP_DOCUMENT_NOT_SERVED');
    expect(
      stepShortfall(
        'penalty',
        { type: 'notify' },
        { documents: [doc('penalty_notice', '2026-12-01', true)], evidence: 0 },
      ),
    ).toBeNull();
  });

  it('electronic service needs no 送达回执 (the 确认书 is the machine’s guard), other service does', () => {
    expect(stepShortfall('penalty', { type: 'serve', method: 'electronic' }, NONE)).toBeNull();
    expect(stepShortfall('penalty', { type: 'serve', method: 'mail' }, NONE)?.missing).toEqual(['送达回执']);
  });

  it('either of two documents satisfies a need that names both', () => {
    const opinion = { documents: [doc('supervision_opinion')], evidence: 0 };
    expect(stepShortfall('inspection', { type: 'order_correction' }, opinion)).toBeNull();
  });

  it('a step without a row is never refused for documents', () => {
    expect(stepShortfall('penalty', { type: 'start_investigation' }, NONE)).toBeNull();
  });
});

describe('documentsDue', () => {
  it('lists the documents the offered steps still need, once, in the steps’ order', () => {
    expect(documentsDue('penalty', ['notify', 'decide', 'revoke'], NONE)).toEqual([
      'penalty_notice',
      'penalty_decision',
    ]);
    expect(
      documentsDue('penalty', ['close_investigation'], {
        documents: [doc('investigation_report')],
        evidence: 0,
      }),
    ).toEqual([]);
    expect(documentsDue('coercion', ['decide', 'decide_urgent'], NONE)).toEqual([
      'site_record',
      'seizure_decision',
    ]);
  });

  it('a document issued but not served makes its 送达回执 due', () => {
    expect(documentsDue('penalty', ['notify'], { documents: [doc('penalty_notice')], evidence: 0 })).toEqual([
      'service_receipt',
    ]);
  });
});
