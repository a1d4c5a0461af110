// 年度审验: a certificate issued before this year is only valid after 31 March if last year's review
// passed (the server's rule); registering the review is what restores it.
import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import type { Certificate } from '../../api/types.ts';
import { applyFieldErrors, errorText } from '../../lib/errors.ts';
import { toIsoDate } from '../../lib/format.ts';
import { useCertificateSaved } from './useCertificateSaved.ts';

interface Values {
  year: number;
  passed: boolean;
  reviewedOn: Dayjs;
  note?: string;
}

export default function ReviewForm({ cert, onClose }: { cert: Certificate; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const saved = useCertificateSaved();
  const add = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/certificates/{id}/reviews', {
          params: { path: { id: cert.id } },
          body: {
            year: v.year,
            passed: v.passed,
            reviewedOn: toIsoDate(v.reviewedOn) ?? '',
            note: v.note ?? '',
          },
        }),
      ),
    onSuccess: async () => {
      void message.success('年度审验已登记');
      await saved(cert.personId, cert.id);
      onClose();
    },
    onError: (e) => {
      if (!applyFieldErrors(form, e)) void message.error(errorText(e));
    },
  });
  return (
    <Modal
      open
      title={`年度审验：${cert.number}`}
      okText="登记"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => add.mutate(v)}
        initialValues={{ year: dayjs().year() - 1, passed: true, reviewedOn: dayjs() }}
      >
        <Form.Item name="year" label="审验年度" rules={[{ required: true, message: '请填写审验年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} suffix="年度" />
        </Form.Item>
        <Form.Item name="passed" label="审验结果" rules={[{ required: true, message: '请选择审验结果' }]}>
          <Radio.Group
            options={[
              { value: true, label: '合格' },
              { value: false, label: '不合格' },
            ]}
          />
        </Form.Item>
        <Form.Item name="reviewedOn" label="审验日期" rules={[{ required: true, message: '请选择审验日期' }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="note" label="备注" rules={[{ max: 500, message: '备注不能超过 500 个字' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
