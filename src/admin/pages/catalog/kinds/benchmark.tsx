// B3 行政处罚裁量基准: a violation, its articles, and its tiers.
import { Space } from 'antd';
import { TIERS } from '../../../../modules/catalog/model.ts';
import type { TierData } from '../../../api/types.ts';
import type { KindConfig } from '../spec.ts';
import { compareTiers, tierTag, TiersField, tiersFromForm, TiersTable, tiersToForm } from './tiers.tsx';

export const benchmark: KindConfig = {
  kind: 'benchmark',
  title: '行政处罚裁量基准',
  tooltip: '违法行为按裁量阶次（不予、减轻、从轻、一般、从重）规定适用情形、处罚种类和罚款幅度（B3）',
  codeLabel: '基准编码',
  codePlaceholder: '如 BM-YL-001',
  formWidth: 1040,
  fields: [
    {
      key: 'violation',
      label: '违法行为',
      editor: { type: 'textarea', max: 500 },
      required: true,
      wide: true,
    },
    {
      key: 'category',
      label: '所属领域',
      editor: { type: 'text', max: 50, placeholder: '如：医疗卫生、公共场所卫生' },
      required: true,
    },
    { key: 'violatedArticles', label: '违法依据', editor: { type: 'citations' }, required: true },
    { key: 'penaltyArticles', label: '处罚依据', editor: { type: 'citations' }, required: true },
    {
      key: 'tiers',
      label: '裁量阶次',
      editor: { type: 'custom', Input: TiersField },
      wide: true,
      render: (v) => <TiersTable value={v} />,
      compare: compareTiers,
    },
  ],
  columns: [
    { title: '所属领域', dataIndex: ['data', 'category'], width: 110, ellipsis: true },
    {
      title: '裁量阶次',
      dataIndex: ['data', 'tiers'],
      width: 300,
      render: (_, e) => (
        <Space size={2} wrap>
          {[...((e.data.tiers as TierData[] | undefined) ?? [])]
            .sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier))
            .map((t) => (
              <span key={t.tier}>{tierTag(t.tier)}</span>
            ))}
        </Space>
      ),
    },
  ],
  blank: {
    violatedArticles: [],
    penaltyArticles: [{}],
    tiers: [{ tier: 'general', penalties: [], fine: null, conditions: [] }],
  },
  toForm: (d) => ({ ...d, tiers: tiersToForm(d.tiers) }),
  fromForm: (v) => ({ ...v, tiers: tiersFromForm(v.tiers) }),
};
