// 人员详情. ID number and phone are personal information: the server sends them only to roles allowed
// to read them (and records each read in the audit log); everyone else sees that they are withheld.
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Space,
  Tabs,
  Tag,
  Typography,
  type DescriptionsProps,
} from 'antd';
import { EditOutlined, LockOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client.ts';
import { keys, useUnits } from '../../api/queries.ts';
import type { PersonDetail } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { genderLabels, personFieldLabels } from '../../lib/labels.ts';
import VersionHistory, { plainValue } from '../../lib/VersionHistory.tsx';
import CertificatePanel from '../certificates/CertificatePanel.tsx';

const withheld = (
  <Typography.Text type="secondary">
    <LockOutlined /> 无权查看
  </Typography.Text>
);

function items(p: PersonDetail): DescriptionsProps['items'] {
  const personal = (v: string | null) => (p.personalDataVisible ? (v ?? '—') : withheld);
  const yes = (b: boolean) => (b ? <Tag color="purple">是</Tag> : '否');
  return [
    { key: 'name', label: '姓名', children: p.name },
    { key: 'gender', label: '性别', children: genderLabels[p.gender] },
    { key: 'body', label: '所属主体', children: p.bodyName },
    { key: 'unit', label: '科室', children: p.unitName ?? '—' },
    { key: 'post', label: '职务', children: p.post || '—' },
    {
      key: 'active',
      label: '在岗状态',
      children: p.active ? <Tag color="success">在岗</Tag> : <Tag>不在岗</Tag>,
    },
    { key: 'idNumber', label: '身份证号', children: <span className="sx-mono">{personal(p.idNumber)}</span> },
    { key: 'phone', label: '手机号', children: personal(p.phone) },
    { key: 'isReviewer', label: '法制审核人员', children: yes(p.isReviewer) },
    { key: 'isLegalCounsel', label: '法律顾问', children: yes(p.isLegalCounsel) },
    { key: 'lq', label: '法律职业资格证号', span: 2, children: p.legalQualificationNo ?? '—' },
    { key: 'version', label: '当前版本', children: `第 ${p.version} 版` },
  ];
}

export default function PersonDrawer({
  id,
  onClose,
  onEdit,
}: {
  id: string;
  onClose: () => void;
  onEdit: () => void;
}) {
  const { can } = useSession();
  const person = useQuery({
    queryKey: keys.person(id),
    queryFn: () => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } })),
  });
  const units = useUnits(person.data?.bodyId);
  const p = person.data;
  const unitName = (v: unknown) => units.data?.find((u) => u.id === v)?.name ?? v;

  return (
    <Drawer
      open
      width={820}
      onClose={onClose}
      loading={person.isPending}
      title={
        p ? (
          <Space>
            {p.name}
            {p.isReviewer ? <Tag color="purple">法制审核人员</Tag> : null}
          </Space>
        ) : (
          '人员详情'
        )
      }
      extra={
        p && can('people.write') ? (
          <Button type="primary" icon={<EditOutlined />} onClick={onEdit}>
            修改
          </Button>
        ) : null
      }
    >
      {person.isError ? <Alert type="error" showIcon message={person.error.message} /> : null}
      {p ? (
        <Tabs
          items={[
            {
              key: 'info',
              label: '基本信息',
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Descriptions
                    bordered
                    size="small"
                    column={2}
                    styles={{ label: { width: 140, whiteSpace: 'nowrap' } }}
                    items={items(p)}
                  />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {p.personalDataVisible
                      ? '身份证号、手机号属个人信息，本次查看已记入审计日志。'
                      : '身份证号、手机号属个人信息，仅对授权角色显示。'}
                  </Typography.Text>
                </Space>
              ),
            },
            { key: 'cert', label: '执法证', children: <CertificatePanel person={p} /> },
            {
              key: 'versions',
              label: '历史版本',
              children: (
                <VersionHistory
                  queryKey={keys.personVersions(id)}
                  load={() => unwrap(api.GET('/api/v1/people/{id}/versions', { params: { path: { id } } }))}
                  labels={personFieldLabels}
                  render={(field, v) =>
                    field === 'unitId'
                      ? plainValue(v ? unitName(v) : null)
                      : field === 'gender' && (v === 'male' || v === 'female')
                        ? genderLabels[v]
                        : plainValue(v)
                  }
                />
              ),
            },
          ]}
        />
      ) : null}
    </Drawer>
  );
}
