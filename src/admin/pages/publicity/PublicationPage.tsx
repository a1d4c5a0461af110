// E3–E8 one publication: the redacted summary and text as the public will read them, the publisher's
// draft form (mode, legal basis, not publishing with its reason) and redaction review, the approval chain
// with the step waiting, and the actions the caller may take now (the server refuses the rest).
import {
  Alert,
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Radio,
  Result,
  Select,
  Space,
  Spin,
  Steps,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { errorText } from '../../lib/errors.ts';
import {
  NOT_PUBLISHED_REASONS,
  STATUS_LABELS,
  STEP_LABELS,
  usePublication,
  usePublicationWrite,
  type Publication,
} from './api.ts';
import { TimelinessTag } from './PublicationsPage.tsx';
import PublicationActions from './PublicationActions.tsx';
import SourceReview from './SourceReview.tsx';

const SUMMARY_FIELDS: [keyof Publication['summary'], string][] = [
  ['documentNumber', '决定书文号'],
  ['bodyName', '执法机关'],
  ['partyName', '当事人'],
  ['category', '执法类别'],
  ['cause', '案由'],
  ['legalBasis', '法律依据'],
  ['conclusion', '处理结果'],
  ['decidedOn', '决定日期'],
];

function DraftForm({ p }: { p: Publication }) {
  const { message } = AntApp.useApp();
  const write = usePublicationWrite(p.id);
  const [form] = Form.useForm();
  const intent = Form.useWatch('intent', form) ?? p.intent;
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{
        mode: p.mode,
        legalBasis: p.legalBasis,
        documentNumber: p.summary.documentNumber ?? '',
        minorCase: p.minorCase,
        creditSeverity: p.creditSeverity,
        intent: p.intent,
        notPublishedReason: p.notPublishedReason ?? undefined,
        notPublishedNote: p.notPublishedNote ?? '',
      }}
      onFinish={(v) =>
        write.edit.mutate(
          {
            version: p.version,
            ...v,
            notPublishedReason: v.intent === 'not_publish' ? (v.notPublishedReason ?? null) : null,
          },
          {
            onSuccess: () => void message.success('已保存'),
            onError: (e) => void message.error(errorText(e)),
          },
        )
      }
    >
      <Form.Item name="intent" label="公开意见">
        <Radio.Group
          options={[
            { value: 'publish', label: '公开' },
            { value: 'not_publish', label: '不予公开' },
          ]}
        />
      </Form.Item>
      {intent === 'not_publish' ? (
        <>
          <Form.Item
            name="notPublishedReason"
            label="不予公开的理由"
            rules={[{ required: true, message: '请选择理由' }]}
          >
            <Select
              options={Object.entries(NOT_PUBLISHED_REASONS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item
            name="notPublishedNote"
            label="具体说明"
            rules={[{ required: true, message: '请写明具体说明' }]}
          >
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item name="mode" label="公开方式">
            <Radio.Group
              options={[
                { value: 'summary', label: '摘要公开' },
                { value: 'full', label: '全文公开（隐去个人信息）', disabled: p.fullText === null },
              ]}
            />
          </Form.Item>
          <Form.Item name="documentNumber" label="决定书文号">
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="legalBasis"
            label="法律依据"
            rules={[{ required: true, message: '请填写法律依据' }]}
          >
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="minorCase" label="轻微违法（门户公示期较短）" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="creditSeverity" label="信用渠道">
              <Select
                style={{ width: 160 }}
                options={[
                  { value: 'minor', label: '轻微失信' },
                  { value: 'general', label: '一般失信' },
                  { value: 'serious', label: '严重失信' },
                ]}
              />
            </Form.Item>
          </Space>
        </>
      )}
      <Button htmlType="submit" loading={write.edit.isPending}>
        保存草稿
      </Button>
    </Form>
  );
}

export default function PublicationPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const q = usePublication(id);
  const write = usePublicationWrite(id);
  const { message } = AntApp.useApp();
  if (q.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (q.isError)
    return <Result status="404" title="公开信息不存在或无权访问" subTitle={errorText(q.error)} />;
  const p = q.data;
  const chain = p.chain ?? [];
  const drafting = p.status === 'draft' && can('publicity.redact');
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Breadcrumb
        items={[
          { title: <Link to="/publicity/publications">执法决定公开</Link> },
          { title: p.summary.documentNumber || p.summary.cause },
        ]}
      />
      <Card
        size="small"
        title={
          <Space wrap>
            {p.summary.documentNumber || p.summary.cause}
            <Tag color="blue">{STATUS_LABELS[p.status]}</Tag>
            <TimelinessTag p={p} />
          </Space>
        }
      >
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'due', label: '公开期限', children: `${p.due}（${p.dueCitation}）`, span: 'filled' },
            { key: 'decided', label: '决定日期', children: p.decidedOn },
            {
              key: 'mode',
              label: '公开方式',
              children:
                p.intent === 'not_publish'
                  ? `不予公开：${NOT_PUBLISHED_REASONS[p.notPublishedReason ?? ''] ?? '未选择理由'}`
                  : p.mode === 'full'
                    ? '全文'
                    : '摘要',
            },
            ...(p.withdrawalDue
              ? [
                  {
                    key: 'wd',
                    label: '撤回期限',
                    children: p.withdrawnOn ? `已于 ${p.withdrawnOn} 撤回` : p.withdrawalDue,
                  },
                ]
              : []),
            ...(p.outcome
              ? [
                  {
                    key: 'outcome',
                    label: '复议诉讼结果',
                    children: `${p.outcome.decidedOn} ${p.outcome.note}`,
                  },
                ]
              : []),
            ...p.channels.map((c) => ({
              key: c.channel,
              label: c.channel === 'portal' ? '门户网站' : '信用渠道',
              children: c.removedOn
                ? `已撤下（${c.removedOn}，${c.removedReason ?? ''}）`
                : `${c.from} 至 ${c.until ?? '长期'}`,
            })),
          ]}
        />
        {chain.length ? (
          <Steps
            size="small"
            style={{ marginTop: 12 }}
            current={p.approvals.length}
            items={chain.map((s, i) => ({
              title: STEP_LABELS[s],
              description: p.approvals[i] ? `${p.approvals[i].actorName}` : undefined,
            }))}
          />
        ) : null}
        <PublicationActions p={p} write={write} onError={(e) => void message.error(errorText(e))} />
      </Card>
      <Card size="small" title="公开摘要（公众看到的内容）">
        <Descriptions
          size="small"
          column={1}
          items={SUMMARY_FIELDS.map(([k, label]) => ({
            key: k,
            label,
            children: p.summary[k] || <Typography.Text type="danger">（待填写）</Typography.Text>,
          }))}
        />
      </Card>
      {drafting ? (
        <Card size="small" title="编辑草稿">
          <DraftForm p={p} />
        </Card>
      ) : null}
      {drafting && p.source ? (
        <Card size="small" title="隐去审查（决定书原文）">
          <SourceReview
            p={p}
            source={p.source.text}
            busy={write.edit.isPending}
            onEdit={(edit) =>
              write.edit.mutate(
                { version: p.version, edit },
                { onError: (e) => void message.error(errorText(e)) },
              )
            }
          />
        </Card>
      ) : null}
      {p.fullText !== null && p.mode === 'full' ? (
        <Card size="small" title="隐去后的全文">
          <Alert
            type="info"
            showIcon
            message="以下为公众看到的决定书全文，个人信息已隐去。"
            style={{ marginBottom: 8 }}
          />
          <div className="redaction-text">{p.fullText}</div>
        </Card>
      ) : null}
    </Space>
  );
}
