// The audit log's filters, all applied by the server: one event of the catalogue (grouped by the DOMAIN
// part it belongs to), the acting person, the object (a case by its number, a person by name, …) and a
// date range in Beijing time.
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { toIsoDate } from '../../lib/format.ts';

export interface AuditFilterValues {
  event?: string;
  actor?: string;
  entityType?: string;
  entity?: string;
  from?: string;
  to?: string;
}

// The parts of shared/spec/DOMAIN.md, by the letter of an event's DOMAIN id.
const DOMAIN_PARTS: Record<string, string> = {
  A: '执法主体与人员',
  B: '清单与法律依据',
  C: '案件办理与全过程记录',
  D: '法制审核',
  E: '执法公示',
  F: '双随机抽查',
  G: '执法监督',
  H: '账号、权限与平台',
};

export function useAuditCatalogue() {
  return useQuery({
    queryKey: ['audit-events'],
    queryFn: () => unwrap(api.GET('/api/v1/audit/events')),
    staleTime: Infinity,
  });
}

export default function AuditFilters({ onChange }: { onChange: (patch: AuditFilterValues) => void }) {
  const catalogue = useAuditCatalogue();
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const e of catalogue.data?.events ?? []) {
    const part = DOMAIN_PARTS[e.domain.charAt(0)] ?? '其他';
    groups.set(part, [...(groups.get(part) ?? []), { value: e.code, label: e.label }]);
  }
  const entityTypes = (catalogue.data?.entityTypes ?? [])
    .filter((t) => t.searchable)
    .map((t) => ({ value: t.value, label: t.label }));

  return (
    <Space wrap size={8}>
      <Select
        allowClear
        showSearch
        placeholder="事件"
        aria-label="事件"
        style={{ width: 220 }}
        loading={catalogue.isLoading}
        options={[...groups].map(([label, options]) => ({ label, options }))}
        optionFilterProp="label"
        onChange={(v: string | undefined) => onChange({ event: v })}
      />
      <Input.Search
        allowClear
        placeholder="操作人"
        aria-label="操作人"
        style={{ width: 140 }}
        onSearch={(v) => onChange({ actor: v.trim() || undefined })}
      />
      <Space.Compact>
        <Select
          allowClear
          placeholder="对象类型"
          aria-label="对象类型"
          style={{ width: 110 }}
          options={entityTypes}
          onChange={(v: string | undefined) => onChange({ entityType: v })}
        />
        <Input.Search
          allowClear
          placeholder="案号、姓名或证号"
          aria-label="对象"
          style={{ width: 200 }}
          onSearch={(v) => onChange({ entity: v.trim() || undefined })}
        />
      </Space.Compact>
      <DatePicker.RangePicker
        aria-label="日期范围"
        onChange={(r: [Dayjs | null, Dayjs | null] | null) =>
          onChange({ from: toIsoDate(r?.[0]) ?? undefined, to: toIsoDate(r?.[1]) ?? undefined })
        }
      />
    </Space>
  );
}
