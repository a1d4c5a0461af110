// 案件工作台 (C1–C4, G2): the officer's cases, their unit's, or — for roles that see every case of the
// body — all of them, nearest deadline first; and a 期限提醒 tab of what is overdue or due soon.
// Filters live in the URL so returning from a case restores the list as it was; 导出 Excel downloads
// the list (or the deadlines shown) with those same filters, unpaged.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Badge, Button, Card, Input, Segmented, Select, Space } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { seesAllCases } from '../../../modules/cases/visibility.ts';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { downloadFile } from '../../lib/download.ts';
import { errorText } from '../../lib/errors.ts';
import { caseKeys, useCaseMeta, type CaseListQuery, type Status, type View } from './api.ts';
import CaseTable from './CaseTable.tsx';
import DeadlinesPanel from './DeadlinesPanel.tsx';
import { statusOptions, viewLabels } from './labels.ts';
import './cases.css';

type Tab = View | 'deadlines';
const STATUSES = new Set<string>(statusOptions.map((o) => o.value));

export default function CasesPage() {
  const { me, can } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const meta = useCaseMeta();
  const [params, setParams] = useSearchParams();
  const wide = seesAllCases(me.roles);
  const views: View[] = wide ? ['mine', 'unit', 'all'] : ['mine', 'unit'];
  // Officers start on their own cases; the head, the legal unit and the archive on the whole body.
  const defaultView: View = can('cases.handle') || !wide ? 'mine' : 'all';
  const tabParam = params.get('tab');
  const tab: Tab =
    tabParam === 'deadlines' || views.includes(tabParam as View) ? (tabParam as Tab) : defaultView;
  const view: View = tab === 'deadlines' ? ((params.get('dview') as View | null) ?? defaultView) : tab;
  const statusParam = params.get('status') ?? 'open';
  const status = (STATUSES.has(statusParam) ? statusParam : 'open') as Status;
  const kind = params.get('kind') ?? undefined;
  const q = params.get('q') ?? undefined;

  const set = (patch: Record<string, string | undefined>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(patch)) {
          if (v === undefined || v === '') next.delete(k);
          else next.set(k, v);
        }
        return next;
      },
      { replace: true },
    );

  const deadlines = useQuery({
    queryKey: caseKeys.deadlines(view),
    queryFn: () =>
      unwrap(api.GET('/api/v1/deadlines', { params: { query: { view, status: 'open', limit: 500 } } })),
  });
  const urgentCount = (deadlines.data ?? []).filter((d) => d.level !== 'open').length;

  const query: Omit<CaseListQuery, 'cursor' | 'limit'> = {
    view,
    status,
    ...(kind ? { kind: kind as CaseListQuery['kind'] } : {}),
    ...(q ? { q } : {}),
  };

  const exportXlsx = async (
    path: string,
    filters: Record<string, string | undefined>,
    fallbackName: string,
  ) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v !== undefined) search.set(k, v);
    setExporting(true);
    try {
      await downloadFile(`${path}?${search.toString()}`, fallbackName);
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      setExporting(false);
    }
  };
  const exportButton = (onClick: () => Promise<void>) => (
    <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void onClick()}>
      导出 Excel
    </Button>
  );

  const tabList = [
    ...views.map((v) => ({ key: v, label: viewLabels[v] })),
    {
      key: 'deadlines',
      label: (
        <Space size={6}>
          期限提醒
          <Badge count={urgentCount} size="small" overflowCount={99} />
        </Space>
      ),
    },
  ];

  return (
    <Card
      title="案件工作台"
      size="small"
      tabList={tabList}
      activeTabKey={tab}
      onTabChange={(k) => set({ tab: k })}
      tabProps={{ size: 'middle' }}
      extra={
        can('cases.handle') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/cases/new')}>
            登记案件
          </Button>
        ) : null
      }
    >
      {tab === 'deadlines' ? (
        <>
          <Space wrap size={8} style={{ marginBottom: 12 }}>
            {views.length > 1 ? (
              <Segmented<View>
                value={view}
                onChange={(v) => set({ dview: v })}
                options={views.map((v) => ({ value: v, label: viewLabels[v] }))}
              />
            ) : null}
            {/* The table shows what is overdue or due soon: status=due_soon is exactly that set. */}
            {exportButton(() =>
              exportXlsx('/api/v1/deadlines/export.xlsx', { view, status: 'due_soon' }, '办案期限.xlsx'),
            )}
          </Space>
          <DeadlinesPanel deadlines={deadlines.data ?? []} error={deadlines.error} />
        </>
      ) : (
        <>
          <Space wrap size={8} style={{ marginBottom: 12 }}>
            <Segmented<Status>
              aria-label="办理状态"
              value={status}
              onChange={(v) => set({ status: v })}
              options={statusOptions}
            />
            <Select
              allowClear
              placeholder="案件类别"
              aria-label="案件类别"
              style={{ width: 140 }}
              value={kind}
              onChange={(v: string | undefined) => set({ kind: v })}
              options={(meta.data?.kinds ?? []).map((k) => ({ value: k.value, label: k.label }))}
            />
            <Input.Search
              allowClear
              defaultValue={q}
              placeholder="案件编号、案由或当事人"
              aria-label="搜索案件"
              style={{ width: 240 }}
              onSearch={(v) => set({ q: v.trim() || undefined })}
            />
            {exportButton(() => exportXlsx('/api/v1/cases/export.xlsx', query, '案件清单.xlsx'))}
          </Space>
          <CaseTable query={query} />
        </>
      )}
    </Card>
  );
}
