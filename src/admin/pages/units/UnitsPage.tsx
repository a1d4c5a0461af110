// 科室 (A2): internal units of one body — the handling units (承办机构), the legal review unit (法制审核
// 机构), the office that publishes. Cases and reviews are routed by unit kind, so the kind matters.
import { useState } from 'react';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useBodyOptions, useUnits } from '../../api/queries.ts';
import type { Unit } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { unitKindLabels } from '../../lib/labels.ts';
import UnitForm from './UnitForm.tsx';
import ActionLink from '../../lib/ActionLink.tsx';

const KIND_COLORS: Record<Unit['kind'], string> = {
  handling: 'blue',
  legal: 'purple',
  office: 'cyan',
  licensing: 'green',
  other: 'default',
};

export default function UnitsPage() {
  const { me, can } = useSession();
  const [bodyId, setBodyId] = useState(me.bodyId);
  const bodies = useBodyOptions();
  const units = useUnits(bodyId);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);

  const columns: ProColumns<Unit>[] = [
    { title: '科室名称', dataIndex: 'name' },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 180,
      render: (_, u) => <Tag color={KIND_COLORS[u.kind]}>{unitKindLabels[u.kind]}</Tag>,
    },
    { title: '联系电话', dataIndex: 'phone', width: 160, render: (_, u) => u.phone || '—' },
    { title: '版本', dataIndex: 'version', width: 70, align: 'center' },
    {
      title: '操作',
      valueType: 'option',
      width: 90,
      hideInTable: !can('bodies.write'),
      render: (_, u) => [
        <ActionLink key="edit" onClick={() => setEditing(u)}>
          修改
        </ActionLink>,
      ],
    },
  ];

  return (
    <>
      <ProTable<Unit>
        headerTitle={
          <Space>
            <span>科室</span>
            <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
              所属执法主体
            </Typography.Text>
            <Select
              aria-label="所属执法主体"
              style={{ width: 300 }}
              value={bodyId}
              options={bodies.options}
              loading={bodies.isPending}
              onChange={setBodyId}
              showSearch
              optionFilterProp="label"
            />
          </Space>
        }
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={units.data ?? []}
        loading={units.isFetching}
        search={false}
        pagination={false}
        options={{ reload: () => void units.refetch(), density: true, setting: false }}
        toolBarRender={() => [
          can('bodies.write') ? (
            <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              新建科室
            </Button>
          ) : null,
        ]}
      />
      {editing ? (
        <UnitForm
          bodyId={bodyId}
          unit={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
