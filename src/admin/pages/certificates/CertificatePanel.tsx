// 执法证 of one person (A3): the certificate, its status and annual reviews, and — for the roles that
// manage certificates — registration, status changes (暂扣/吊销) and 年度审验.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { AuditOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { Certificate, PersonDetail } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { categoryLabels, certificateStatusLabels } from '../../lib/labels.ts';
import CertificateEditForm from './CertificateEditForm.tsx';
import CertificateForm from './CertificateForm.tsx';
import CertificateValidity from './CertificateValidity.tsx';
import ReviewForm from './ReviewForm.tsx';

const STATUS_COLORS: Record<string, string> = { valid: 'green', suspended: 'orange', revoked: 'red' };

export default function CertificatePanel({ person }: { person: PersonDetail }) {
  const { can } = useSession();
  const [dialog, setDialog] = useState<'new' | 'edit' | 'review' | null>(null);
  const summary = person.certificate;
  const cert = useQuery({
    queryKey: keys.certificate(summary?.id ?? ''),
    queryFn: () =>
      unwrap(api.GET('/api/v1/certificates/{id}', { params: { path: { id: summary?.id ?? '' } } })),
    enabled: summary !== null,
  });
  const c: Certificate | undefined = cert.data;
  const manage = can('certificates.write');

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      {manage ? (
        <Space>
          <Button
            type={summary ? 'default' : 'primary'}
            icon={<PlusOutlined />}
            onClick={() => setDialog('new')}
          >
            {summary ? '登记新证' : '登记执法证'}
          </Button>
          {c ? (
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
              变更状态 / 修改
            </Button>
          ) : null}
          {c ? (
            <Button icon={<AuditOutlined />} onClick={() => setDialog('review')}>
              年度审验
            </Button>
          ) : null}
        </Space>
      ) : null}
      {!summary ? <Empty description="尚未登记执法证" /> : null}
      {cert.isError ? <Alert type="error" showIcon message={cert.error.message} /> : null}
      {c ? (
        <>
          <Descriptions
            bordered
            size="small"
            column={2}
            styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
            items={[
              { key: 'number', label: '执法证号', children: <span className="sx-mono">{c.number}</span> },
              { key: 'validity', label: '证件状态', children: <CertificateValidity summary={c} /> },
              {
                key: 'status',
                label: '登记状态',
                children: (
                  <Tag color={STATUS_COLORS[c.status]}>{certificateStatusLabels[c.status] ?? c.status}</Tag>
                ),
              },
              { key: 'region', label: '执法区域', children: c.region },
              {
                key: 'categories',
                label: '执法类别',
                span: 2,
                children: c.categories.map((k) => <Tag key={k}>{categoryLabels[k]}</Tag>),
              },
              { key: 'issuer', label: '发证机关', span: 2, children: c.issuer || '—' },
              { key: 'issuedOn', label: '发证日期', children: c.issuedOn },
              { key: 'expiresOn', label: '有效期至', children: c.expiresOn },
            ]}
          />
          <div>
            <Typography.Title level={5}>年度审验</Typography.Title>
            <Table
              size="small"
              rowKey="year"
              pagination={false}
              dataSource={[...c.reviews].sort((a, b) => b.year - a.year)}
              locale={{ emptyText: '暂无审验记录' }}
              columns={[
                { title: '年度', dataIndex: 'year', width: 80 },
                {
                  title: '结果',
                  dataIndex: 'passed',
                  width: 90,
                  render: (ok: boolean) =>
                    ok ? <Tag color="success">合格</Tag> : <Tag color="error">不合格</Tag>,
                },
                { title: '审验日期', dataIndex: 'reviewedOn', width: 120 },
                { title: '备注', dataIndex: 'note', render: (n: string) => n || '—' },
              ]}
            />
          </div>
        </>
      ) : null}
      {dialog === 'new' ? <CertificateForm person={person} onClose={() => setDialog(null)} /> : null}
      {dialog === 'edit' && c ? <CertificateEditForm cert={c} onClose={() => setDialog(null)} /> : null}
      {dialog === 'review' && c ? <ReviewForm cert={c} onClose={() => setDialog(null)} /> : null}
    </Space>
  );
}
