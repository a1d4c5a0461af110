// 期限提醒 (G2): the open deadlines that are overdue or due soon in the chosen view, each linked to its
// case, and the reminders the daily job raised in the last week.
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, List, Space, Table, Typography } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import { caseKeys, type OpenDeadline } from './api.ts';
import DueTag from './DueTag.tsx';
import { dueLevelLabels } from './labels.ts';

export default function DeadlinesPanel({ deadlines, error }: { deadlines: OpenDeadline[]; error: unknown }) {
  const since = dayjs().subtract(7, 'day').format('YYYY-MM-DD');
  const reminders = useQuery({
    queryKey: caseKeys.reminders(since),
    queryFn: () => unwrap(api.GET('/api/v1/reminders', { params: { query: { since } } })),
  });
  const urgent = deadlines.filter((d) => d.level !== 'open');
  const columns: ColumnsType<OpenDeadline> = [
    {
      title: '案件编号',
      dataIndex: 'caseCode',
      width: 116,
      render: (_, d) => (
        <Link to={`/cases/${d.caseId}`} className="sx-mono">
          {d.caseCode}
        </Link>
      ),
    },
    { title: '案由', dataIndex: 'cause', ellipsis: true },
    { title: '当事人', dataIndex: 'partyName', width: 160, ellipsis: true },
    { title: '期限', dataIndex: 'label', ellipsis: true },
    {
      title: '到期日',
      dataIndex: 'due',
      width: 190,
      render: (_, d) => <DueTag due={d.due} level={d.level} label={dueLevelLabels[d.level]} />,
    },
    { title: '依据', dataIndex: 'citation', width: 220, ellipsis: true },
    { title: '主办人', dataIndex: 'leadOfficerName', width: 84 },
  ];
  return (
    <>
      {error ? <Alert type="error" showIcon message={errorText(error)} style={{ marginBottom: 12 }} /> : null}
      <Table<OpenDeadline>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={urgent}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: '没有已逾期或即将到期的期限' }}
      />
      <Typography.Title level={5} style={{ margin: '20px 0 8px' }}>
        近 7 日系统提醒
      </Typography.Title>
      {reminders.isError ? (
        <Alert type="error" showIcon message={errorText(reminders.error)} />
      ) : (reminders.data ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无提醒" />
      ) : (
        <List
          size="small"
          bordered
          dataSource={reminders.data}
          renderItem={(r) => (
            <List.Item>
              <Space size={12} wrap>
                <span>{r.raisedOn}</span>
                <Link to={`/cases/${r.caseId}`} className="sx-mono">
                  {r.caseCode}
                </Link>
                <span>{r.cause}</span>
              </Space>
              <DueTag due={r.due} level={r.level} label={dueLevelLabels[r.level]} />
            </List.Item>
          )}
        />
      )}
    </>
  );
}
