// E4 隐去个人信息: the publisher pastes a decision or other text, names the people and organisations in it,
// and sees what the server would withhold before anything is published — every redaction highlighted in
// the original with its kind, and the text as the public would read it.
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { CopyOutlined, EyeInvisibleOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CATEGORY_LABELS,
  type RedactionParty,
  type Span,
} from '../../../modules/publicity/redaction/types.ts';
import { api, unwrap } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';

interface Values {
  text: string;
  parties?: Partial<RedactionParty>[];
}

const KINDS = [
  { value: 'person', label: '自然人' },
  { value: 'org', label: '单位' },
];
const ROLES = [
  { value: 'party', label: '当事人' },
  { value: 'witness', label: '证人' },
  { value: 'agent', label: '委托代理人' },
  { value: 'other', label: '其他人员' },
];

/** Empty boxes are left out, so an unfilled optional field is not sent as an empty string. */
function cleanParty(p: Partial<RedactionParty>): RedactionParty {
  const entries = Object.entries(p).filter(([, v]) => typeof v === 'string' && v.trim() !== '');
  return Object.fromEntries(entries) as unknown as RedactionParty;
}

/** The original text with each redacted stretch marked, its kind and replacement on hover. */
function Highlighted({ text, spans }: { text: string; spans: Span[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <Tooltip key={i} title={`${CATEGORY_LABELS[s.category]} → ${s.replacement}`}>
        <mark className="redaction-mark" data-category={s.category}>
          {text.slice(s.start, s.end)}
        </mark>
      </Tooltip>,
    );
    at = s.end;
  });
  parts.push(text.slice(at));
  return <div className="redaction-text">{parts}</div>;
}

export default function RedactionPage() {
  const [form] = Form.useForm<Values>();
  const preview = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/publicity/redactions/preview', {
          body: { text: v.text, parties: (v.parties ?? []).map(cleanParty) },
        }),
      ).then((r) => ({ ...r, text: v.text })),
  });
  const result = preview.data;

  return (
    <Row gutter={[16, 16]} align="top">
      <Col xs={24} xl={11}>
        <Card
          size="small"
          title={
            <Space>
              <EyeInvisibleOutlined />
              隐去个人信息预览
            </Space>
          }
        >
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={(v) => preview.mutate(v)}
            onValuesChange={() => preview.reset()}
          >
            <Form.Item
              name="text"
              label="待公开的文本（执法决定书全文或摘要）"
              rules={[{ required: true, message: '请粘贴待公开的文本' }]}
            >
              <Input.TextArea autoSize={{ minRows: 8, maxRows: 20 }} maxLength={200_000} />
            </Form.Item>
            <Typography.Text type="secondary">
              列出文中出现的当事人、证人、代理人等：自然人（法定代表人除外）显示为“姓某”，其证件号码、电话、住址、银行账号、不动产权证号一律隐去；单位名称、统一社会信用代码和法定代表人保留。
            </Typography.Text>
            <Form.List name="parties">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Card
                      key={f.key}
                      size="small"
                      style={{ marginTop: 12 }}
                      extra={
                        <Button
                          type="text"
                          icon={<MinusCircleOutlined />}
                          aria-label="删除此人"
                          onClick={() => remove(f.name)}
                        />
                      }
                      title={`人员 ${f.name + 1}`}
                    >
                      <Row gutter={8}>
                        <Col xs={12} sm={6}>
                          <Form.Item name={[f.name, 'kind']} label="类型" initialValue="person">
                            <Select options={KINDS} />
                          </Form.Item>
                        </Col>
                        <Col xs={12} sm={6}>
                          <Form.Item name={[f.name, 'role']} label="身份" initialValue="party">
                            <Select options={ROLES} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} sm={12}>
                          <Form.Item
                            name={[f.name, 'name']}
                            label="姓名或名称"
                            rules={[{ required: true, message: '请填写姓名或名称' }]}
                          >
                            <Input maxLength={200} />
                          </Form.Item>
                        </Col>
                        <Form.Item noStyle dependencies={[['parties', f.name, 'kind']]}>
                          {() =>
                            form.getFieldValue(['parties', f.name, 'kind']) === 'org' ? (
                              <>
                                <Col xs={24} sm={12}>
                                  <Form.Item name={[f.name, 'creditCode']} label="统一社会信用代码">
                                    <Input maxLength={50} />
                                  </Form.Item>
                                </Col>
                                <Col xs={24} sm={12}>
                                  <Form.Item name={[f.name, 'legalRepresentative']} label="法定代表人">
                                    <Input maxLength={100} />
                                  </Form.Item>
                                </Col>
                              </>
                            ) : (
                              <>
                                <Col xs={24} sm={12}>
                                  <Form.Item name={[f.name, 'idNumber']} label="身份证件号码">
                                    <Input maxLength={50} />
                                  </Form.Item>
                                </Col>
                                <Col xs={24} sm={12}>
                                  <Form.Item name={[f.name, 'phone']} label="联系电话">
                                    <Input maxLength={50} />
                                  </Form.Item>
                                </Col>
                                <Col span={24}>
                                  <Form.Item name={[f.name, 'address']} label="住址">
                                    <Input maxLength={300} />
                                  </Form.Item>
                                </Col>
                              </>
                            )
                          }
                        </Form.Item>
                        <Col xs={24} sm={12}>
                          <Form.Item name={[f.name, 'bankAccount']} label="银行账号">
                            <Input maxLength={60} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} sm={12}>
                          <Form.Item name={[f.name, 'propertyCertificate']} label="不动产权证号">
                            <Input maxLength={100} />
                          </Form.Item>
                        </Col>
                      </Row>
                    </Card>
                  ))}
                  <Button
                    block
                    type="dashed"
                    icon={<PlusOutlined />}
                    style={{ margin: '12px 0' }}
                    onClick={() => add({ kind: 'person', role: 'party' })}
                  >
                    添加人员或单位
                  </Button>
                </>
              )}
            </Form.List>
            <Button type="primary" htmlType="submit" loading={preview.isPending}>
              预览
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={13}>
        {preview.isError ? (
          <Alert type="error" showIcon message={errorText(preview.error)} style={{ marginBottom: 16 }} />
        ) : null}
        {!result ? (
          <Card size="small">
            <Empty description="填写左侧内容后点击“预览”，这里显示将被隐去的内容" />
          </Card>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }} size={16}>
            <Card size="small" title={`原文（标出 ${result.spans.length} 处将隐去的内容）`}>
              <Highlighted text={result.text} spans={result.spans} />
            </Card>
            <Card
              size="small"
              title="公开文本"
              extra={
                <Button
                  size="small"
                  icon={<CopyOutlined />}
                  onClick={() => void navigator.clipboard?.writeText(result.redactedText)}
                >
                  复制
                </Button>
              }
            >
              <div className="redaction-text">{result.redactedText}</div>
            </Card>
            <Card size="small" title="隐去明细">
              <Table<Span>
                size="small"
                rowKey={(s) => `${s.start}-${s.end}`}
                pagination={false}
                scroll={{ x: 'max-content' }}
                dataSource={result.spans}
                columns={[
                  {
                    title: '类别',
                    dataIndex: 'category',
                    render: (c: Span['category']) => <Tag>{CATEGORY_LABELS[c]}</Tag>,
                  },
                  { title: '原文', render: (_, s) => result.text.slice(s.start, s.end) },
                  { title: '替换为', dataIndex: 'replacement' },
                  { title: '位置', responsive: ['sm'], render: (_, s) => `${s.start}–${s.end}` },
                ]}
                locale={{ emptyText: '未发现需要隐去的内容' }}
              />
            </Card>
          </Space>
        )}
      </Col>
    </Row>
  );
}
