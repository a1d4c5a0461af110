// 审计日志 (H3), for the audit administrator: the hash-chained ledger, newest first, filtered on the
// server and paged backwards by sequence number; plus a one-click verification of the whole chain.
import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, DatePicker, Input, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import type { AuditEntry } from '../../api/types.ts';
import { formatTime, toIsoDate } from '../../lib/format.ts';
import { auditActionLabels, entityTypeLabels } from '../../lib/labels.ts';
import LedgerVerifyButton from './LedgerVerifyButton.tsx';
import { payloadSummary } from './payload.ts';

const PAGE = 50;

interface Filters {
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
}

const ACTION_OPTIONS = [
  ...[
    ['auth.', '登录与会话（全部）'],
    ['body.', '执法主体（全部）'],
    ['person.', '人员（全部）'],
    ['certificate.', '执法证（全部）'],
    ['user.', '账号（全部）'],
  ].map(([value, label]) => ({ value: value ?? '', label: label ?? '' })),
  ...Object.entries(auditActionLabels).map(([value, label]) => ({ value, label: `${label}（${value}）` })),
];

export default function AuditPage() {
  const [filters, setFilters] = useState<Filters>({});
  const set = (patch: Filters) => setFilters((f) => ({ ...f, ...patch }));
  const log = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/audit', {
          params: { query: { ...filters, limit: PAGE, ...(pageParam ? { beforeSeq: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextBeforeSeq,
  });
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];

  const columns: ProColumns<AuditEntry>[] = [
    { title: '序号', dataIndex: 'seq', width: 70, align: 'right' },
    { title: '时间', dataIndex: 'at', width: 160, render: (_, e) => formatTime(e.at) },
    { title: '操作人', dataIndex: 'actorName', width: 110 },
    {
      title: 'IP',
      dataIndex: 'ip',
      width: 120,
      render: (_, e) => <span className="sx-mono">{e.ip ?? '—'}</span>,
    },
    {
      title: '操作',
      dataIndex: 'action',
      width: 130,
      render: (_, e) => (
        <Tag
          color={
            e.action.endsWith('failed') || e.action === 'auth.account_locked'
              ? 'error'
              : e.action.includes('personal') || e.action.includes('export')
                ? 'orange'
                : 'blue'
          }
          bordered={false}
        >
          {auditActionLabels[e.action] ?? e.action}
        </Tag>
      ),
    },
    {
      title: '对象',
      dataIndex: 'entityType',
      width: 150,
      render: (_, e) => (
        <span>
          {entityTypeLabels[e.entityType] ?? e.entityType}
          {e.entityId ? (
            <Typography.Text type="secondary" className="sx-mono">
              {' '}
              {e.entityId.slice(0, 8)}
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    { title: '详情', dataIndex: 'payload', ellipsis: true, render: (_, e) => payloadSummary(e.payload) },
  ];

  return (
    <ProTable<AuditEntry>
      headerTitle="审计日志"
      tooltip="登录、失败登录、个人信息查看、数据变更与导出均记入哈希链账本，不可修改或删除"
      rowKey="seq"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={log.isFetching && !log.isFetchingNextPage}
      search={false}
      pagination={false}
      options={{ reload: () => void log.refetch(), density: true, setting: true }}
      expandable={{
        expandedRowRender: (e) => (
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              对象标识：<span className="sx-mono">{e.entityId ?? '—'}</span>
            </Typography.Text>
            <Typography.Text type="secondary">
              记录哈希：<span className="sx-mono">{e.hash}</span>
            </Typography.Text>
            <pre className="sx-pre sx-mono">{JSON.stringify(e.payload, null, 2)}</pre>
          </Space>
        ),
      }}
      toolbar={{
        multipleLine: true,
        filter: (
          <Space wrap size={8}>
            <Select
              allowClear
              showSearch
              placeholder="操作类型"
              aria-label="操作类型"
              style={{ width: 230 }}
              options={ACTION_OPTIONS}
              optionFilterProp="label"
              value={filters.action}
              onChange={(v: string | undefined) => set({ action: v })}
            />
            <Input.Search
              allowClear
              placeholder="操作人"
              aria-label="操作人"
              style={{ width: 150 }}
              onSearch={(v) => set({ actor: v.trim() || undefined })}
            />
            <DatePicker.RangePicker
              aria-label="时间范围"
              onChange={(r: [Dayjs | null, Dayjs | null] | null) =>
                set({ from: toIsoDate(r?.[0]) ?? undefined, to: toIsoDate(r?.[1]) ?? undefined })
              }
            />
          </Space>
        ),
      }}
      toolBarRender={() => [<LedgerVerifyButton key="verify" />]}
      footer={() => (
        <Space style={{ width: '100%', justifyContent: 'center' }}>
          <Typography.Text type="secondary">已加载 {rows.length} 条</Typography.Text>
          {log.hasNextPage ? (
            <Button size="small" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
              加载更多
            </Button>
          ) : rows.length > 0 ? (
            <Typography.Text type="secondary">· 已全部加载</Typography.Text>
          ) : null}
        </Space>
      )}
    />
  );
}
