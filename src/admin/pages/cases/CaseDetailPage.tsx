// 案件详情 (C1–C5): the case at a glance — code, cause, stage, kind, version — with the next steps the
// user may take, and tabs for the timeline, deadlines, parties, evidence, documents and linked cases.
import { Alert, Breadcrumb, Button, Card, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { errorText } from '../../lib/errors.ts';
import { useCase, useCaseMeta, type CaseDetail } from './api.ts';
import { StateTag } from './CaseTable.tsx';
import DeadlinesTable from './DeadlinesTable.tsx';
import DocumentsPanel from './DocumentsPanel.tsx';
import DueTag from './DueTag.tsx';
import EvidencePanel from './EvidencePanel.tsx';
import LinkedCasesPanel from './LinkedCasesPanel.tsx';
import NextSteps from './NextSteps.tsx';
import PartiesPanel from './PartiesPanel.tsx';
import RecordsPanel from './RecordsPanel.tsx';
import SectionTabs from './SectionTabs.tsx';
import TimelinePanel from './TimelinePanel.tsx';
import './cases.css';

interface StoredBasis {
  itemCode: string;
  itemName: string;
  violated: { display: string }[];
  applied: { display: string }[];
  lawDate: string;
}

/** 执法事项 and the articles the documents quote (C1), or what is still missing. */
function basisItems(c: CaseDetail) {
  if (c.kind !== 'penalty') return [];
  const b = (c.record as { legalBasis?: StoredBasis | null }).legalBasis;
  if (!b)
    return [
      {
        key: 'item',
        label: '执法事项',
        span: 'filled' as const,
        children: <Typography.Text type="warning">未确定（立案前须确定执法事项）</Typography.Text>,
      },
    ];
  const list = (l: { display: string }[]) => l.map((x) => x.display).join('、') || '—';
  return [
    { key: 'item', label: '执法事项', span: 'filled' as const, children: b.itemName },
    {
      key: 'violated',
      label: `违反（${b.lawDate}施行）`,
      span: 'filled' as const,
      children: list(b.violated),
    },
    { key: 'applied', label: '处罚依据', span: 'filled' as const, children: list(b.applied) },
  ];
}

function Header({ c }: { c: CaseDetail }) {
  const next = c.deadlines.filter((d) => d.status === 'open').sort((a, b) => a.due.localeCompare(b.due))[0];
  return (
    <Descriptions
      className="sx-case-header"
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        { key: 'party', label: '当事人', children: c.partyName },
        { key: 'kind', label: '类别', children: `${c.kindLabel} · ${c.fieldLabel}` },
        { key: 'opened', label: '受理日期', children: c.openedOn },
        { key: 'source', label: '案件来源', children: c.source },
        { key: 'place', label: '地点', children: c.place || '—' },
        {
          key: 'due',
          label: '最近期限',
          children: next ? <DueTag due={next.due} level={next.level} label={next.label} /> : '—',
        },
        { key: 'summary', label: '基本情况', span: 'filled', children: c.summary || '—' },
        ...basisItems(c),
      ]}
    />
  );
}

export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { can } = useSession();
  const meta = useCaseMeta();
  const q = useCase(id);
  // The open tab is in the URL, so a link (or the back button) returns to it.
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'timeline';

  if (q.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (q.isError) {
    const missing = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? '案件不存在或无权查看' : '无法加载案件'}
        subTitle={errorText(q.error)}
        extra={<Button onClick={() => void navigate('/cases')}>返回案件工作台</Button>}
      />
    );
  }
  const c = q.data;
  const fromInspection = c.kind === 'inspection' && can('cases.handle');

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/cases">案件工作台</Link> }, { title: c.code }]} />
      <Card
        size="small"
        className="sx-case-title-card"
        title={
          <Space wrap size={8}>
            <span className="sx-mono" style={{ fontSize: 15 }}>
              {c.code}
            </span>
            <Typography.Text strong style={{ fontSize: 15 }}>
              {c.cause}
            </Typography.Text>
            <span data-testid="case-state">
              <StateTag label={c.stateLabel} finished={c.finished} />
            </span>
            <Tag bordered={false}>{c.kindLabel}</Tag>
          </Space>
        }
        extra={
          <Space size={8}>
            <Typography.Text type="secondary">第 {c.version} 版</Typography.Text>
            <Button
              size="small"
              icon={<ReloadOutlined />}
              loading={q.isFetching}
              onClick={() => void q.refetch()}
            >
              刷新
            </Button>
          </Space>
        }
      >
        <Header c={c} />
      </Card>
      <Card size="small" title="下一步">
        <NextSteps c={c} meta={meta.data} />
        {fromInspection ? (
          <Button
            style={{ marginTop: 12 }}
            icon={<PlusOutlined />}
            onClick={() => void navigate(`/cases/new?from=${c.id}`)}
          >
            依据本次检查登记处罚案件
          </Button>
        ) : null}
      </Card>
      {meta.isError ? <Alert type="error" showIcon message={errorText(meta.error)} /> : null}
      <Card size="small">
        <SectionTabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          items={[
            { key: 'timeline', label: '办理进程', children: <TimelinePanel c={c} /> },
            { key: 'deadlines', label: '期限', children: <DeadlinesTable c={c} /> },
            {
              key: 'parties',
              label: `当事人（${c.parties.length}）`,
              children: <PartiesPanel c={c} />,
            },
            {
              key: 'evidence',
              label: `证据（${c.evidence.length}）`,
              children: <EvidencePanel c={c} meta={meta.data} />,
            },
            { key: 'records', label: '音像记录', children: <RecordsPanel c={c} /> },
            {
              key: 'documents',
              label: `文书（${c.documents.length}）`,
              children: <DocumentsPanel c={c} />,
            },
            {
              key: 'linked',
              label: `关联案件（${c.linkedCases.length}）`,
              children: <LinkedCasesPanel c={c} meta={meta.data} />,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
