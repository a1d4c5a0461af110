// 文书编号与告知设置: the body's document number pattern (示区卫医罚〔2026〕1号), the 复议机关, 法院 and
// 代收银行 printed in the notices of its documents, and its province's 较大数额罚款 figures that decide
// whether a party may request a hearing (行政处罚法第六十三条). Every business role may read it; only the head
// (cases.settings) may change it, and everyone else sees the same form read-only.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Result, Space, Spin, Typography } from 'antd';
import { ApiError } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { applyFieldErrors, errorText, isVersionConflict } from '../../lib/errors.ts';
import { fenToYuanText, parseYuanToFen, yuanRule } from '../../lib/money.ts';
import YuanInput from '../../lib/YuanInput.tsx';
import {
  documentSettingsKey,
  saveDocumentSettings,
  useDocumentSettings,
  type DocumentSettings,
} from './api.ts';
import {
  DEFAULT_NUMBER_PATTERN,
  MAX_PATTERN_LENGTH,
  PLACEHOLDER_HELP,
  numberExample,
  validateNumberPattern,
} from './numberExample.ts';

/** The hearing figures are typed in yuan under the API's field names, so field errors land on them. */
type Values = Omit<DocumentSettings, 'version' | HearingField> & Record<HearingField, string>;
type HearingField = 'hearingFinePersonFen' | 'hearingFineOrganisationFen';
type FieldName = keyof Values;
const FIELDS: FieldName[] = [
  'numberPattern',
  'region',
  'reviewAuthority',
  'court',
  'paymentBank',
  'hearingFinePersonFen',
  'hearingFineOrganisationFen',
];
const HEARING_FIELDS: { name: HearingField; label: string }[] = [
  { name: 'hearingFinePersonFen', label: '对公民的较大数额罚款' },
  { name: 'hearingFineOrganisationFen', label: '对法人或者其他组织的较大数额罚款' },
];

/** The plain text settings: where each is printed, and its limits (as the server checks them). */
const TEXT_FIELDS: {
  name: FieldName;
  label: string;
  extra: string;
  required: string;
  max: number;
  tooLong: string;
  narrow?: boolean;
}[] = [
  {
    name: 'region',
    label: '地区简称',
    extra: '编号中 {region} 的内容，如“示区”。',
    required: '请填写地区简称',
    max: 10,
    tooLong: '地区简称不能超过 10 个字符',
    narrow: true,
  },
  {
    name: 'reviewAuthority',
    label: '行政复议机关',
    extra: '告知当事人申请行政复议的机关。',
    required: '请填写行政复议机关',
    max: 100,
    tooLong: '不能超过 100 个字符',
  },
  {
    name: 'court',
    label: '人民法院',
    extra: '告知当事人提起行政诉讼的人民法院。',
    required: '请填写人民法院',
    max: 100,
    tooLong: '不能超过 100 个字符',
  },
  {
    name: 'paymentBank',
    label: '罚没款代收银行',
    extra: '处罚决定书中告知当事人缴纳罚没款的银行。',
    required: '请填写代收银行',
    max: 100,
    tooLong: '不能超过 100 个字符',
  },
];

const CONFLICT_TEXT = '设置已被他人修改，请刷新后重试';

/** The field a refused save names: `details.field` from the service's own checks. */
function fieldOf(e: unknown): FieldName | null {
  if (!(e instanceof ApiError) || e.status !== 400) return null;
  const field = (e.details as { field?: unknown } | null)?.field;
  return typeof field === 'string' && (FIELDS as string[]).includes(field) ? (field as FieldName) : null;
}

function SettingsForm({ settings, canEdit }: { settings: DocumentSettings; canEdit: boolean }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState(false);
  const pattern = Form.useWatch('numberPattern', form);
  const region = Form.useWatch('region', form);
  const { example } = numberExample(pattern ?? settings.numberPattern, region ?? settings.region);

  const save = useMutation({
    mutationFn: (v: Values) =>
      saveDocumentSettings({
        numberPattern: v.numberPattern.trim(),
        region: v.region.trim(),
        reviewAuthority: v.reviewAuthority.trim(),
        court: v.court.trim(),
        paymentBank: v.paymentBank.trim(),
        // The rule on the fields has checked these parse.
        hearingFinePersonFen: parseYuanToFen(v.hearingFinePersonFen)!,
        hearingFineOrganisationFen: parseYuanToFen(v.hearingFineOrganisationFen)!,
        // The version this form was filled from: a save by someone else in between is refused.
        version: settings.version,
      }),
    onSuccess: (saved) => {
      void message.success('文书设置已保存');
      queryClient.setQueryData(documentSettingsKey, saved);
    },
    onError: (e) => {
      if (isVersionConflict(e)) {
        setConflict(true);
        return;
      }
      const field = fieldOf(e);
      if (field) form.setFields([{ name: field, errors: [errorText(e)] }]);
      else if (!applyFieldErrors(form, e)) void message.error(errorText(e));
    },
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!canEdit}
      initialValues={{
        ...settings,
        hearingFinePersonFen: fenToYuanText(settings.hearingFinePersonFen),
        hearingFineOrganisationFen: fenToYuanText(settings.hearingFineOrganisationFen),
      }}
      onFinish={(v) => {
        if (!save.isPending) save.mutate(v);
      }}
      style={{ maxWidth: 720 }}
    >
      {conflict ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={CONFLICT_TEXT}
          action={
            <Button
              size="small"
              disabled={false}
              onClick={() => void queryClient.invalidateQueries({ queryKey: documentSettingsKey })}
            >
              刷新
            </Button>
          }
        />
      ) : null}
      <Form.Item
        name="numberPattern"
        label="文书编号格式"
        rules={[
          {
            validator: async (_, value: string | undefined) => {
              const problems = validateNumberPattern((value ?? '').trim());
              if (problems.length) throw new Error(problems.join('；'));
            },
          },
        ]}
        extra={
          <div style={{ marginTop: 4 }}>
            <div>
              可使用的占位符（必须包含 {'{year}'} 和 {'{seq}'}，不超过 {MAX_PATTERN_LENGTH} 个字符）：
            </div>
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {PLACEHOLDER_HELP.map((p) => (
                <li key={p.token}>
                  <Typography.Text code>{p.token}</Typography.Text> {p.meaning}
                </li>
              ))}
            </ul>
            <div style={{ marginTop: 4 }}>默认格式：{DEFAULT_NUMBER_PATTERN}</div>
          </div>
        }
      >
        <Input maxLength={MAX_PATTERN_LENGTH + 20} placeholder={DEFAULT_NUMBER_PATTERN} />
      </Form.Item>
      <Alert
        type={example ? 'success' : 'warning'}
        style={{ marginBottom: 24 }}
        message={
          <span>
            编号示例（医疗卫生类行政处罚决定书，今年第 1 号）：
            <Typography.Text strong data-testid="number-example">
              {example ?? '格式有误，无法生成示例'}
            </Typography.Text>
          </span>
        }
      />
      {TEXT_FIELDS.map((f) => (
        <Form.Item
          key={f.name}
          name={f.name}
          label={f.label}
          extra={f.extra}
          rules={[
            { required: true, whitespace: true, message: f.required },
            { max: f.max, message: f.tooLong },
          ]}
        >
          <Input style={f.narrow ? { maxWidth: 240 } : undefined} />
        </Form.Item>
      ))}
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        听证：较大数额罚款标准
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        拟作出的罚款达到以下数额的，事先告知书告知当事人有权要求听证，当事人可在五个工作日内申请听证（行政处罚法第六十三条、第六十四条）。
        数额由省、自治区、直辖市规定，请按本省规定填写；未设置时系统按较低的默认值（公民 2000 元、组织 20000
        元）告知听证权利。
      </Typography.Paragraph>
      {HEARING_FIELDS.map((f) => (
        <Form.Item
          key={f.name}
          name={f.name}
          label={f.label}
          rules={[
            yuanRule({
              required: true,
              label: f.label,
              maxFen: 10_000_000_000,
              maxMessage: '不能超过 1 亿元',
            }),
            {
              validator: async (_, value: string | undefined) => {
                const fen = parseYuanToFen(value);
                if (fen !== null && (fen < 100 || fen % 100 !== 0))
                  throw new Error('请填写整元数额，至少 1 元');
              },
            },
          ]}
        >
          <YuanInput style={{ maxWidth: 240 }} aria-label={f.label} />
        </Form.Item>
      ))}
      {canEdit ? (
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存
          </Button>
          <Button htmlType="button" onClick={() => form.resetFields()} disabled={save.isPending}>
            撤销修改
          </Button>
        </Space>
      ) : null}
    </Form>
  );
}

export default function DocumentSettingsPage() {
  const { can } = useSession();
  const q = useDocumentSettings();
  const canEdit = can('cases.settings');

  if (q.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  if (q.isError) {
    return (
      <Result
        status="error"
        title="无法加载文书设置"
        subTitle={errorText(q.error)}
        extra={<Button onClick={() => void q.refetch()}>重试</Button>}
      />
    );
  }

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <h2 className="sx-page-title" style={{ margin: 0 }}>
        文书编号与告知设置
      </h2>
      <Card size="small">
        {canEdit ? null : (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16, maxWidth: 720 }}
            message="仅主要负责人可修改"
          />
        )}
        {q.data.version === 0 ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16, maxWidth: 720 }}
            message="本机关尚未保存过设置，以下为系统默认值，签发文书前请核对。"
          />
        ) : null}
        {/* A new version (after a save or a refresh) refills the form from the server. */}
        <SettingsForm key={q.data.version} settings={q.data} canEdit={canEdit} />
      </Card>
    </Space>
  );
}
