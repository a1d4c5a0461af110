// B1 行政执法事项清单.
import { Tag, Typography } from 'antd';
import { categoryLabels, categoryOptions } from '../../../lib/labels.ts';
import type { KindConfig } from '../spec.ts';
import { CompetenceInput, competenceFromForm, renderCompetence } from './competence.tsx';
import { entrySelect } from './EntrySelect.tsx';

const benchmarkRef = entrySelect('benchmark', '处罚类事项关联的裁量基准，办案时据此计算罚款幅度');

export const item: KindConfig = {
  kind: 'item',
  title: '行政执法事项清单',
  tooltip: '本机关依法实施的行政许可、行政处罚、行政强制、行政检查等事项及其依据（B1）',
  codeLabel: '事项编码',
  codePlaceholder: '如 SFWJ-CF-001',
  fields: [
    { key: 'name', label: '事项名称', editor: { type: 'text', max: 200 }, required: true, wide: true },
    {
      key: 'category',
      label: '事项类别',
      editor: { type: 'select', options: categoryOptions },
      required: true,
    },
    { key: 'field', label: '所属领域', editor: { type: 'text', max: 50, placeholder: '如：医疗卫生' } },
    { key: 'basis', label: '实施依据', editor: { type: 'citations' } },
    { key: 'basisText', label: '依据说明', editor: { type: 'textarea', max: 2000 }, wide: true },
    {
      key: 'benchmarkCode',
      label: '裁量基准',
      editor: { type: 'custom', Input: benchmarkRef.Input },
      render: benchmarkRef.render,
    },
    { key: 'handlingUnit', label: '承办机构', editor: { type: 'text', max: 100 } },
    { key: 'timeLimit', label: '办理时限', editor: { type: 'text', max: 200 } },
    { key: 'description', label: '事项说明', editor: { type: 'textarea', max: 5000, rows: 3 }, wide: true },
    {
      key: 'competence',
      label: '实施部门',
      editor: { type: 'custom', Input: CompetenceInput },
      render: renderCompetence,
      wide: true,
    },
  ],
  columns: [
    {
      title: '类别',
      dataIndex: ['data', 'category'],
      width: 90,
      render: (_, e) => <Tag bordered={false}>{categoryLabels[e.data.category as never] ?? '—'}</Tag>,
    },
    { title: '所属领域', dataIndex: ['data', 'field'], width: 110, ellipsis: true },
    { title: '承办机构', dataIndex: ['data', 'handlingUnit'], width: 170, ellipsis: true },
    {
      title: '裁量基准',
      dataIndex: ['data', 'benchmarkCode'],
      width: 110,
      render: (_, e) =>
        e.data.benchmarkCode ? (
          <span className="sx-mono">{e.data.benchmarkCode as string}</span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ],
  blank: { category: 'penalty', basis: [], benchmarkCode: null, competence: null },
  fromForm: (v) => ({
    ...v,
    benchmarkCode: v.benchmarkCode ?? null,
    competence: competenceFromForm(v.competence),
  }),
};
