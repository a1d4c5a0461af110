// 当事人: parties, witnesses and agents of the case, and the officers handling it. The case's officers may
// add a witness or an agent while it is open (a further 当事人 only before 告知 or the decision — the
// server says which roles in `partyActions`) and correct anyone's details with a reason; each
// correction stays listed under the person with what it changed.
import { useState } from 'react';
import { Button, Descriptions, List, Space, Tag, Typography } from 'antd';
import { EditOutlined, UserAddOutlined } from '@ant-design/icons';
import type { CaseDetail, CaseParty } from './api.ts';
import { partyFieldLabels, partyRoleColors, partyRoleLabels, partyTypeLabels } from './labels.ts';
import PartyEditModal from './PartyEditModal.tsx';

interface Correction {
  partyId?: string;
  reason?: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

function Corrections({ c, party }: { c: CaseDetail; party: CaseParty }) {
  const names = new Map(c.parties.map((p) => [p.id, p.name]));
  const show = (field: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '（空）';
    if (typeof v === 'boolean') return v ? '是' : '否';
    const text = typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
    return field === 'representsId' ? (names.get(text) ?? text) : text;
  };
  const events = c.timeline.filter(
    (e) => e.action === 'correct_party' && (e.data as Correction).partyId === party.id,
  );
  if (!events.length) return null;
  return (
    <div>
      {events.map((e) => {
        const d = e.data as Correction;
        return (
          <Typography.Paragraph key={e.seq} type="secondary" style={{ fontSize: 12, marginBottom: 2 }}>
            {e.legalDate} {e.actorName} 更正（{d.reason}）：
            {Object.keys(d.after ?? {})
              .map((f) => `${partyFieldLabels[f] ?? f} ${show(f, d.before?.[f])} → ${show(f, d.after?.[f])}`)
              .join('；')}
          </Typography.Paragraph>
        );
      })}
    </div>
  );
}

export default function PartiesPanel({ c }: { c: CaseDetail }) {
  // null: closed; 'new': adding; a party: correcting it.
  const [editing, setEditing] = useState<CaseParty | 'new' | null>(null);
  const names = new Map(c.parties.map((p) => [p.id, p.name]));
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {c.partyActions.add.length > 0 ? (
        <Button icon={<UserAddOutlined />} onClick={() => setEditing('new')}>
          {c.partyActions.add.includes('party') ? '添加当事人/证人/代理人' : '添加证人/代理人'}
        </Button>
      ) : null}
      <List
        bordered
        dataSource={c.parties}
        renderItem={(p) => (
          <List.Item
            actions={
              c.partyActions.correct
                ? [
                    <Button
                      key="correct"
                      size="small"
                      type="link"
                      icon={<EditOutlined />}
                      onClick={() => setEditing(p)}
                    >
                      更正
                    </Button>,
                  ]
                : []
            }
          >
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap size={6}>
                <Tag color={partyRoleColors[p.role] ?? 'default'} bordered={false}>
                  {partyRoleLabels[p.role] ?? p.role}
                </Tag>
                <Typography.Text strong>{p.name}</Typography.Text>
                <Typography.Text type="secondary">{partyTypeLabels[p.type] ?? p.type}</Typography.Text>
                {p.minor ? <Tag color="warning">未成年人</Tag> : null}
                {p.representsId ? (
                  <Typography.Text type="secondary">代理：{names.get(p.representsId) ?? '—'}</Typography.Text>
                ) : null}
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
              <Corrections c={c} party={p} />
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
      {editing ? (
        <PartyEditModal
          key={editing === 'new' ? 'new' : editing.id}
          c={c}
          party={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Space>
  );
}
