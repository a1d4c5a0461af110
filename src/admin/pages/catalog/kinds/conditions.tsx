// 法制审核目录 conditions: read as a sentence ("对个人处以 5,000.00 元以上罚款") and edited as a kind with
// its parameters. A rule applies when all of its conditions hold.
import { Button, Form, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { describeReviewCondition } from '../../../../modules/catalog/rules/describe.ts';
import type { ReviewConditionData } from '../../../api/types.ts';
import { fenToYuan, yuanToFen } from '../../../lib/format.ts';
import { categoryOptions, penaltyOptions, reviewFlagOptions } from '../../../lib/labels.ts';
import { numberedList } from '../render.tsx';
import type { CustomInput } from '../spec.ts';

type Kind = ReviewConditionData['kind'];
const KIND_LABELS: Record<Kind, string> = {
  procedure: '适用普通程序',
  category: '执法类别',
  penalty_kind: '处罚种类',
  fine_at_least: '罚款金额达到',
  confiscation_at_least: '没收金额达到',
  hearing_held: '经过听证',
  outside_benchmark: '超出裁量基准',
  flag: '情形标志',
};
const PARTY_OPTIONS = [
  { value: 'person' as const, label: '个人' },
  { value: 'organisation' as const, label: '法人或者其他组织' },
];

// Worded by the same function the portal publishes with.
export const conditionText = (c: ReviewConditionData): string => describeReviewCondition(c);

export const conditionsText = (v: unknown) =>
  ((v as ReviewConditionData[] | undefined) ?? []).map(conditionText);
export const ConditionList = ({ value }: { value: unknown }) => numberedList(conditionsText(value));
export const compareConditions = (value: unknown, other: unknown) =>
  numberedList(conditionsText(value), conditionsText(other));

function blankOf(kind: Kind): ReviewConditionData {
  switch (kind) {
    case 'procedure':
      return { kind, procedure: 'general' };
    case 'category':
      return { kind, anyOf: ['penalty'] };
    case 'penalty_kind':
      return { kind, anyOf: ['revoke_licence'] };
    case 'fine_at_least':
      return { kind, partyType: 'person', fen: 0 };
    case 'confiscation_at_least':
      return { kind, fen: 0 };
    case 'hearing_held':
    case 'outside_benchmark':
      return { kind };
    case 'flag':
      return { kind, flag: 'major_public_interest' };
  }
}

const money = (fen: number, onChange: (fen: number) => void) => (
  <InputNumber
    aria-label="金额"
    min={0}
    precision={2}
    suffix="元以上"
    style={{ width: 180 }}
    value={fenToYuan(fen)}
    onChange={(v) => onChange(yuanToFen(v) ?? 0)}
  />
);

function ConditionInput({
  value,
  onChange,
}: {
  value?: ReviewConditionData;
  onChange?: (v: ReviewConditionData) => void;
}) {
  const c = value ?? blankOf('procedure');
  const set = (v: ReviewConditionData) => onChange?.(v);
  return (
    <Space wrap size={6}>
      <Select<Kind>
        aria-label="条件类型"
        style={{ width: 140 }}
        value={c.kind}
        onChange={(k) => set(blankOf(k))}
        options={(Object.keys(KIND_LABELS) as Kind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }))}
      />
      {c.kind === 'category' ? (
        <Select
          mode="multiple"
          style={{ minWidth: 260 }}
          value={c.anyOf}
          options={categoryOptions}
          onChange={(anyOf) => set({ ...c, anyOf })}
        />
      ) : null}
      {c.kind === 'penalty_kind' ? (
        <Select
          mode="multiple"
          style={{ minWidth: 320 }}
          value={c.anyOf}
          options={penaltyOptions}
          onChange={(anyOf) => set({ ...c, anyOf })}
        />
      ) : null}
      {c.kind === 'fine_at_least' ? (
        <>
          <Select
            style={{ width: 160 }}
            value={c.partyType}
            onChange={(partyType) => set({ ...c, partyType })}
            options={PARTY_OPTIONS}
          />
          {money(c.fen, (fen) => set({ ...c, fen }))}
        </>
      ) : null}
      {c.kind === 'confiscation_at_least' ? money(c.fen, (fen) => set({ ...c, fen })) : null}
      {c.kind === 'flag' ? (
        <Select
          style={{ width: 420 }}
          value={c.flag}
          options={reviewFlagOptions}
          onChange={(flag) => set({ ...c, flag })}
        />
      ) : null}
    </Space>
  );
}

export const ConditionsField: CustomInput = ({ name, label }) => (
  <Form.List
    name={name}
    rules={[
      {
        validator: async (_r, v: unknown[] | undefined) => {
          if (!v?.length) throw new Error('至少需要一个条件');
        },
      },
    ]}
  >
    {(fields, { add, remove }, { errors }) => (
      <Form.Item label={label} required extra="拟作出的决定同时满足上述全部条件时，须经法制审核">
        {fields.map((f, i) => (
          <Space key={f.key} align="start" style={{ display: 'flex', marginBottom: 6 }}>
            <span style={{ lineHeight: '32px', width: 20 }}>{i + 1}.</span>
            <Form.Item name={f.name} noStyle>
              <ConditionInput />
            </Form.Item>
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={`删除条件 ${i + 1}`}
              onClick={() => remove(f.name)}
            />
          </Space>
        ))}
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => add(blankOf('fine_at_least'))}
        >
          添加条件
        </Button>
        <Form.ErrorList errors={errors} />
      </Form.Item>
    )}
  </Form.List>
);
