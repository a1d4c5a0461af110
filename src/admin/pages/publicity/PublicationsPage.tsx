// E3–E8 执法决定公开: the publisher's and the approvers' lists — drafts by deadline (due soon, overdue),
// items in approval, published items (with any withdrawal owed), withdrawn, not published.
import { Card, Segmented, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { errorText } from '../../lib/errors.ts';
import { STATUS_LABELS, usePublications, type PublicationItem } from './api.ts';

const VIEWS = [
  { value: 'draft,approved', label: '待办草稿' },
  { value: 'in_approval', label: '审批中' },
  { value: 'published', label: '已公开' },
  { value: 'withdrawn,cancelled', label: '撤回' },
  { value: 'not_published', label: '不予公开' },
  { value: 'expired', label: '公示期满' },
];

export function TimelinessTag({ p }: { p: Pick<PublicationItem, 'timeliness'> }) {
  const { publication, withdrawal } = p.timeliness;
  if (withdrawal === 'overdue') return <Tag color="red">撤回已超期</Tag>;
  if (withdrawal === 'soon') return <Tag color="orange">撤回即将到期</Tag>;
  if (publication === 'overdue') return <Tag color="red">已超期</Tag>;
  if (publication === 'soon') return <Tag color="orange">即将到期</Tag>;
  return null;
}

export default function PublicationsPage() {
  const [params, setParams] = useSearchParams();
  const view = params.get('view') ?? VIEWS[0]!.value;
  const q = usePublications(view);
  return (
    <Card
      size="small"
      title="执法决定公开"
      extra={<Typography.Text type="secondary">行政处罚、行政许可决定 7 个工作日内公开</Typography.Text>}
    >
      <Segmented
        options={VIEWS}
        value={view}
        onChange={(v) => setParams({ view: String(v) })}
        style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
      />
      {q.isError ? <Typography.Text type="danger">{errorText(q.error)}</Typography.Text> : null}
      <Table<PublicationItem>
        size="small"
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 720 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '没有此类公开信息' }}
        columns={[
          {
            title: '文号 / 案由',
            key: 'title',
            render: (_, p) => (
              <Link to={`/publicity/publications/${p.id}`}>
                {p.summary.documentNumber || p.summary.cause}
              </Link>
            ),
          },
          { title: '当事人', key: 'party', render: (_, p) => p.summary.partyName },
          { title: '类别', key: 'cat', width: 90, render: (_, p) => p.summary.category },
          { title: '决定日期', dataIndex: 'decidedOn', width: 110 },
          {
            title: '公开期限',
            key: 'due',
            width: 190,
            render: (_, p) => (
              <>
                {p.withdrawalDue && !p.withdrawnOn ? `撤回 ${p.withdrawalDue}` : p.due}{' '}
                <TimelinessTag p={p} />
              </>
            ),
          },
          {
            title: '状态',
            key: 'status',
            width: 100,
            render: (_, p) => <Tag>{STATUS_LABELS[p.status] ?? p.status}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
