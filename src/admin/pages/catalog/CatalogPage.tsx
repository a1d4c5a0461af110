// 清单管理 (B1, B3–B8): one screen for every catalogue kind, its columns and fields from pages/catalog/kinds.
// The list shows the versions in force on a date (today by default); write actions need catalog.write.
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { App, Button, DatePicker, Input, Result, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useCatalog } from '../../api/queries.ts';
import type { CatalogEntry } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import ActionLink from '../../lib/ActionLink.tsx';
import { downloadFile } from '../../lib/download.ts';
import { errorText } from '../../lib/errors.ts';
import { toIsoDate } from '../../lib/format.ts';
import CatalogDrawer from './CatalogDrawer.tsx';
import CatalogForm from './CatalogForm.tsx';
import CatalogImportModal from './CatalogImportModal.tsx';
import { isCatalogKind, KINDS } from './kinds/index.ts';
import type { KindConfig } from './spec.ts';

function CatalogList({ config }: { config: KindConfig }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [date, setDate] = useState<Dayjs | null>(null);
  const [openCode, setOpenCode] = useState<string | null>(null);
  // 'new' for the create form, otherwise the code being edited.
  const [editing, setEditing] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const writable = can('catalog.write');
  const filters = { ...(q ? { q } : {}), ...(date ? { date: toIsoDate(date)! } : {}) };
  const list = useCatalog(config.kind, filters);
  const open = list.data?.find((e) => e.code === openCode);

  const exportList = async () => {
    setExporting(true);
    try {
      await downloadFile(`/api/v1/catalog/${config.kind}/export`, `${config.title}.xlsx`);
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<CatalogEntry>[] = [
    {
      title: config.codeLabel,
      dataIndex: 'code',
      width: 130,
      render: (_, e) => <span className="sx-mono">{e.code}</span>,
    },
    {
      title: '名称',
      dataIndex: 'name',
      ellipsis: true,
      render: (_, e) => <ActionLink onClick={() => setOpenCode(e.code)}>{e.name}</ActionLink>,
    },
    ...config.columns,
    {
      title: '版本',
      dataIndex: 'version',
      width: 70,
      align: 'center',
      render: (_, e) => `第 ${e.version} 版`,
    },
    { title: '生效日期', dataIndex: 'effectiveFrom', width: 100 },
    {
      title: '操作',
      valueType: 'option',
      width: writable ? 90 : 56,
      fixed: 'right',
      render: (_, e) => [
        <ActionLink key="view" onClick={() => setOpenCode(e.code)}>
          详情
        </ActionLink>,
        writable ? (
          <ActionLink key="edit" onClick={() => setEditing(e.code)}>
            修改
          </ActionLink>
        ) : null,
      ],
    },
  ];

  return (
    <>
      <ProTable<CatalogEntry>
        headerTitle={config.title}
        tooltip={config.tooltip}
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isFetching}
        search={false}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (t) => `共 ${t} 条` }}
        options={{ reload: () => void list.refetch(), density: true, setting: true }}
        toolBarRender={() => [
          <Input.Search
            key="q"
            allowClear
            placeholder="搜索名称或编码"
            aria-label="搜索名称或编码"
            style={{ width: 220 }}
            onSearch={(v) => setQ(v.trim())}
          />,
          <DatePicker
            key="date"
            value={date}
            onChange={setDate}
            placeholder="今日有效的版本"
            aria-label="有效日期"
            style={{ width: 160 }}
          />,
          writable ? (
            <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              新建
            </Button>
          ) : null,
          writable ? (
            <Button key="import" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              导入
            </Button>
          ) : null,
          <Button
            key="export"
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => void exportList()}
          >
            导出
          </Button>,
        ]}
        tableAlertRender={false}
        onRow={(e) => ({ onDoubleClick: () => setOpenCode(e.code) })}
      />
      {date ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          当前显示 {toIsoDate(date)} 当日有效的版本。
        </Typography.Text>
      ) : null}
      {open ? (
        <CatalogDrawer
          config={config}
          entry={open}
          onClose={() => setOpenCode(null)}
          onEdit={() => setEditing(open.code)}
        />
      ) : null}
      {editing ? (
        <CatalogForm
          config={config}
          code={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(e) => setOpenCode(e.code)}
        />
      ) : null}
      {importing ? <CatalogImportModal config={config} onClose={() => setImporting(false)} /> : null}
    </>
  );
}

export default function CatalogPage() {
  const { kind } = useParams();
  if (!isCatalogKind(kind))
    return <Result status="404" title="没有这种清单" subTitle="请从左侧菜单选择清单。" />;
  return <CatalogList key={kind} config={KINDS[kind]} />;
}
