// 登记执法证: number, categories, region, issuer and validity period of a new certificate.
import { useMutation } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import type { Category, PersonDetail } from '../../api/types.ts';
import { applyFieldErrors, errorText } from '../../lib/errors.ts';
import { toIsoDate } from '../../lib/format.ts';
import { categoryOptions } from '../../lib/labels.ts';
import { useCertificateSaved } from './useCertificateSaved.ts';

interface Values {
  number: string;
  categories: Category[];
  region: string;
  issuer?: string;
  issuedOn: Dayjs;
  expiresOn: Dayjs;
}

export default function CertificateForm({ person, onClose }: { person: PersonDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const saved = useCertificateSaved();
  const create = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/certificates', {
          body: {
            personId: person.id,
            number: v.number.trim(),
            categories: v.categories,
            region: v.region,
            issuer: v.issuer ?? '',
            issuedOn: toIsoDate(v.issuedOn) ?? '',
            expiresOn: toIsoDate(v.expiresOn) ?? '',
          },
        }),
      ),
    onSuccess: async (c) => {
      void message.success(`执法证 ${c.number} 已登记`);
      await saved(person.id, c.id);
      onClose();
    },
    onError: (e) => {
      if (!applyFieldErrors(form, e)) void message.error(errorText(e));
    },
  });
  return (
    <Modal
      open
      width={680}
      title={`登记执法证：${person.name}`}
      okText="登记"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="number"
              label="执法证号"
              rules={[
                { required: true, message: '请填写执法证号' },
                { pattern: /^[A-Za-z0-9-]{6,30}$/, message: '执法证号应为 6–30 位字母、数字或连字符' },
              ]}
            >
              <Input className="sx-mono" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="region"
              label="执法区域"
              rules={[
                { required: true, whitespace: true, message: '请填写执法区域' },
                { max: 50, message: '不能超过 50 个字' },
              ]}
            >
              <Input placeholder="如：示范市示范区" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="categories"
              label="执法类别"
              rules={[{ required: true, message: '至少选择一个执法类别' }]}
            >
              <Select
                mode="multiple"
                options={categoryOptions}
                placeholder="请选择执法类别"
                aria-label="执法类别"
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="issuer" label="发证机关" rules={[{ max: 100, message: '不能超过 100 个字' }]}>
              <Input placeholder="如：示范市人民政府" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="issuedOn"
              label="发证日期"
              rules={[{ required: true, message: '请选择发证日期' }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="expiresOn"
              label="有效期至"
              dependencies={['issuedOn']}
              rules={[
                { required: true, message: '请选择有效期至' },
                ({ getFieldValue }) => ({
                  validator: (_r, v: Dayjs | undefined) => {
                    const from = getFieldValue('issuedOn') as Dayjs | undefined;
                    return !v || !from || v.isAfter(from, 'day')
                      ? Promise.resolve()
                      : Promise.reject(new Error('有效期至必须晚于发证日期'));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
