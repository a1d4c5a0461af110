// 执法人员 (A3–A4): the roster, filtered on the server and paged by cursor (the list can be provincial
// in size), with import/export of the Excel roster agencies already keep.
import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Input, Select, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client.ts';
import { keys, useBodyOptions, useUnits } from '../../api/queries.ts';
import type { PersonListItem } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { downloadFile } from '../../lib/download.ts';
import { errorText } from '../../lib/errors.ts';
import { categoryLabels, genderLabels } from '../../lib/labels.ts';
import CertificateValidity from '../certificates/CertificateValidity.tsx';
import ImportModal from './ImportModal.tsx';
import PersonDrawer from './PersonDrawer.tsx';
import PersonForm from './PersonForm.tsx';
import ActionLink from '../../lib/ActionLink.tsx';

const PAGE = 50;

interface Filters {
  q?: string;
  bodyId?: string;
  unitId?: string;
  reviewer?: 'true' | 'false';
}

export default function PeoplePage() {
  const { can } = useSession();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>({});
  const [openId, setOpenId] = useState<string | null>(null);
  // 'new' for the create form, otherwise the id of the person being edited.
  const [form, setForm] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const bodies = useBodyOptions();
  const units = useUnits(filters.bodyId);
  const multiBody = bodies.options.length > 1;

  const people = useInfiniteQuery({
    queryKey: keys.people(filters),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/people', {
          params: { query: { ...filters, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows = people.data?.pages.flatMap((p) => p.items) ?? [];
  const set = (patch: Filters) => setFilters((f) => ({ ...f, ...patch }));

  const exportRoster = async () => {
    setExporting(true);
    try {
      await downloadFile(
        `/api/v1/people/export${filters.bodyId ? `?bodyId=${filters.bodyId}` : ''}`,
        '执法人员名册.xlsx',
      );
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  };

  const columns: ProColumns<PersonListItem>[] = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 84,
      fixed: 'left',
      render: (_, p) => <ActionLink onClick={() => setOpenId(p.id)}>{p.name}</ActionLink>,
    },
    {
      title: '性别',
      dataIndex: 'gender',
      width: 56,
      align: 'center',
      render: (_, p) => genderLabels[p.gender],
    },
    {
      title: '所属主体',
      dataIndex: 'bodyName',
      key: 'bodyName',
      width: 180,
      ellipsis: true,
      hideInTable: !multiBody,
    },
    { title: '科室', dataIndex: 'unitName', width: 120, ellipsis: true, render: (_, p) => p.unitName ?? '—' },
    { title: '职务', dataIndex: 'post', width: 110, ellipsis: true, render: (_, p) => p.post || '—' },
    {
      title: '执法证号',
      dataIndex: ['certificate', 'number'],
      width: 116,
      render: (_, p) => <span className="sx-mono">{p.certificate?.number ?? '—'}</span>,
    },
    {
      title: '执法类别',
      dataIndex: ['certificate', 'categories'],
      width: 210,
      render: (_, p) =>
        p.certificate ? (
          <Space size={2} wrap>
            {p.certificate.categories.map((c) => (
              <Tag key={c} bordered={false} style={{ marginInlineEnd: 0 }}>
                {categoryLabels[c]}
              </Tag>
            ))}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: '证件状态',
      dataIndex: ['certificate', 'valid'],
      width: 190,
      render: (_, p) => <CertificateValidity summary={p.certificate} />,
    },
    {
      title: '法制审核人员',
      dataIndex: 'isReviewer',
      width: 116,
      align: 'center',
      render: (_, p) =>
        p.isReviewer ? <Tag color="purple">是</Tag> : <Typography.Text type="secondary">否</Typography.Text>,
    },
    {
      title: '操作',
      valueType: 'option',
      width: 100,
      fixed: 'right',
      render: (_, p) => [
        <ActionLink key="view" onClick={() => setOpenId(p.id)}>
          详情
        </ActionLink>,
        can('people.write') ? (
          <ActionLink key="edit" onClick={() => setForm(p.id)}>
            修改
          </ActionLink>
        ) : null,
      ],
    },
  ];

  return (
    <>
      <ProTable<PersonListItem>
        headerTitle="执法人员"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={people.isFetching && !people.isFetchingNextPage}
        search={false}
        pagination={false}
        scroll={{ x: 1100 }}
        // The body column is in the column settings but off by default: the spec's columns fit a laptop.
        columnsState={{ defaultValue: { bodyName: { show: false } } }}
        options={{ reload: () => void people.refetch(), density: true, setting: true }}
        toolbar={{
          multipleLine: true,
          filter: (
            <Space wrap size={8}>
              <Input.Search
                allowClear
                placeholder="姓名或执法证号"
                aria-label="姓名或执法证号"
                style={{ width: 200 }}
                onSearch={(v) => set({ q: v.trim() || undefined })}
              />
              {multiBody ? (
                <Select
                  allowClear
                  placeholder="执法主体"
                  aria-label="执法主体"
                  style={{ width: 220 }}
                  options={bodies.options}
                  value={filters.bodyId}
                  onChange={(v: string | undefined) => set({ bodyId: v, unitId: undefined })}
                  showSearch
                  optionFilterProp="label"
                />
              ) : null}
              <Select
                allowClear
                placeholder="科室"
                aria-label="科室"
                style={{ width: 160 }}
                value={filters.unitId}
                onChange={(v: string | undefined) => set({ unitId: v })}
                options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
              <Select
                allowClear
                placeholder="法制审核人员"
                aria-label="法制审核人员"
                style={{ width: 140 }}
                value={filters.reviewer}
                onChange={(v: Filters['reviewer']) => set({ reviewer: v })}
                options={[
                  { value: 'true', label: '仅法制审核人员' },
                  { value: 'false', label: '非法制审核人员' },
                ]}
              />
            </Space>
          ),
        }}
        toolBarRender={() => [
          can('people.write') ? (
            <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setForm('new')}>
              新增人员
            </Button>
          ) : null,
          can('people.write') ? (
            <Button key="import" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              导入
            </Button>
          ) : null,
          can('people.export') ? (
            <Button
              key="export"
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void exportRoster()}
            >
              导出
            </Button>
          ) : null,
        ]}
        footer={() => (
          <Space style={{ width: '100%', justifyContent: 'center' }}>
            <Typography.Text type="secondary">已加载 {rows.length} 人</Typography.Text>
            {people.hasNextPage ? (
              <Button
                size="small"
                onClick={() => void people.fetchNextPage()}
                loading={people.isFetchingNextPage}
              >
                加载更多
              </Button>
            ) : rows.length > 0 ? (
              <Typography.Text type="secondary">· 已全部加载</Typography.Text>
            ) : null}
          </Space>
        )}
      />
      {openId ? (
        <PersonDrawer id={openId} onClose={() => setOpenId(null)} onEdit={() => setForm(openId)} />
      ) : null}
      {form ? (
        <PersonForm
          personId={form === 'new' ? null : form}
          defaultBodyId={filters.bodyId}
          onClose={() => setForm(null)}
        />
      ) : null}
      {importing ? <ImportModal defaultBodyId={filters.bodyId} onClose={() => setImporting(false)} /> : null}
    </>
  );
}
