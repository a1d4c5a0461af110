// 执法事项 picker (C1/B1): a penalty case names its enforcement item before 立案 — on the registration form
// (the on-the-spot 简易程序 flow too) and in the 确定执法事项 step. The officer types part of the name, the
// code or a few keywords; the server searches the body's list in force on the violation date and answers
// with the articles each item cites, so the officer sees what the documents will quote before choosing.
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type ItemOption = Json<paths['/api/v1/enforcement-items']['get']['responses'][200]>[number];

/** The text typed, settled for `ms` before it is searched (one request per pause, not per key). */
function useSettled(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

export function useItemSearch(q: string, date: string | undefined) {
  return useQuery({
    queryKey: ['enforcement-items', q, date ?? ''],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/enforcement-items', {
          params: { query: { q: q || undefined, date, category: 'penalty', limit: 20 } },
        }),
      ),
    staleTime: 5 * 60_000,
  });
}

interface Props {
  value?: string | null;
  onChange?: (code: string | null) => void;
  /** The violation date: the articles shown are those in force then. */
  date?: string;
  id?: string;
}

/** A search box over the body's penalty items; the chosen item's articles are shown under it. */
export default function ItemPicker({ value, onChange, date, id }: Props) {
  const [typed, setTyped] = useState('');
  const q = useSettled(typed);
  const found = useItemSearch(q, date);
  const [chosen, setChosen] = useState<ItemOption | null>(null);
  // The chosen item as the server describes it on the violation date (also when set from outside).
  const current = useItemSearch(value ?? '', date);
  const shown = current.data?.find((i) => i.code === value) ?? (chosen?.code === value ? chosen : null);
  const options = (found.data ?? []).map((i) => ({
    value: i.code,
    label: `${i.name}（${i.code}）`,
    item: i,
  }));
  return (
    <div>
      <Select
        id={id}
        aria-label="执法事项"
        showSearch
        allowClear
        filterOption={false}
        value={value ?? undefined}
        placeholder="输入名称、编码或关键词查找，如：健康合格证明、SFWJ-CF-018"
        notFoundContent={found.isFetching ? '查找中…' : '没有符合的执法事项'}
        onSearch={setTyped}
        onChange={(code: string | undefined, option) => {
          const item = (Array.isArray(option) ? undefined : option)?.item ?? null;
          setChosen(item);
          onChange?.(code ?? null);
        }}
        options={
          shown && !options.some((o) => o.value === shown.code)
            ? [{ value: shown.code, label: `${shown.name}（${shown.code}）`, item: shown }, ...options]
            : options
        }
        optionRender={(o) => (
          <div style={{ whiteSpace: 'normal' }}>
            <div>{o.data.item.name}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.item.code} · {o.data.item.field}
            </Typography.Text>
          </div>
        )}
        style={{ width: '100%' }}
      />
      {shown ? (
        <div className="sx-item-basis" style={{ marginTop: 6, fontSize: 13 }}>
          <div>
            <Typography.Text type="secondary">违反：</Typography.Text>
            {shown.violated || <Typography.Text type="danger">未能确定所违反的条款</Typography.Text>}
          </div>
          <div>
            <Typography.Text type="secondary">处罚依据：</Typography.Text>
            {shown.applied || <Typography.Text type="danger">未能确定处罚依据</Typography.Text>}
          </div>
        </div>
      ) : null}
    </div>
  );
}
