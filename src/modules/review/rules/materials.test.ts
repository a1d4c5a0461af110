import { describe, expect, it } from 'vitest';
import {
  MATERIAL_ITEMS,
  checkSubmission,
  materialsChecklist,
  missingMaterials,
  type CaseFileFacts,
} from './materials.ts';

const complete: CaseFileFacts = {
  issuedDocuments: [
    'filing_report',
    'investigation_report',
    'penalty_notice',
    'statement_record',
    'hearing_record',
  ],
  evidenceCount: 3,
  proposal: {
    decision: ['fine'],
    basis: '《公共场所卫生管理条例实施细则》第三十六条',
    discretionReasoning: '首次违法，情节一般',
  },
  statementHeld: true,
  hearingHeld: true,
  draftDecision: true,
};

describe('submission materials (D2)', () => {
  it('a complete file passes once the handling unit confirms it', () => {
    expect(missingMaterials(complete)).toEqual([]);
    expect(checkSubmission(complete, true)).toBeNull();
    expect(checkSubmission(complete, false)).toMatchObject({ code: 'MATERIALS_NOT_CONFIRMED' });
  });

  it('lists every line, statement and hearing records needed only where they were held', () => {
    const lines = materialsChecklist({
      ...complete,
      statementHeld: false,
      hearingHeld: false,
      issuedDocuments: ['investigation_report'],
    });
    expect(lines.map((l) => l.item)).toEqual([...MATERIAL_ITEMS]);
    expect(lines.filter((l) => !l.needed).map((l) => l.item)).toEqual(['statement_record', 'hearing_record']);
    expect(
      missingMaterials({
        ...complete,
        statementHeld: false,
        hearingHeld: false,
        issuedDocuments: ['investigation_report'],
      }),
    ).toEqual([]);
  });

  it.each([
    ['investigation_report', { issuedDocuments: ['statement_record', 'hearing_record'] }, '案件调查终结报告'],
    ['evidence_list', { evidenceCount: 0 }, '证据材料清单'],
    ['proposal', { proposal: { ...complete.proposal!, decision: [] } }, '拟作出的处理决定'],
    ['proposal_basis', { proposal: { ...complete.proposal!, basis: ' ' } }, '拟处理决定的法律依据'],
    [
      'discretion_reasoning',
      { proposal: { ...complete.proposal!, discretionReasoning: '' } },
      '行政裁量的理由',
    ],
    ['statement_record', { issuedDocuments: ['investigation_report', 'hearing_record'] }, '陈述和申辩笔录'],
    ['hearing_record', { issuedDocuments: ['investigation_report', 'statement_record'] }, '听证笔录'],
    ['draft_decision', { draftDecision: false }, '拟作出的决定文书（草稿）'],
  ] as const)('refuses a file without %s, naming it', (item, change, label) => {
    const f = { ...complete, ...change } as CaseFileFacts;
    expect(missingMaterials(f)).toEqual([item]);
    expect(checkSubmission(f, true)).toMatchObject({
      code: 'MATERIALS_MISSING',
      message: `送审材料不全，缺少：${label}`,
    });
  });

  it('names every missing item at once, before asking for the confirmation', () => {
    const empty: CaseFileFacts = {
      issuedDocuments: [],
      evidenceCount: 0,
      proposal: null,
      statementHeld: true,
      hearingHeld: false,
      draftDecision: false,
    };
    expect(checkSubmission(empty, false)).toMatchObject({
      code: 'MATERIALS_MISSING',
      message:
        '送审材料不全，缺少：案件调查终结报告、证据材料清单、拟作出的处理决定、拟处理决定的法律依据、行政裁量的理由、陈述和申辩笔录、拟作出的决定文书（草稿）',
    });
  });
});
