// 执法主体 (A1): the bodies in the user's data scope, searchable, each opening a detail drawer.
import { useState } from 'react';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Input, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useBodies } from '../../api/queries.ts';
import type { Body } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { levelLabels } from '../../lib/labels.ts';
import BodyDrawer from './BodyDrawer.tsx';
import BodyForm from './BodyForm.tsx';
import ActionLink from '../../lib/ActionLink.tsx';

export default function BodiesPage() {
  const { can } = useSession();
  const [q, setQ] = useState('');
  const bodies = useBodies(q);
  const all = useBodies();
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const nameOf = (id: string | null) => all.data?.find((b) => b.id === id)?.name ?? null;

  const columns: ProColumns<Body>[] = [
    {
      title: '名称',
      dataIndex: 'name',
      ellipsis: true,
      render: (_, b) => <ActionLink onClick={() => setOpenId(b.id)}>{b.name}</ActionLink>,
    },
    { title: '层级', dataIndex: 'level', width: 90, render: (_, b) => levelLabels[b.level] },
    {
      title: '性质',
      dataIndex: 'nature',
      width: 130,
      render: (_, b) => (
        <Tag color={b.nature === '受委托组织' ? 'purple' : b.nature === '行政机关' ? 'blue' : 'cyan'}>
          {b.nature}
        </Tag>
      ),
    },
    { title: '统一社会信用代码', dataIndex: 'creditCode', width: 190, copyable: true },
    { title: '法定代表人', dataIndex: 'legalRepresentative', width: 100 },
    { title: '投诉电话', dataIndex: 'complaintPhone', width: 120 },
    {
      title: '委托机关',
      dataIndex: 'delegatedById',
      width: 170,
      ellipsis: true,
      render: (_, b) => nameOf(b.delegatedById) ?? '—',
    },
    {
      title: '操作',
      valueType: 'option',
      width: 70,
      render: (_, b) => [
        <ActionLink key="view" onClick={() => setOpenId(b.id)}>
          详情
        </ActionLink>,
      ],
    },
  ];

  return (
    <>
      <ProTable<Body>
        headerTitle="执法主体"
        tooltip="本机构及下级执法主体；受委托组织须登记委托机关、委托范围、期限和委托协议"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={bodies.data ?? []}
        loading={bodies.isFetching}
        search={false}
        pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (t) => `共 ${t} 个主体` }}
        options={{ reload: () => void bodies.refetch(), density: true, setting: true }}
        toolBarRender={() => [
          <Input.Search
            key="q"
            allowClear
            placeholder="搜索名称或统一社会信用代码"
            aria-label="搜索执法主体"
            style={{ width: 280 }}
            onSearch={(v) => setQ(v.trim())}
          />,
          can('bodies.write') ? (
            <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建下级主体
            </Button>
          ) : null,
        ]}
        onRow={(b) => ({ onDoubleClick: () => setOpenId(b.id) })}
      />
      {openId ? <BodyDrawer id={openId} onClose={() => setOpenId(null)} /> : null}
      {creating ? (
        <BodyForm mode="create" onClose={() => setCreating(false)} onSaved={(b) => setOpenId(b.id)} />
      ) : null}
    </>
  );
}
