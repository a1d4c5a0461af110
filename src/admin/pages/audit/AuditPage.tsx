// 审计日志 (H3), for the audit administrator: the hash-chained ledger, newest first, filtered on the
// server and paged backwards by sequence number; plus a one-click verification of the whole chain. Each
// entry reads as the server's event catalogue words it — the event in Chinese, the object by its name or
// number, what happened — and 详情 opens what is stored.
import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Grid, Space, Tag, Typography } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import type { AuditEntry } from '../../api/types.ts';
import { formatTime } from '../../lib/format.ts';
import AuditEntryDetails from './AuditEntryDetails.tsx';
import AuditFilters, { type AuditFilterValues } from './AuditFilters.tsx';
import LedgerVerifyButton from './LedgerVerifyButton.tsx';

const PAGE = 50;

/** Refusals and lockouts stand out; reads and exports of data are marked for attention. */
function eventColor(code: string): string {
  if (code.endsWith('failed') || code === 'auth.account_locked') return 'error';
  if (/personal|export|viewed|downloaded/.test(code)) return 'orange';
  return 'blue';
}

const detailsText = (e: AuditEntry) => e.details.map((d) => `${d.label}：${d.value}`).join('；') || '—';

function EventTag({ entry: e }: { entry: AuditEntry }) {
  return (
    <Tag color={eventColor(e.action)} bordered={false}>
      {e.label}
    </Tag>
  );
}

function EntityText({ entry: e }: { entry: AuditEntry }) {
  return (
    <span>
      <Typography.Text type="secondary">{e.entityLabel}</Typography.Text>{' '}
      {e.entityName ?? <span className="sx-mono">{e.entityId?.slice(0, 10) ?? ''}</span>}
    </span>
  );
}

export default function AuditPage() {
  // On a phone each entry is one stacked cell instead of seven columns.
  const narrow = !Grid.useBreakpoint().md;
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [opened, setOpened] = useState<number[]>([]);
  const toggle = (seq: number) =>
    setOpened((o) => (o.includes(seq) ? o.filter((s) => s !== seq) : [...o, seq]));
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

  const open: ProColumns<AuditEntry> = {
    title: '',
    key: 'open',
    width: 64,
    render: (_, e) => (
      <Button type="link" size="small" onClick={() => toggle(e.seq)}>
        {opened.includes(e.seq) ? '收起' : '详情'}
      </Button>
    ),
  };
  const columns: ProColumns<AuditEntry>[] = narrow
    ? [
        {
          title: '记录',
          key: 'entry',
          render: (_, e) => (
            <Space direction="vertical" size={2}>
              <Space size={4} wrap>
                <EventTag entry={e} />
                <Typography.Text type="secondary">
                  {formatTime(e.at)} · {e.actorName}
                </Typography.Text>
              </Space>
              <EntityText entry={e} />
              <span>{detailsText(e)}</span>
            </Space>
          ),
        },
        open,
      ]
    : [
        { title: '序号', dataIndex: 'seq', width: 64, align: 'right' },
        { title: '时间', dataIndex: 'at', width: 165, render: (_, e) => formatTime(e.at) },
        { title: '操作人', dataIndex: 'actorName', width: 110 },
        { title: '事件', dataIndex: 'label', width: 150, render: (_, e) => <EventTag entry={e} /> },
        { title: '对象', dataIndex: 'entityName', width: 200, render: (_, e) => <EntityText entry={e} /> },
        { title: '内容', dataIndex: 'details', ellipsis: true, render: (_, e) => detailsText(e) },
        open,
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
      scroll={narrow ? undefined : { x: 900 }}
      options={{ reload: () => void log.refetch(), density: true, setting: true }}
      expandable={{
        expandedRowKeys: opened,
        showExpandColumn: false,
        expandedRowRender: (e) => <AuditEntryDetails entry={e} />,
      }}
      toolbar={{
        multipleLine: true,
        filter: <AuditFilters onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))} />,
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
