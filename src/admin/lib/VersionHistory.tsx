// 历史版本 and their comparison. Every saved state is kept by the server with its reason and author;
// here the user picks two and sees field by field what changed, changed rows highlighted.
import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import type { Version } from '../api/types.ts';
import { formatTime } from './format.ts';

// Bookkeeping fields that change on every save and say nothing about the record.
const HIDDEN = new Set(['id', 'version', 'updatedAt', 'createdAt', 'path']);

interface Props {
  queryKey: readonly unknown[];
  load: () => Promise<Version[]>;
  labels: Record<string, string>;
  /**
   * Renders a stored value (ids to names, booleans to 是/否); defaults to plain text. `other` is the
   * same field in the other version, so a list can mark the items that differ.
   */
  render?: (field: string, value: unknown, other: unknown) => ReactNode;
}

export function plainValue(value: unknown): ReactNode {
  if (value === null || value === undefined || value === '')
    return <Typography.Text type="secondary">（空）</Typography.Text>;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return <span className="sx-mono">{JSON.stringify(value)}</span>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export default function VersionHistory({ queryKey, load, labels, render = (_f, v) => plainValue(v) }: Props) {
  const versions = useQuery({ queryKey, queryFn: load });
  const [picked, setPicked] = useState<number[]>([]);
  const list = versions.data ?? [];
  // Default comparison: the two latest versions, which is what a reviewer usually asks about.
  const pair = picked.length === 2 ? [...picked].sort((a, b) => a - b) : list.slice(-2).map((v) => v.version);
  const [older, newer] = pair.map((n) => list.find((v) => v.version === n));

  if (versions.isError) return <Alert type="error" showIcon message={versions.error.message} />;
  if (!versions.isPending && list.length === 0)
    return <Empty description="暂无历史版本（初始数据未经修改）" />;

  const fields =
    older && newer
      ? [...new Set([...Object.keys(older.data), ...Object.keys(newer.data)])].filter((f) => !HIDDEN.has(f))
      : [];
  const rows = fields
    .map((f) => ({
      field: f,
      a: older?.data[f],
      b: newer?.data[f],
      changed: !same(older?.data[f], newer?.data[f]),
    }))
    .sort((x, y) => Number(y.changed) - Number(x.changed));
  const changedCount = rows.filter((r) => r.changed).length;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Table<Version>
        size="small"
        rowKey="version"
        loading={versions.isPending}
        dataSource={[...list].reverse()}
        pagination={false}
        rowSelection={{
          selectedRowKeys: picked,
          onChange: (keys) => setPicked((keys as number[]).slice(-2)),
          columnTitle: <span style={{ whiteSpace: 'nowrap' }}>对比</span>,
          columnWidth: 56,
        }}
        columns={[
          { title: '版本', dataIndex: 'version', width: 60, render: (v: number) => `第 ${v} 版` },
          { title: '时间', dataIndex: 'at', width: 150, render: (v: string) => formatTime(v) },
          { title: '修改人', dataIndex: 'authorName', width: 100 },
          { title: '修改理由', dataIndex: 'reason' },
        ]}
      />
      {older && newer && older !== newer ? (
        <>
          <Space>
            <Typography.Text strong>
              第 {older.version} 版 → 第 {newer.version} 版
            </Typography.Text>
            <Tag color={changedCount ? 'orange' : 'default'}>
              {changedCount ? `${changedCount} 项变化` : '无变化'}
            </Tag>
            {picked.length > 0 ? (
              <Button size="small" type="link" onClick={() => setPicked([])}>
                恢复默认（最近两版）
              </Button>
            ) : null}
          </Space>
          <Table
            size="small"
            rowKey="field"
            pagination={false}
            dataSource={rows}
            rowClassName={(r) => (r.changed ? 'sx-changed' : '')}
            columns={[
              { title: '字段', dataIndex: 'field', width: 140, render: (f: string) => labels[f] ?? f },
              {
                title: `第 ${older.version} 版`,
                dataIndex: 'a',
                render: (v: unknown, r) => render(r.field, v, r.b),
              },
              {
                title: `第 ${newer.version} 版`,
                dataIndex: 'b',
                render: (v: unknown, r) => render(r.field, v, r.a),
              },
            ]}
          />
        </>
      ) : list.length === 1 ? (
        <Typography.Text type="secondary">
          仅有一个版本记录，暂无可对比内容。有两个以上版本时，可勾选任意两个进行对比。
        </Typography.Text>
      ) : null}
    </Space>
  );
}
