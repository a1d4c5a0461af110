// 待办 (A5): each role's landing page — its sections (the officer's next steps, the head's approvals and
// overdue cases, the archivist's closed cases, the announced review and publicity queues), each with its
// count, its items most urgent first, and each item leading to the case or straight to its step.
import { Alert, Badge, Card, Empty, List, Result, Space, Tag, Typography } from 'antd';
import { ClockCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { errorText } from '../../lib/errors.ts';
import DueTag from '../cases/DueTag.tsx';
import { StateTag } from '../cases/CaseTable.tsx';
import { useWorkQueue, type WorkItem, type WorkSection } from './api.ts';
import './work-queue.css';

function ItemRow({ item }: { item: WorkItem }) {
  // A 待公示 item opens its publication; every other item its case.
  const caseUrl = item.publicationId
    ? `/publicity/publications/${item.publicationId}`
    : `/cases/${item.caseId}`;
  return (
    <List.Item className="sx-work-item">
      <div className="sx-work-main">
        <Space size={8} wrap>
          <Link to={caseUrl} className="sx-mono">
            {item.code || item.cause}
          </Link>
          <StateTag label={item.stateLabel} finished={false} />
          {item.waitingFor.map((w) => (
            <Tag key={w} color="gold" bordered={false} icon={<ClockCircleOutlined />}>
              {w}
            </Tag>
          ))}
        </Space>
        <div className="sx-work-party">{item.partyName || '（未填写当事人）'}</div>
        <Typography.Text type="secondary" ellipsis className="sx-work-cause">
          {item.kindLabel} · {item.cause}
        </Typography.Text>
      </div>
      <div className="sx-work-side">
        {item.nextDue ? (
          <DueTag
            due={item.nextDue}
            level={item.dueLevel}
            label={item.nextDueLabel}
            provisional={item.nextDueProvisional}
          />
        ) : null}
        {item.nextDueLabel ? <div className="sx-work-due-label">{item.nextDueLabel}</div> : null}
        {item.steps.length > 0 ? (
          <Space size={6} wrap className="sx-work-steps">
            {item.steps.map((s) => (
              <Link
                key={s.type}
                to={`${caseUrl}?step=${encodeURIComponent(s.type)}`}
                className="sx-work-step"
              >
                {s.label} ›
              </Link>
            ))}
          </Space>
        ) : null}
      </div>
    </List.Item>
  );
}

function SectionCard({ section }: { section: WorkSection }) {
  return (
    <Card
      size="small"
      data-testid={`work-${section.key}`}
      title={
        <Space size={8}>
          {section.title}
          <Badge
            count={section.notice ? 0 : section.count}
            showZero={!section.notice}
            overflowCount={999}
            color={section.count > 0 ? undefined : '#bfbfbf'}
          />
        </Space>
      }
      extra={
        section.countIsLowerBound ? (
          <Typography.Text type="secondary">仅统计最近 500 件</Typography.Text>
        ) : null
      }
    >
      {section.notice ? (
        <Result
          className="sx-work-notice"
          icon={<InfoCircleOutlined style={{ color: '#1677ff' }} />}
          title="功能即将上线"
          subTitle={section.notice}
        />
      ) : section.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={section.empty} />
      ) : (
        <List<WorkItem>
          dataSource={section.items}
          rowKey={(i) => i.caseId}
          renderItem={(i) => <ItemRow item={i} />}
          footer={
            section.count > section.items.length ? (
              <Typography.Text type="secondary">
                共 {section.count} 件，此处列出最紧急的 {section.items.length} 件；其余请到
                <Link to="/cases">案件工作台</Link>查看。
              </Typography.Text>
            ) : null
          }
        />
      )}
    </Card>
  );
}

export default function WorkQueuePage() {
  const queue = useWorkQueue();
  if (queue.isError) return <Alert type="error" showIcon message={errorText(queue.error)} />;
  const sections = queue.data?.sections ?? [];
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <h2 className="sx-page-title">待办</h2>
      {queue.isPending ? (
        <Card size="small" loading />
      ) : sections.length === 0 ? (
        <Empty description="您的角色没有待办事项" />
      ) : (
        sections.map((s) => <SectionCard key={s.key} section={s} />)
      )}
    </Space>
  );
}
