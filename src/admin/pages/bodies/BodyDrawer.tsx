// 执法主体详情: every A1 field, the delegation (委托执法) with its agreement document, the reviewer
// ratio indicator, and the version history with comparison.
import { useState } from 'react';
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
import { EditOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client.ts';
import { keys, useBodies } from '../../api/queries.ts';
import type { Body } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { authorityText, bodyFieldLabels, levelLabels, type AuthorityKind } from '../../lib/labels.ts';
import { formatTime } from '../../lib/format.ts';
import VersionHistory, { plainValue } from '../../lib/VersionHistory.tsx';
import BodyForm from './BodyForm.tsx';
import DelegationSection from './DelegationSection.tsx';
import ReviewerIndicator from './ReviewerIndicator.tsx';

const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);

function infoItems(b: Body, parentName: string | null): DescriptionsProps['items'] {
  return [
    { key: 'name', label: '名称', span: 2, children: b.name },
    { key: 'shortName', label: '简称', children: b.shortName },
    { key: 'level', label: '层级', children: levelLabels[b.level] },
    {
      key: 'creditCode',
      label: '统一社会信用代码',
      children: <span className="sx-mono">{b.creditCode}</span>,
    },
    { key: 'nature', label: '性质', children: b.nature },
    { key: 'bodyType', label: '主体类型', children: b.bodyType },
    { key: 'authorityKinds', label: '主管部门类型', children: authorityText(b.authorityKinds) },
    { key: 'fundingSource', label: '经费来源', children: dash(b.fundingSource) },
    { key: 'staffing', label: '编制', children: `${b.staffing} 人` },
    { key: 'legalRepresentative', label: '法定代表人', children: b.legalRepresentative },
    { key: 'complaintPhone', label: '投诉电话', children: dash(b.complaintPhone) },
    { key: 'parent', label: '上级主体', children: dash(parentName) },
    { key: 'address', label: '地址', span: 2, children: dash(b.address) },
    {
      key: 'duties',
      label: '职责',
      span: 2,
      children: (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          {dash(b.duties)}
        </Typography.Paragraph>
      ),
    },
    { key: 'version', label: '当前版本', children: `第 ${b.version} 版` },
    { key: 'updatedAt', label: '更新时间', children: formatTime(b.updatedAt) },
  ];
}

export default function BodyDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const body = useQuery({
    queryKey: keys.body(id),
    queryFn: () => unwrap(api.GET('/api/v1/bodies/{id}', { params: { path: { id } } })),
  });
  const all = useBodies();
  const nameOf = (bid: unknown) =>
    all.data?.find((x) => x.id === bid)?.name ?? (typeof bid === 'string' ? bid : null);
  const b = body.data;

  return (
    <Drawer
      open
      width={860}
      onClose={onClose}
      title={
        b ? (
          <Space>
            {b.name}
            <Tag color="blue">{b.nature}</Tag>
          </Space>
        ) : (
          '执法主体详情'
        )
      }
      loading={body.isPending}
      extra={
        b && can('bodies.write') ? (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            修改
          </Button>
        ) : null
      }
    >
      {body.isError ? <Alert type="error" showIcon message={body.error.message} /> : null}
      {b ? (
        <Tabs
          items={[
            {
              key: 'info',
              label: '基本信息',
              children: (
                <Space direction="vertical" size={20} style={{ width: '100%' }}>
                  <Descriptions
                    bordered
                    size="small"
                    column={2}
                    styles={{ label: { width: 150, whiteSpace: 'nowrap' } }}
                    items={infoItems(b, nameOf(b.parentId))}
                  />
                  <DelegationSection body={b} delegatorName={nameOf(b.delegatedById)} />
                  <div>
                    <Typography.Title level={5}>法制审核人员配备比例</Typography.Title>
                    <ReviewerIndicator bodyId={b.id} />
                  </div>
                </Space>
              ),
            },
            {
              key: 'versions',
              label: '历史版本',
              children: (
                <VersionHistory
                  queryKey={keys.bodyVersions(id)}
                  load={() => unwrap(api.GET('/api/v1/bodies/{id}/versions', { params: { path: { id } } }))}
                  labels={bodyFieldLabels}
                  render={(field, v) =>
                    field === 'delegatedById' || field === 'parentId'
                      ? plainValue(v ? nameOf(v) : null)
                      : field === 'level' && typeof v === 'string'
                        ? plainValue(levelLabels[v as keyof typeof levelLabels] ?? v)
                        : field === 'authorityKinds' && Array.isArray(v)
                          ? plainValue(authorityText(v as AuthorityKind[]))
                          : plainValue(v)
                  }
                />
              ),
            },
          ]}
        />
      ) : null}
      {editing && b ? <BodyForm mode="edit" body={b} onClose={() => setEditing(false)} /> : null}
    </Drawer>
  );
}
