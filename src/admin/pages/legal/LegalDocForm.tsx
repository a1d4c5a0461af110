// 新增法律文件 / 录入修订版本. An amendment is a new version of the same document code, with its own
// dates and full article list (prefilled from the version in force, to be edited where amended).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { toChineseNumeral } from '../../../modules/catalog/rules/versions.ts';
import { api, unwrap } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { LegalDocument, LegalDocumentInput } from '../../api/types.ts';
import { applyFieldErrors, errorText } from '../../lib/errors.ts';
import { toIsoDate } from '../../lib/format.ts';
import { lawLevelOptions } from '../../lib/labels.ts';
import ReasonField from '../../lib/ReasonField.tsx';

type Article = LegalDocument['articles'][number];
type Values = Omit<LegalDocumentInput, 'promulgatedOn' | 'effectiveOn' | 'repealedOn' | 'articles'> & {
  promulgatedOn: Dayjs;
  effectiveOn: Dayjs;
  repealedOn?: Dayjs | null;
  articles?: Partial<Article>[];
};

const articleNumber = (ordinal: number) => `第${toChineseNumeral(ordinal)}条`;

export default function LegalDocForm({
  base,
  onClose,
  onSaved,
}: {
  /** The version being amended; absent for a new document. */
  base?: LegalDocument;
  onClose: () => void;
  onSaved?: (code: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/legal-documents', {
          body: {
            ...v,
            promulgatedOn: toIsoDate(v.promulgatedOn)!,
            effectiveOn: toIsoDate(v.effectiveOn)!,
            repealedOn: toIsoDate(v.repealedOn),
            articles: (v.articles ?? []).map((a) => ({
              ordinal: a.ordinal ?? 0,
              number: a.number?.trim() || articleNumber(a.ordinal ?? 0),
              text: a.text ?? '',
              needsReview: a.needsReview ?? false,
            })),
          },
        }),
      ),
    onSuccess: async (saved) => {
      void message.success(`已保存《${form.getFieldValue('title') as string}》第 ${saved.version} 版`);
      await queryClient.invalidateQueries({ queryKey: keys.legalDocuments });
      onSaved?.(saved.code);
      onClose();
    },
    onError: (e) => {
      if (!applyFieldErrors(form, e)) void message.error(errorText(e));
    },
  });

  const initial: Partial<Values> = base
    ? {
        code: base.code,
        title: base.title,
        level: base.level,
        issuer: base.issuer,
        docNumber: base.docNumber,
        national: base.bodyId === null,
        articles: base.articles,
      }
    : { national: false, articles: [{ ordinal: 1, needsReview: false }] };

  return (
    <Drawer
      open
      width={920}
      title={base ? `录入修订版本：《${base.title}》` : '新增法律文件'}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            保存
          </Button>
        </Space>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => save.mutate(v)}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              name="title"
              label="名称"
              rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
            >
              <Input maxLength={200} placeholder="如：医疗机构管理条例（不含书名号）" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="level" label="效力级别" rules={[{ required: true, message: '请选择效力级别' }]}>
              <Select options={lawLevelOptions} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="code"
              label="代码"
              rules={[
                { required: true, message: '请填写代码' },
                { pattern: /^[a-z0-9][a-z0-9-]{1,79}$/, message: '代码须为小写字母、数字和连字符' },
              ]}
              extra={
                base ? '修订版本沿用原代码' : '各版本共用，引用时以此识别，如 medical-institutions-regulation'
              }
            >
              <Input className="sx-mono" disabled={!!base} maxLength={80} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="issuer"
              label="制定机关"
              rules={[{ required: true, whitespace: true, message: '请填写制定机关' }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="docNumber" label="文号">
              <Input maxLength={100} placeholder="如：国务院令第149号" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="promulgatedOn"
              label="公布日期"
              rules={[{ required: true, message: '请选择公布日期' }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="effectiveOn"
              label="施行日期"
              rules={[{ required: true, message: '请选择施行日期' }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="repealedOn" label="失效日期" extra="已废止时填写；修订无须填写">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="versionNote" label="版本说明">
              <Input maxLength={200} placeholder="如：2022年3月29日第二次修订" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="national" valuePropName="checked" label="适用范围">
              <Checkbox disabled={!!base}>全国通用（否则仅本机关）</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left" plain style={{ margin: '4px 0 12px' }}>
          条文
        </Divider>
        <Form.List name="articles">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} className="sx-subform">
                  <Space align="start" wrap>
                    <Form.Item
                      name={[f.name, 'ordinal']}
                      rules={[{ required: true, message: '序号' }]}
                      style={{ marginBottom: 6 }}
                    >
                      <InputNumber
                        min={1}
                        max={2000}
                        precision={0}
                        prefix="第"
                        suffix="条"
                        style={{ width: 110 }}
                        aria-label="条序号"
                      />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate>
                      {() => {
                        const ordinal = form.getFieldValue(['articles', f.name, 'ordinal']) as
                          number | undefined;
                        return (
                          <Form.Item name={[f.name, 'number']} style={{ marginBottom: 6 }}>
                            <Input
                              style={{ width: 160 }}
                              maxLength={20}
                              placeholder={ordinal ? articleNumber(ordinal) : '条号'}
                              aria-label="条号"
                            />
                          </Form.Item>
                        );
                      }}
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'needsReview']}
                      valuePropName="checked"
                      style={{ marginBottom: 6 }}
                    >
                      <Checkbox>待核对</Checkbox>
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label="删除此条"
                      onClick={() => remove(f.name)}
                    />
                  </Space>
                  <Form.Item
                    name={[f.name, 'text']}
                    rules={[{ required: true, whitespace: true, message: '请填写条文' }]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 2, maxRows: 10 }}
                      maxLength={20000}
                      placeholder="条文全文；各款之间换行"
                    />
                  </Form.Item>
                </div>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => {
                  const list = (form.getFieldValue('articles') as Partial<Article>[] | undefined) ?? [];
                  add({ ordinal: Math.max(0, ...list.map((a) => a.ordinal ?? 0)) + 1, needsReview: false });
                }}
              >
                添加条文
              </Button>
            </>
          )}
        </Form.List>
        <Divider style={{ margin: '16px 0' }} />
        <ReasonField label="录入理由" extra="如：依据国务院令第752号修订；将记入审计日志" />
      </Form>
    </Drawer>
  );
}
