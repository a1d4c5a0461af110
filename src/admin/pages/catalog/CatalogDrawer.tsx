// 清单条目详情: the version in force shown field by field (tiers, steps and conditions as tables and
// sentences, citations as 《…》第X条), and every version with the comparison of any two.
import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Space, Tabs, Tag } from 'antd';
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client.ts';
import { keys, useCatalogVersions } from '../../api/queries.ts';
import type { CatalogEntry } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { formatTime } from '../../lib/format.ts';
import VersionHistory, { plainValue } from '../../lib/VersionHistory.tsx';
import { renderField } from './render.tsx';
import RetireModal from './RetireModal.tsx';
import type { KindConfig } from './spec.ts';

const META_LABELS = { effectiveFrom: '生效日期', retired: '状态' };

/** Two columns, wide items across: a narrow item left alone on its row is stretched to fill it. */
function fillRows<T extends { span: number }>(items: T[]): T[] {
  let col = 0;
  return items.map((it, i) => {
    const next = items[i + 1];
    const span = it.span === 1 && col === 0 && (!next || next.span === 2) ? 2 : it.span;
    col = (col + span) % 2;
    return { ...it, span };
  });
}

/** A catalogue version in the shape VersionHistory compares (the dates and status as fields too). */
const asVersion = (e: CatalogEntry) => ({
  version: e.version,
  at: e.createdAt,
  authorName: e.authorName,
  reason: e.reason,
  data: { ...e.data, effectiveFrom: e.effectiveFrom, retired: e.retired },
});

export default function CatalogDrawer({
  config,
  entry,
  onClose,
  onEdit,
}: {
  config: KindConfig;
  entry: CatalogEntry;
  onClose: () => void;
  onEdit: () => void;
}) {
  const { can } = useSession();
  const [retiring, setRetiring] = useState(false);
  const { kind } = config;
  const versions = useCatalogVersions(kind, entry.code);
  const latest = versions.data?.at(-1);
  const labels = { ...Object.fromEntries(config.fields.map((f) => [f.key, f.label])), ...META_LABELS };
  const writable = can('catalog.write');

  return (
    <Drawer
      open
      width={960}
      onClose={onClose}
      title={
        <Space wrap>
          {entry.name}
          <Tag className="sx-mono">{entry.code}</Tag>
          <Tag color="blue">第 {entry.version} 版</Tag>
        </Space>
      }
      extra={
        writable ? (
          <Space>
            <Button type="primary" icon={<EditOutlined />} disabled={!latest} onClick={onEdit}>
              修改
            </Button>
            <Button
              danger
              icon={<StopOutlined />}
              disabled={!latest || latest.retired}
              onClick={() => setRetiring(true)}
            >
              停用
            </Button>
          </Space>
        ) : null
      }
    >
      {latest && latest.version !== entry.version ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={
            latest.retired
              ? `已登记停用，自 ${latest.effectiveFrom} 起不再执行（第 ${latest.version} 版）`
              : `已有第 ${latest.version} 版，自 ${latest.effectiveFrom} 起生效；下方显示当前有效的第 ${entry.version} 版`
          }
        />
      ) : null}
      <Tabs
        items={[
          {
            key: 'info',
            label: '内容',
            children: (
              <Descriptions
                bordered
                size="small"
                column={2}
                styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
                items={fillRows([
                  ...config.fields.map((f) => ({
                    key: f.key,
                    label: f.label,
                    span: f.wide || f.editor.type === 'custom' || f.editor.type === 'citations' ? 2 : 1,
                    children: renderField(f, entry.data[f.key]),
                  })),
                  { key: 'effectiveFrom', label: '生效日期', span: 1, children: entry.effectiveFrom },
                  {
                    key: 'version',
                    label: '版本',
                    span: 1,
                    children: `第 ${entry.version} 版（${entry.authorName}，${formatTime(entry.createdAt)}）`,
                  },
                  { key: 'reason', label: '修改理由', span: 2, children: entry.reason },
                ])}
              />
            ),
          },
          {
            key: 'versions',
            label: `历史版本${versions.data ? `（${versions.data.length}）` : ''}`,
            children: (
              <VersionHistory
                queryKey={[...keys.catalogVersions(kind, entry.code), 'compare']}
                load={async () =>
                  (
                    await unwrap(
                      api.GET('/api/v1/catalog/{kind}/{code}/versions', {
                        params: { path: { kind, code: entry.code } },
                      }),
                    )
                  ).map(asVersion)
                }
                labels={labels}
                render={(field, v, other) => {
                  if (field === 'retired') return v ? <Tag color="red">已停用</Tag> : '有效';
                  const spec = config.fields.find((f) => f.key === field);
                  return spec ? renderField(spec, v, { other }) : plainValue(v);
                }}
              />
            ),
          },
        ]}
      />
      {retiring && latest ? (
        <RetireModal kind={kind} latest={latest} onClose={() => setRetiring(false)} />
      ) : null}
    </Drawer>
  );
}
