// 法律依据库 (B2): the laws, regulations and rules the catalogues cite, one row per document showing the
// version in force, with 立改废 status; each amendment is a new version with its own dates and articles.
import { useMemo, useState } from 'react';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Input, Select, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useLegalDocuments } from '../../api/queries.ts';
import type { LegalDocument } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import ActionLink from '../../lib/ActionLink.tsx';
import {
  currentVersion,
  groupByCode,
  lawStatus,
  lawStatusColors,
  type LawRow,
} from '../../lib/citations.tsx';
import { lawLevelLabels, lawLevelOptions } from '../../lib/labels.ts';
import LegalDocDrawer from './LegalDocDrawer.tsx';
import LegalDocForm from './LegalDocForm.tsx';

export default function LegalLibraryPage() {
  const { can } = useSession();
  const docs = useLegalDocuments();
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<LegalDocument['level'] | undefined>();
  const [openCode, setOpenCode] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const rows = useMemo<LawRow[]>(
    () =>
      [...groupByCode(docs.data ?? [])].flatMap(([code, versions]) => {
        const current = currentVersion(versions);
        return current ? [{ code, current, versions, status: lawStatus(current, versions) }] : [];
      }),
    [docs.data],
  );
  const shown = rows.filter(
    (r) =>
      (!level || r.current.level === level) &&
      (!q || r.current.title.includes(q) || r.current.docNumber.includes(q) || r.code.includes(q)),
  );
  const open = rows.find((r) => r.code === openCode);

  const columns: ProColumns<LawRow>[] = [
    {
      title: '效力级别',
      key: 'level',
      width: 110,
      render: (_, r) => <Tag bordered={false}>{lawLevelLabels[r.current.level]}</Tag>,
    },
    {
      title: '名称',
      key: 'title',
      ellipsis: true,
      render: (_, r) => <ActionLink onClick={() => setOpenCode(r.code)}>《{r.current.title}》</ActionLink>,
    },
    { title: '制定机关', key: 'issuer', width: 170, ellipsis: true, render: (_, r) => r.current.issuer },
    {
      title: '文号',
      key: 'docNumber',
      width: 180,
      ellipsis: true,
      render: (_, r) => r.current.docNumber || '—',
    },
    { title: '施行日期', key: 'effectiveOn', width: 100, render: (_, r) => r.current.effectiveOn },
    {
      title: '状态',
      key: 'status',
      width: 90,
      render: (_, r) => <Tag color={lawStatusColors[r.status]}>{r.status}</Tag>,
    },
    {
      title: '版本',
      key: 'versions',
      width: 60,
      align: 'center',
      render: (_, r) => r.versions.length,
    },
    {
      title: '条文',
      key: 'articles',
      width: 130,
      render: (_, r) => {
        const pending = r.current.articles.filter((a) => a.needsReview).length;
        return (
          <span style={{ whiteSpace: 'nowrap' }}>
            {r.current.articles.length} 条
            {pending ? (
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                （{pending} 条待核对）
              </Typography.Text>
            ) : null}
          </span>
        );
      },
    },
    {
      title: '操作',
      valueType: 'option',
      width: 56,
      render: (_, r) => [
        <ActionLink key="view" onClick={() => setOpenCode(r.code)}>
          条文
        </ActionLink>,
      ],
    },
  ];

  return (
    <>
      <ProTable<LawRow>
        headerTitle="法律依据库"
        tooltip="清单和裁量基准引用的法律、法规、规章；修订后录入新版本，引用按决定日期适用当时有效的版本"
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={shown}
        loading={docs.isFetching}
        search={false}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 部` }}
        options={{ reload: () => void docs.refetch(), density: true, setting: true }}
        toolBarRender={() => [
          <Select
            key="level"
            allowClear
            placeholder="效力级别"
            aria-label="效力级别"
            style={{ width: 140 }}
            options={lawLevelOptions}
            value={level}
            onChange={setLevel}
          />,
          <Input.Search
            key="q"
            allowClear
            placeholder="名称或文号"
            aria-label="搜索法律文件"
            style={{ width: 220 }}
            onSearch={(v) => setQ(v.trim())}
          />,
          can('catalog.write') ? (
            <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              新增法律文件
            </Button>
          ) : null,
        ]}
        onRow={(r) => ({ onDoubleClick: () => setOpenCode(r.code) })}
      />
      {open ? <LegalDocDrawer row={open} onClose={() => setOpenCode(null)} /> : null}
      {adding ? (
        <LegalDocForm onClose={() => setAdding(false)} onSaved={(code) => setOpenCode(code)} />
      ) : null}
    </>
  );
}
