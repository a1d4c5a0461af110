// A penalty as one form value: the kinds (警告、罚款…) and, when a fine is among them, its amount in 元.
// The amount stays the typed string until the form is sent (schemaForm converts it to integer 分).
import { Select, Space } from 'antd';
import YuanInput from '../../lib/YuanInput.tsx';
import { parseYuanToFen } from '../../lib/money.ts';
import type { PenaltyValue } from './schemaForm.ts';

export default function PenaltyInput({
  id,
  value,
  onChange,
  options,
}: {
  id?: string;
  value?: PenaltyValue;
  onChange?: (v: PenaltyValue) => void;
  options: { value: string; label: string }[];
}) {
  const v = value ?? { kinds: [] };
  const fine = v.kinds.includes('fine');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={8}>
      <Select
        id={id}
        mode="multiple"
        allowClear
        aria-label="处罚种类"
        placeholder="选择处罚种类"
        options={options}
        value={v.kinds}
        onChange={(kinds: string[]) => onChange?.({ ...v, kinds })}
        optionFilterProp="label"
      />
      {fine ? (
        <YuanInput
          aria-label="罚款金额"
          placeholder="罚款金额"
          value={v.fineYuan}
          onChange={(fineYuan) => onChange?.({ ...v, fineYuan })}
        />
      ) : null}
    </Space>
  );
}

/** Form rule: kinds chosen when required, and a valid positive amount whenever a fine is chosen. */
export function penaltyRule(required: boolean) {
  return {
    validator: (_r: unknown, v: PenaltyValue | undefined) => {
      const kinds = v?.kinds ?? [];
      if (required && kinds.length === 0) return Promise.reject(new Error('请选择处罚种类'));
      if (!kinds.includes('fine')) return Promise.resolve();
      const fen = parseYuanToFen(v?.fineYuan);
      if (fen === null) return Promise.reject(new Error('请填写罚款金额（元，最多两位小数）'));
      if (fen <= 0) return Promise.reject(new Error('罚款金额须大于 0'));
      return Promise.resolve();
    },
  };
}
