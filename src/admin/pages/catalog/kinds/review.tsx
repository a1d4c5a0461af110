// B6 重大执法决定法制审核目录.
import type { KindConfig } from '../spec.ts';
import { compareConditions, ConditionList, ConditionsField, conditionsText } from './conditions.tsx';

export const review: KindConfig = {
  kind: 'review_rule',
  title: '重大执法决定法制审核目录清单',
  tooltip: '拟作出的执法决定满足某一情形的全部条件时，须经法制审核（B6）',
  codeLabel: '编码',
  codePlaceholder: '如 RV-018',
  fields: [
    { key: 'name', label: '审核情形', editor: { type: 'textarea', max: 300 }, required: true, wide: true },
    { key: 'basis', label: '依据', editor: { type: 'textarea', max: 300 }, required: true, wide: true },
    {
      key: 'conditions',
      label: '触发条件',
      editor: { type: 'custom', Input: ConditionsField },
      render: (v) => <ConditionList value={v} />,
      compare: compareConditions,
    },
  ],
  columns: [
    {
      title: '触发条件',
      dataIndex: ['data', 'conditions'],
      width: 300,
      ellipsis: true,
      render: (_, e) => conditionsText(e.data.conditions).join('，并且'),
    },
    { title: '依据', dataIndex: ['data', 'basis'], width: 260, ellipsis: true },
  ],
  blank: { conditions: [{ kind: 'fine_at_least', partyType: 'person', fen: 0 }] },
};
