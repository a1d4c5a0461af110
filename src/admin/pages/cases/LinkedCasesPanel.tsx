// 关联案件: other cases of the same party (by credit code or ID number) within the user's scope.
import { Table } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { stateLabelOf, type CaseDetail, type CaseMeta } from './api.ts';

type Linked = CaseDetail['linkedCases'][number];

export default function LinkedCasesPanel({ c, meta }: { c: CaseDetail; meta: CaseMeta | undefined }) {
  const kindLabel = (k: string) => meta?.kinds.find((m) => m.value === k)?.label ?? k;
  const columns: ColumnsType<Linked> = [
    {
      title: '案件编号',
      dataIndex: 'code',
      width: 116,
      render: (_, l) => (
        <Link to={`/cases/${l.id}`} className="sx-mono">
          {l.code}
        </Link>
      ),
    },
    { title: '案由', dataIndex: 'cause', ellipsis: true },
    { title: '类别', dataIndex: 'kind', width: 90, render: (_, l) => kindLabel(l.kind) },
    { title: '环节', dataIndex: 'state', width: 150, render: (_, l) => stateLabelOf(meta, l.kind, l.state) },
    { title: '受理日期', dataIndex: 'openedOn', width: 104 },
  ];
  return (
    <Table<Linked>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={c.linkedCases}
      pagination={false}
      locale={{ emptyText: '没有同一当事人的其他案件' }}
    />
  );
}
