// 裁量阶次 of a benchmark: shown as the published table (裁量阶次 | 适用情形 | 处罚种类 | 罚款幅度) and
// edited as one block per tier. The form lists penalties without 罚款, which follows from the fine rule.
import { Button, Col, Form, Input, Row, Select, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { describeFineRule } from '../../../../modules/catalog/rules/fine-text.ts';
import { TIERS, type Tier } from '../../../../modules/catalog/model.ts';
import type { TierData } from '../../../api/types.ts';
import { penaltyLabels, penaltyOptions, tierLabels, tierOptions } from '../../../lib/labels.ts';
import { empty, numberedList, tagList } from '../render.tsx';
import type { CustomInput } from '../spec.ts';
import FineInput from './FineInput.tsx';

const TIER_COLORS: Record<Tier, string> = {
  none: 'default',
  mitigated: 'cyan',
  lighter: 'blue',
  general: 'gold',
  heavier: 'red',
};

export const tierTag = (t: Tier) => (
  <Tag color={TIER_COLORS[t]} bordered={false} style={{ marginInlineEnd: 0 }}>
    {tierLabels[t]}
  </Tag>
);

const fineText = (t: TierData) => {
  try {
    return t.fine ? describeFineRule(t.fine) : '—';
  } catch {
    return '（罚款规则有误）';
  }
};

export function TiersTable({ value }: { value: unknown }) {
  const tiers = (value as TierData[] | undefined) ?? [];
  if (!tiers.length) return empty;
  return (
    <Table<TierData>
      size="small"
      bordered
      pagination={false}
      rowKey="tier"
      dataSource={[...tiers].sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier))}
      columns={[
        { title: '裁量阶次', dataIndex: 'tier', width: 96, render: (t: Tier) => tierTag(t) },
        { title: '适用情形', dataIndex: 'conditions', render: (c: string[]) => numberedList(c) },
        {
          title: '处罚种类',
          dataIndex: 'penalties',
          width: 150,
          render: (p: string[]) => (p.length ? tagList(p, penaltyLabels) : '不予处罚'),
        },
        {
          title: '罚款幅度',
          key: 'fine',
          width: 220,
          render: (_: unknown, t) => (
            <>
              {fineText(t)}
              {t.note ? (
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
                  备注：{t.note}
                </Typography.Paragraph>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}

const tierLine = (t: TierData) =>
  `${tierLabels[t.tier]}：${t.penalties.map((p) => penaltyLabels[p]).join('、') || '不予处罚'}；${fineText(t)}；情形：${t.conditions.join('／') || '—'}${t.note ? `；备注：${t.note}` : ''}`;
const tierLines = (v: unknown) => ((v as TierData[] | undefined) ?? []).map(tierLine);

/** One line per tier, for the version comparison where a nested table would be too wide. */
export const compareTiers = (value: unknown, other: unknown) =>
  numberedList(tierLines(value), tierLines(other));

const linesProps = {
  getValueProps: (v: unknown) => ({ value: Array.isArray(v) ? v.join('\n') : '' }),
  normalize: (text: string) => text.split('\n'),
};
const otherPenalties = penaltyOptions.filter((o) => o.value !== 'fine');

export const TiersField: CustomInput = ({ name, label }) => (
  <Form.List
    name={name}
    rules={[
      {
        validator: async (_r, v: unknown[] | undefined) => {
          if (!v?.length) throw new Error('至少需要一个裁量阶次');
        },
      },
    ]}
  >
    {(fields, { add, remove }, { errors }) => (
      <Form.Item label={label} required>
        {fields.map((f, i) => (
          <div key={f.key} className="sx-subform">
            <Row gutter={12} align="top">
              <Col flex="150px">
                <Form.Item
                  name={[f.name, 'tier']}
                  label={`阶次 ${i + 1}`}
                  rules={[{ required: true, message: '请选择阶次' }]}
                >
                  <Select options={tierOptions} placeholder="裁量阶次" />
                </Form.Item>
              </Col>
              <Col flex="auto">
                <Form.Item name={[f.name, 'penalties']} label="处罚种类（罚款按右侧幅度自动计入）">
                  <Select
                    mode="multiple"
                    options={otherPenalties}
                    placeholder="罚款以外的处罚，如警告、没收违法所得"
                  />
                </Form.Item>
              </Col>
              <Col flex="32px" style={{ paddingTop: 30 }}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`删除阶次 ${i + 1}`}
                  onClick={() => remove(f.name)}
                />
              </Col>
            </Row>
            <Form.Item name={[f.name, 'fine']} label="罚款幅度">
              <FineInput />
            </Form.Item>
            <Row gutter={12}>
              <Col span={14}>
                <Form.Item name={[f.name, 'conditions']} label="适用情形（每行一种）" {...linesProps}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item name={[f.name, 'note']} label="备注">
                  <Input.TextArea
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    maxLength={1000}
                    placeholder="如：责令限期改正"
                  />
                </Form.Item>
              </Col>
            </Row>
          </div>
        ))}
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => add({ tier: undefined, penalties: [], fine: null, conditions: [] })}
        >
          添加裁量阶次
        </Button>
        <Form.ErrorList errors={errors} />
      </Form.Item>
    )}
  </Form.List>
);

/** Form tiers → API tiers: 罚款 listed exactly when a fine rule is set, blank lines and notes dropped. */
export function tiersFromForm(raw: unknown): TierData[] {
  return ((raw as (TierData & { note?: string | null })[] | undefined) ?? []).map((t) => ({
    tier: t.tier,
    conditions: (t.conditions ?? []).map((c) => c.trim()).filter(Boolean),
    penalties: [...(t.penalties ?? []).filter((p) => p !== 'fine'), ...(t.fine ? (['fine'] as const) : [])],
    fine: t.fine ?? null,
    ...(t.note?.trim() ? { note: t.note.trim() } : {}),
  }));
}

export const tiersToForm = (raw: unknown) =>
  ((raw as TierData[] | undefined) ?? []).map((t) => ({
    ...t,
    penalties: t.penalties.filter((p) => p !== 'fine'),
  }));
