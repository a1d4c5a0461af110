// 罚款幅度 of one tier: none, a fixed range in yuan, or a multiple of 违法所得 / 货值金额 with the
// statute's "没有或者不足X元的，处A元以上B元以下" fallback. Controlled; the value is the API's fine rule
// (money in fen), and the wording the portal will publish is shown underneath as the editor types.
import { Checkbox, InputNumber, Select, Space, Typography } from 'antd';
import { describeFineRule } from '../../../../modules/catalog/rules/fine-text.ts';
import type { FineData } from '../../../api/types.ts';
import { fenToYuan, yuanToFen } from '../../../lib/format.ts';

type Mode = 'none' | 'fixed' | 'illegal_income' | 'goods_value';
const MODES: { value: Mode; label: string }[] = [
  { value: 'none', label: '不处罚款' },
  { value: 'fixed', label: '固定金额幅度' },
  { value: 'illegal_income', label: '违法所得倍数' },
  { value: 'goods_value', label: '货值金额倍数' },
];

function modeOf(f: FineData | null | undefined): Mode {
  if (!f) return 'none';
  return f.kind === 'fixed' ? 'fixed' : f.base;
}

function Yuan({
  fen,
  onChange,
  label,
}: {
  fen: number | undefined;
  onChange: (fen: number) => void;
  label: string;
}) {
  return (
    <InputNumber
      aria-label={label}
      placeholder={label}
      min={0}
      precision={2}
      suffix="元"
      style={{ width: 150 }}
      value={fenToYuan(fen)}
      onChange={(v) => onChange(yuanToFen(v) ?? 0)}
    />
  );
}

function previewOf(value: FineData | null | undefined): string {
  try {
    return describeFineRule(value ?? null);
  } catch {
    return '';
  }
}

export default function FineInput({
  value,
  onChange,
}: {
  value?: FineData | null;
  onChange?: (v: FineData | null) => void;
}) {
  const mode = modeOf(value);
  const set = (v: FineData | null) => onChange?.(v);
  const switchTo = (m: Mode) =>
    set(
      m === 'none'
        ? null
        : m === 'fixed'
          ? { kind: 'fixed', minFen: 0, maxFen: 0 }
          : { kind: 'multiple', base: m, minMultiple: 1, maxMultiple: 1 },
    );
  const preview = previewOf(value);

  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <Space wrap size={6}>
        <Select<Mode>
          aria-label="罚款方式"
          value={mode}
          options={MODES}
          onChange={switchTo}
          style={{ width: 140 }}
        />
        {value?.kind === 'fixed' ? (
          <>
            <Yuan label="下限" fen={value.minFen} onChange={(minFen) => set({ ...value, minFen })} />
            至
            <Yuan label="上限" fen={value.maxFen} onChange={(maxFen) => set({ ...value, maxFen })} />
          </>
        ) : null}
        {value?.kind === 'multiple' ? (
          <>
            <InputNumber
              aria-label="倍数下限"
              min={0}
              max={1000}
              suffix="倍"
              style={{ width: 100 }}
              value={value.minMultiple}
              onChange={(v) => set({ ...value, minMultiple: v ?? 0 })}
            />
            至
            <InputNumber
              aria-label="倍数上限"
              min={0}
              max={1000}
              suffix="倍"
              style={{ width: 100 }}
              value={value.maxMultiple}
              onChange={(v) => set({ ...value, maxMultiple: v ?? 0 })}
            />
            <Checkbox
              checked={!!value.fallback}
              onChange={(e) =>
                set(
                  e.target.checked
                    ? { ...value, fallback: { belowFen: 0, minFen: 0, maxFen: 0 } }
                    : {
                        kind: 'multiple',
                        base: value.base,
                        minMultiple: value.minMultiple,
                        maxMultiple: value.maxMultiple,
                      },
                )
              }
            >
              没有或不足时按固定幅度
            </Checkbox>
          </>
        ) : null}
      </Space>
      {value?.kind === 'multiple' && value.fallback ? (
        <Space wrap size={6}>
          <Typography.Text type="secondary">没有或不足</Typography.Text>
          <Yuan
            label="不足金额"
            fen={value.fallback.belowFen}
            onChange={(belowFen) => set({ ...value, fallback: { ...value.fallback!, belowFen } })}
          />
          <Typography.Text type="secondary">的，处</Typography.Text>
          <Yuan
            label="不足时下限"
            fen={value.fallback.minFen}
            onChange={(minFen) => set({ ...value, fallback: { ...value.fallback!, minFen } })}
          />
          至
          <Yuan
            label="不足时上限"
            fen={value.fallback.maxFen}
            onChange={(maxFen) => set({ ...value, fallback: { ...value.fallback!, maxFen } })}
          />
        </Space>
      ) : null}
      {preview && mode !== 'none' ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          公示表述：{preview}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
