// 当事人: parties, witnesses and agents of the case, and the officers handling it.
import { Descriptions, List, Space, Tag, Typography } from 'antd';
import type { CaseDetail } from './api.ts';
import { partyRoleColors, partyRoleLabels, partyTypeLabels } from './labels.ts';

export default function PartiesPanel({ c }: { c: CaseDetail }) {
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <List
        bordered
        dataSource={c.parties}
        renderItem={(p) => (
          <List.Item>
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap size={6}>
                <Tag color={partyRoleColors[p.role] ?? 'default'} bordered={false}>
                  {partyRoleLabels[p.role] ?? p.role}
                </Tag>
                <Typography.Text strong>{p.name}</Typography.Text>
                <Typography.Text type="secondary">{partyTypeLabels[p.type] ?? p.type}</Typography.Text>
                {p.minor ? <Tag color="warning">未成年人</Tag> : null}
              </Space>
              <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
                {p.type === 'organisation' ? (
                  <>
                    <Descriptions.Item label="统一社会信用代码">
                      <span className="sx-mono">{p.creditCode ?? '—'}</span>
                    </Descriptions.Item>
                    <Descriptions.Item label="法定代表人">{p.legalRepresentative ?? '—'}</Descriptions.Item>
                  </>
                ) : (
                  <Descriptions.Item label={p.idType ?? '证件号码'}>
                    <span className="sx-mono">{p.idNumber ?? '—'}</span>
                  </Descriptions.Item>
                )}
                <Descriptions.Item label="地址">{p.address || '—'}</Descriptions.Item>
                <Descriptions.Item label="电话">{p.phone || '—'}</Descriptions.Item>
              </Descriptions>
            </Space>
          </List.Item>
        )}
      />
      <div>
        <Typography.Title level={5}>执法人员</Typography.Title>
        <Space wrap>
          {c.officers.map((o) => (
            <Tag key={o.id} color={o.certificateValid ? 'blue' : 'error'} bordered={false}>
              {o.name}
              {o.lead ? '（主办）' : ''} · {o.certificateNo ?? '无执法证'}
              {o.certificateValid ? '' : ' · 证件无效'}
            </Tag>
          ))}
        </Space>
      </div>
    </Space>
  );
}
