// 期限: every statutory period of the case — running, met or replaced — with its legal basis.
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import type { CaseDeadline, CaseDetail } from './api.ts';
import DueTag from './DueTag.tsx';
import { dueLevelLabels } from './labels.ts';

const statusLabels: Record<string, string> = {
  open: '计算中',
  met: '已履行',
  replaced: '已重新计算',
  cancelled: '已终止',
};
const unitLabels: Record<string, string> = {
  working_days: '个工作日',
  calendar_days: '日',
  days: '日',
  months: '个月',
};

type Row = CaseDeadline;

export default function DeadlinesTable({ c }: { c: CaseDetail }) {
  const columns: ColumnsType<Row> = [
    {
      title: '期限',
      dataIndex: 'label',
      render: (_, d) => (
        <>
          {d.label}
          {d.provisionalYear !== null ? (
            <Tooltip title={`期限跨入尚未录入节假日安排的 ${d.provisionalYear} 年，届满日为最早可能日期`}>
              <Tag color="warning" bordered={false} style={{ marginInlineStart: 6 }}>
                暂定
              </Tag>
            </Tooltip>
          ) : null}
        </>
      ),
    },
    { title: '起算日', dataIndex: 'from', width: 104 },
    {
      title: '届满日',
      dataIndex: 'due',
      width: 190,
      render: (_, d) =>
        d.status === 'open' ? (
          <DueTag due={d.due} level={d.level} label={d.level ? dueLevelLabels[d.level] : null} />
        ) : (
          d.due
        ),
    },
    {
      title: '规则',
      dataIndex: 'rule',
      width: 104,
      render: (_, d) => `${d.rule.n} ${unitLabels[d.rule.unit] ?? d.rule.unit}`,
    },
    {
      title: '不计入（日）',
      dataIndex: 'pausedDays',
      width: 96,
      align: 'right',
      render: (_, d) => d.pausedDays || '—',
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 150,
      render: (_, d) => (
        <>
          {statusLabels[d.status] ?? d.status}
          {d.closedOn ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              （{d.closedOn}）
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: '依据', dataIndex: 'citation', width: 240 },
  ];
  return (
    <Table<Row>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={c.deadlines}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: '本案尚无法定期限（立案、告知、决定等环节会产生期限）' }}
    />
  );
}
