// What the demo's officers write on each document a step brings (C2, C5): the inputs the template does
// not prefill from the case, taken from the step itself (its dates, its service), so every document of
// the demo is complete and dated on the day of its step.
import { requirementOf } from '../../modules/cases/step-requirements.ts';
import type { CaseKind } from '../../modules/cases/machine.ts';
import { ALL_TEMPLATES } from '../../modules/cases/documents/registry.ts';

type Action = Record<string, unknown> & { type: string };

/** Date fields that look ahead (the hearing day, a correction period), not the day the step is taken. */
const AHEAD = new Set(['hearingOn', 'deadline']);

/** The day a step is taken: its latest date field, other than those that look ahead. */
export function stepDayOf(action: Action): string | undefined {
  const dates = Object.entries(action)
    .filter(([k, v]) => !AHEAD.has(k) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))
    .map(([, v]) => v as string)
    .sort();
  return dates.at(-1);
}

const REFUSED = '当事人拒绝签名，执法人员二人在场见证并全程录像。';

/** The inputs of `template` for the step `action` on `day`, besides what the template prefills. */
function inputsFor(template: string, action: Action, day: string, c: DemoCase): Record<string, string> {
  const facts = c.summary || `当事人${c.cause}，有现场检查笔录和现场照片为证。`;
  switch (template) {
    case 'filing_report':
      return { summary: facts, approval: '同意立案。' };
    case 'investigation_report':
      return action.proposal === null
        ? {
            facts,
            opinion:
              '当事人初次违法且危害后果轻微并及时改正，建议依照《中华人民共和国行政处罚法》第三十三条第一款的规定不予行政处罚。',
          }
        : { facts };
    case 'penalty_notice':
    case 'penalty_decision':
      return { facts };
    case 'site_record':
      return {
        checkedAt: `${day}T09:30`,
        findings: String(
          action.items
            ? '现场发现涉案物品，当事人未能提供卫生许可批件，执法人员依法实施查封并制作物品清单。'
            : '执法人员出示执法证件，说明来意，对现场进行检查并拍照取证，当事人在场。',
        ),
      };
    case 'seizure_decision':
      return {
        basis: '《中华人民共和国行政强制法》第二十二条、《消毒管理办法》第四十一条',
        items: '无卫生许可批件的消毒液 120 箱（每箱 12 瓶，500 毫升/瓶）',
      };
    case 'hearing_notice':
      return {
        hearingDate: typeof action.hearingOn === 'string' ? action.hearingOn : day,
        hearingTime: '上午9时30分',
        host: '吴审核',
        clerk: '陈书记',
      };
    case 'hearing_record':
      return {
        at: `${day}T09:30`,
        place: '示范区卫生健康委员会听证室',
        host: '吴审核',
        clerk: '陈书记',
        proceedings:
          '调查人员提出当事人违法的事实、证据和拟作出的行政处罚建议；当事人进行申辩和质证，称系初次违法并已整改；双方作最后陈述。',
      };
    case 'closing_report': {
      // A paid fine is prefilled from the payments; a warning is executed by its service.
      const paid = Array.isArray(c.record?.payments) && c.record.payments.length > 0;
      return paid ? {} : { execution: '行政处罚决定书已依法送达当事人，警告处罚执行完毕。' };
    }
    case 'preservation_decision':
      return { items: '医疗废物周转箱|蓝色 60 升|2 个\n医疗废物登记簿|A4 装订本|1 本' };
    case 'simple_penalty_decision':
      return { at: `${day}T10:30`, facts };
    case 'service_receipt':
      return {
        document: action.type === 'serve' ? '行政处罚决定书' : '执法文书',
        servedAt: `${day}T10:00`,
        method: action.method === 'mail' ? '邮寄送达' : '直接送达',
      };
    case 'correction_order':
      return {
        violatedBasis: '《医疗废物管理条例》第十六条、第十七条',
        orderBasis: '《医疗废物管理条例》第四十六条',
        deadline: typeof action.deadline === 'string' ? action.deadline : day,
        requirements: '按照《医疗废物管理条例》的规定分类收集医疗废物，设置警示标识，完善登记。',
      };
    default:
      return {};
  }
}

/** What the demo's documents take from the case. */
export interface DemoCase {
  cause: string;
  summary: string;
  record?: Record<string, unknown>;
}

/** The documents a demo step brings, by its row of the step → document table. */
export function sheetsFor(kind: CaseKind, action: Action, day: string, c: DemoCase) {
  const row = requirementOf(kind, action.type);
  if (!row || (row.when && !row.when(action))) return [];
  return row.documents.map((need) => {
    const template = need.templates[0]!;
    return {
      template,
      inputs: inputsFor(template, action, day, c),
      ...(ALL_TEMPLATES.some((t) => t.key === template && t.partySigns)
        ? { party: { refusedNote: REFUSED } }
        : {}),
    };
  });
}
