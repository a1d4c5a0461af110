// Making one document: fill the template's inputs (prefilled from the case), look at the draft PDF
// (watermarked 草稿, not numbered, nothing stored), then issue it — numbered, signed by the officers
// and, where the party signs, with the party's signature drawn on screen or a note that they refused.
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Drawer, Form, Input, Radio, Space, Typography } from 'antd';
import DateTimeInput from '../../lib/DateTimeInput.tsx';
import { EyeOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, api, unwrap } from '../../api/client.ts';
import { applyNamedField, refusalOf, type Refusal } from './actionErrors.ts';
import { RefusalAlert } from './ActionModal.tsx';
import {
  caseKeys,
  type CaseDetail,
  type DocumentTemplate,
  type IssueDocument,
  type TemplateInput,
} from './api.ts';
import PdfPreviewModal from './PdfPreviewModal.tsx';
import SignaturePad, { type SignaturePadHandle } from './SignaturePad.tsx';

type Values = Record<string, string | Dayjs | undefined>;
type Signing = 'none' | 'sign' | 'refuse';

const FORMATS: Partial<Record<string, string>> = { date: 'YYYY-MM-DD', datetime: 'YYYY-MM-DD HH:mm' };

function initialOf(inputs: TemplateInput[]): Values {
  const out: Values = {};
  for (const i of inputs) {
    const format = FORMATS[i.kind];
    if (format) out[i.key] = i.value && dayjs(i.value).isValid() ? dayjs(i.value) : undefined;
    else out[i.key] = i.value;
  }
  return out;
}

function inputsOf(t: DocumentTemplate, v: Values): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of t.inputs) {
    const raw = v[i.key];
    const format = FORMATS[i.kind];
    if (raw === undefined || raw === null) continue;
    out[i.key] = format && typeof raw !== 'string' ? raw.format(format) : String(raw);
  }
  return out;
}

function InputField({ i }: { i: TemplateInput }) {
  const rules = i.required ? [{ required: true, message: `请填写${i.label}` }] : [];
  const max = i.maxLength ?? undefined;
  let control;
  if (i.kind === 'textarea')
    control = <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={max} />;
  else if (i.kind === 'date') control = <DatePicker style={{ width: '100%' }} />;
  else if (i.kind === 'datetime') control = <DateTimeInput style={{ width: '100%' }} />;
  else control = <Input maxLength={max} />;
  return (
    <Form.Item name={i.key} label={i.label} rules={rules}>
      {control}
    </Form.Item>
  );
}

export default function IssueDocumentDrawer({
  c,
  template,
  onClose,
}: {
  c: CaseDetail;
  template: DocumentTemplate;
  onClose: () => void;
}) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  const [signing, setSigning] = useState<Signing>('none');
  const [signed, setSigned] = useState(false);
  const [refusedNote, setRefusedNote] = useState('当事人拒绝签名');
  const pad = useRef<SignaturePadHandle>(null);

  useEffect(() => () => void (pdfUrl && URL.revokeObjectURL(pdfUrl)), [pdfUrl]);

  const fail = (e: unknown) => {
    if (applyNamedField(form, e, 'inputs')) return;
    setRefusal(refusalOf(e));
    // 422 DOCUMENT_INCOMPLETE lists the gaps: an input named among them is marked under its field.
    const missing = e instanceof ApiError ? (e.details as { missing?: unknown } | null)?.missing : null;
    if (Array.isArray(missing))
      form.setFields(
        template.inputs
          .filter((i) => missing.includes(i.label))
          .map((i) => ({ name: i.key, errors: [`请填写${i.label}`] })),
      );
  };

  const preview = useMutation({
    mutationFn: async (v: Values) => {
      const blob = await unwrap(
        api.POST('/api/v1/cases/{id}/documents/preview', {
          params: { path: { id: c.id } },
          body: { template: template.key, inputs: inputsOf(template, v) },
          parseAs: 'blob',
        }),
      );
      return URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
    },
    onSuccess: (url) => setPdfUrl(url),
    onError: fail,
  });

  const issue = useMutation({
    mutationFn: (body: IssueDocument) =>
      unwrap(api.POST('/api/v1/cases/{id}/documents', { params: { path: { id: c.id } }, body })),
    onSuccess: (doc) => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(c.id) });
      void message.success(`已签发：${doc.title}${doc.number ? `（${doc.number}）` : ''}`);
      onClose();
    },
    onError: fail,
  });

  const submitIssue = async () => {
    setRefusal(null);
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    let party: IssueDocument['party'];
    if (template.partySigns && signing === 'sign') {
      const png = pad.current?.toBase64() ?? null;
      if (!png) {
        setRefusal({ message: '请当事人先在签名区签名，或选择“当事人拒绝签名”', citation: null, rule: null });
        return;
      }
      party = { signaturePng: png };
    } else if (template.partySigns && signing === 'refuse') {
      if (!refusedNote.trim()) {
        setRefusal({ message: '请填写拒绝签名的情况说明', citation: null, rule: null });
        return;
      }
      party = { refusedNote: refusedNote.trim() };
    }
    modal.confirm({
      title: `签发《${template.title}》？`,
      content: template.numbered
        ? '签发后将编号、加盖执法人员电子签名并固化，不能修改。'
        : '签发后将加盖执法人员电子签名并固化，不能修改。',
      okText: '签发',
      cancelText: '再检查一下',
      onOk: () =>
        issue
          .mutateAsync({ template: template.key, inputs: inputsOf(template, v), ...(party ? { party } : {}) })
          .catch(() => undefined),
    });
  };

  return (
    <Drawer
      open
      width="min(640px, 100vw)"
      title={template.title}
      onClose={onClose}
      destroyOnHidden
      extra={<Typography.Text type="secondary">第 {template.version} 版</Typography.Text>}
      footer={
        <Space>
          <Button icon={<EyeOutlined />} loading={preview.isPending} onClick={() => form.submit()}>
            预览
          </Button>
          <Button
            type="primary"
            icon={<SafetyCertificateOutlined />}
            loading={issue.isPending}
            onClick={() => void submitIssue()}
          >
            签发
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">依据：{template.basis}</Typography.Paragraph>
      <RefusalAlert refusal={refusal} />
      {template.missingFacts.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="本案尚缺以下内容，补全前不能签发（预览中列在最前）"
          description={template.missingFacts.join('；')}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialOf(template.inputs)}
        onFinish={(v) => preview.mutate(v)}
      >
        {template.inputs.map((i) => (
          <InputField key={i.key} i={i} />
        ))}
      </Form>
      {template.partySigns ? (
        <div className="sx-case-subform">
          <Typography.Text strong>当事人签名</Typography.Text>
          <Radio.Group
            style={{ display: 'block', margin: '8px 0' }}
            value={signing}
            onChange={(e) => setSigning(e.target.value as Signing)}
            options={[
              { value: 'none', label: '暂不签名' },
              { value: 'sign', label: '当事人签名' },
              { value: 'refuse', label: '当事人拒绝签名' },
            ]}
          />
          {signing === 'sign' ? <SignaturePad ref={pad} onChange={setSigned} /> : null}
          {signing === 'sign' && !signed ? (
            <Alert type="info" showIcon message="签名后才能签发" style={{ marginTop: 8 }} />
          ) : null}
          {signing === 'refuse' ? (
            <Input.TextArea
              aria-label="拒绝签名情况说明"
              value={refusedNote}
              maxLength={500}
              autoSize={{ minRows: 2 }}
              onChange={(e) => setRefusedNote(e.target.value)}
            />
          ) : null}
        </div>
      ) : null}
      <PdfPreviewModal url={pdfUrl} title={template.title} onClose={() => setPdfUrl(null)} />
    </Drawer>
  );
}
