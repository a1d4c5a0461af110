// The case list of one view and filter: nearest deadline first (the server's order), paged by keyset
// cursor with "加载更多" so a unit with thousands of cases still opens at once. On a phone the rows are
// cards (case number, party, stage and nearest deadline), as a table there would hide the last two.
import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Grid, List, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import { caseKeys, type CaseListItem, type CaseListQuery } from './api.ts';
import DueTag from './DueTag.tsx';

const PAGE = 20;

export function StateTag({ label, finished }: { label: string; finished: boolean }) {
  return (
    <Tag color={finished ? 'default' : 'processing'} bordered={false} style={{ marginInlineEnd: 0 }}>
      {label}
    </Tag>
  );
}

function CaseCard({ c }: { c: CaseListItem }) {
  return (
    <List.Item className="sx-case-card" data-testid="case-card">
      <Link to={`/cases/${c.id}`} className="sx-case-card-link">
        <div className="sx-case-card-top">
          <span className="sx-mono">{c.code}</span>
          <StateTag label={c.stateLabel} finished={c.finished} />
        </div>
        <div className="sx-case-card-party">{c.partyName || '（未填写当事人）'}</div>
        <div className="sx-case-card-cause">
          {c.kindLabel} · {c.cause}
        </div>
        <div className="sx-case-card-due">
          {c.nextDue ? (
            <DueTag
              due={c.nextDue}
              level={c.dueLevel}
              label={c.nextDueLabel}
              provisional={c.nextDueProvisional}
            />
          ) : (
            <span className="sx-case-card-due-label">暂无办理期限</span>
          )}
          {c.nextDueLabel ? <span className="sx-case-card-due-label">{c.nextDueLabel}</span> : null}
        </div>
      </Link>
    </List.Item>
  );
}

export default function CaseTable({ query }: { query: Omit<CaseListQuery, 'cursor' | 'limit'> }) {
  const narrow = Grid.useBreakpoint().md === false;
  const cases = useInfiniteQuery({
    queryKey: caseKeys.list(query),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/cases', {
          params: { query: { ...query, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows = cases.data?.pages.flatMap((p) => p.items) ?? [];

  const columns: ColumnsType<CaseListItem> = [
    {
      title: '案件编号',
      dataIndex: 'code',
      width: 116,
      render: (_, c) => (
        <Link to={`/cases/${c.id}`} className="sx-mono">
          {c.code}
        </Link>
      ),
    },
    { title: '案由', dataIndex: 'cause', ellipsis: true },
    { title: '当事人', dataIndex: 'partyName', width: 180, ellipsis: true },
    { title: '类别', dataIndex: 'kindLabel', width: 90 },
    {
      title: '当前环节',
      dataIndex: 'stateLabel',
      width: 150,
      render: (_, c) => <StateTag label={c.stateLabel} finished={c.finished} />,
    },
    { title: '主办人', dataIndex: 'leadOfficerName', width: 84 },
    {
      title: '最近期限',
      dataIndex: 'nextDue',
      width: 190,
      render: (_, c) => (
        <DueTag
          due={c.nextDue}
          level={c.dueLevel}
          label={c.nextDueLabel}
          provisional={c.nextDueProvisional}
        />
      ),
    },
  ];

  const footer = (
    <Space style={{ width: '100%', justifyContent: 'center' }}>
      <Typography.Text type="secondary">已加载 {rows.length} 件</Typography.Text>
      {cases.hasNextPage ? (
        <Button size="small" onClick={() => void cases.fetchNextPage()} loading={cases.isFetchingNextPage}>
          加载更多
        </Button>
      ) : rows.length > 0 ? (
        <Typography.Text type="secondary">· 已全部加载</Typography.Text>
      ) : null}
    </Space>
  );
  const emptyText = cases.isPending ? '正在加载…' : '没有符合条件的案件';

  return (
    <>
      {cases.isError ? (
        <Alert type="error" showIcon message={errorText(cases.error)} style={{ marginBottom: 12 }} />
      ) : null}
      {narrow ? (
        <List<CaseListItem>
          dataSource={rows}
          rowKey="id"
          loading={cases.isFetching && !cases.isFetchingNextPage}
          locale={{ emptyText }}
          renderItem={(c) => <CaseCard c={c} />}
          footer={footer}
        />
      ) : (
        <Table<CaseListItem>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={cases.isFetching && !cases.isFetchingNextPage}
          pagination={false}
          scroll={{ x: 960 }}
          locale={{ emptyText }}
          footer={() => footer}
        />
      )}
    </>
  );
}
