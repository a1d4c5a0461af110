// 法律文件详情: the chosen version (the one in force by default) with its articles — those whose text
// has not been checked against the official text flagged 待核对 — and every version of the document.
import { useState } from 'react';
import { Button, Descriptions, Drawer, Empty, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { LegalDocument } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { lawStatus, lawStatusColors } from '../../lib/citations.tsx';
import { lawLevelLabels } from '../../lib/labels.ts';
import type { LawRow } from '../../lib/citations.tsx';
import LegalDocForm from './LegalDocForm.tsx';

type Article = LegalDocument['articles'][number];

export default function LegalDocDrawer({ row, onClose }: { row: LawRow; onClose: () => void }) {
  const { can } = useSession();
  const [version, setVersion] = useState(row.current.version);
  const [q, setQ] = useState('');
  const [amending, setAmending] = useState(false);
  const doc = row.versions.find((v) => v.version === version) ?? row.current;
  const status = lawStatus(doc, row.versions);
  const articles = doc.articles.filter((a) => !q || a.text.includes(q) || a.number.includes(q));
  const pending = doc.articles.filter((a) => a.needsReview).length;

  return (
    <Drawer
      open
      width={920}
      onClose={onClose}
      title={
        <Space wrap>
          《{doc.title}》<Tag bordered={false}>{lawLevelLabels[doc.level]}</Tag>
          <Tag color={lawStatusColors[status]}>{status}</Tag>
        </Space>
      }
      extra={
        can('catalog.write') ? (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setAmending(true)}>
            录入修订版本
          </Button>
        ) : null
      }
    >
      <Descriptions
        bordered
        size="small"
        column={2}
        styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'issuer', label: '制定机关', children: doc.issuer },
          { key: 'docNumber', label: '文号', children: doc.docNumber || '—' },
          { key: 'promulgatedOn', label: '公布日期', children: doc.promulgatedOn },
          { key: 'effectiveOn', label: '施行日期', children: doc.effectiveOn },
          { key: 'repealedOn', label: '失效日期', children: doc.repealedOn ?? '—' },
          { key: 'scope', label: '适用范围', children: doc.bodyId ? '本机关录入' : '全国通用' },
          { key: 'versionNote', label: '版本说明', span: 2, children: doc.versionNote || '—' },
        ]}
      />
      <Tabs
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'articles',
            label: `条文（${doc.articles.length}${pending ? `，${pending} 条待核对` : ''}）`,
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Input.Search
                  allowClear
                  placeholder="在条文中查找"
                  aria-label="在条文中查找"
                  style={{ width: 280 }}
                  onSearch={(v) => setQ(v.trim())}
                />
                {doc.articles.length === 0 ? (
                  <Empty description="此版本尚未录入条文" />
                ) : (
                  <Table<Article>
                    size="small"
                    rowKey="ordinal"
                    dataSource={articles}
                    pagination={articles.length > 30 ? { pageSize: 30, size: 'small' } : false}
                    rowClassName={(a) => (a.needsReview ? 'sx-review-row' : '')}
                    columns={[
                      {
                        title: '条号',
                        dataIndex: 'number',
                        width: 120,
                        render: (n: string, a) => (
                          <Space direction="vertical" size={2}>
                            <Typography.Text strong>{n}</Typography.Text>
                            {a.needsReview ? <Tag color="warning">待核对</Tag> : null}
                          </Space>
                        ),
                      },
                      {
                        title: '条文',
                        dataIndex: 'text',
                        render: (t: string) => <div style={{ whiteSpace: 'pre-wrap' }}>{t}</div>,
                      },
                    ]}
                  />
                )}
                {pending ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    “待核对”表示条文未与官方文本逐字核对，引用前请对照国家法律法规数据库等权威文本核实。
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            key: 'versions',
            label: `版本（${row.versions.length}）`,
            children: (
              <Table<LegalDocument>
                size="small"
                rowKey="version"
                pagination={false}
                dataSource={[...row.versions].reverse()}
                rowSelection={{
                  type: 'radio',
                  selectedRowKeys: [version],
                  onChange: (keys) => setVersion(Number(keys[0])),
                  columnTitle: '查看',
                }}
                onRow={(v) => ({ onClick: () => setVersion(v.version) })}
                columns={[
                  { title: '版本', dataIndex: 'version', width: 64, render: (v: number) => `第 ${v} 版` },
                  { title: '版本说明', dataIndex: 'versionNote', render: (n: string) => n || '—' },
                  { title: '施行日期', dataIndex: 'effectiveOn', width: 100 },
                  {
                    title: '失效日期',
                    dataIndex: 'repealedOn',
                    width: 100,
                    render: (d: string | null) => d ?? '—',
                  },
                  {
                    title: '状态',
                    key: 'status',
                    width: 90,
                    render: (_: unknown, v) => {
                      const s = lawStatus(v, row.versions);
                      return <Tag color={lawStatusColors[s]}>{s}</Tag>;
                    },
                  },
                  { title: '条文', key: 'n', width: 56, render: (_: unknown, v) => v.articles.length },
                ]}
              />
            ),
          },
        ]}
      />
      {amending ? <LegalDocForm base={row.current} onClose={() => setAmending(false)} /> : null}
    </Drawer>
  );
}
