// A reference from one catalogue to another (事项 → 裁量基准, 服务指南 → 执法事项), picked by code and
// shown with the referenced entry's name.
import { Form, Select } from 'antd';
import { useCatalog } from '../../../api/queries.ts';
import type { CatalogKind } from '../../../api/types.ts';
import { empty } from '../render.tsx';
import type { CustomInput } from '../spec.ts';

function useEntryOptions(kind: CatalogKind) {
  const list = useCatalog(kind);
  return {
    isPending: list.isPending,
    options: (list.data ?? []).map((e) => ({ value: e.code, label: `${e.code} · ${e.name}` })),
  };
}

function EntryName({ kind, code }: { kind: CatalogKind; code: unknown }) {
  const { options } = useEntryOptions(kind);
  if (typeof code !== 'string' || !code) return empty;
  return <span>{options.find((o) => o.value === code)?.label ?? `${code}（未找到）`}</span>;
}

export function entrySelect(kind: CatalogKind, extra: string) {
  const Input: CustomInput = ({ name, label }) => {
    const { options, isPending } = useEntryOptions(kind);
    return (
      <Form.Item name={name} label={label} extra={extra}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          loading={isPending}
          options={options}
          placeholder="不关联"
        />
      </Form.Item>
    );
  };
  return { Input, render: (v: unknown) => <EntryName kind={kind} code={v} /> };
}
