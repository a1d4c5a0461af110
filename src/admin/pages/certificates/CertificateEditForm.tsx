// 变更执法证状态 (有效 / 暂扣 / 吊销) and correct its categories, region or expiry — always with a
// reason, since a suspension or revocation is itself a recorded decision.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import type { Category, Certificate, CertificateUpdate } from '../../api/types.ts';
import { applyFieldErrors, errorText, isVersionConflict } from '../../lib/errors.ts';
import { fromIsoDate, toIsoDate } from '../../lib/format.ts';
import { categoryOptions } from '../../lib/labels.ts';
import ReasonField from '../../lib/ReasonField.tsx';
import { useCertificateSaved } from './useCertificateSaved.ts';

interface Values {
  status: CertificateUpdate['status'];
  categories: Category[];
  region: string;
  expiresOn: Dayjs;
  reason: string;
}

const isStatus = (s: string): s is CertificateUpdate['status'] =>
  s === 'valid' || s === 'suspended' || s === 'revoked';

export default function CertificateEditForm({ cert, onClose }: { cert: Certificate; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const saved = useCertificateSaved();
  const queryClient = useQueryClient();
  const status = Form.useWatch('status', form);
  const update = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.PUT('/api/v1/certificates/{id}', {
          params: { path: { id: cert.id } },
          body: {
            status: v.status,
            categories: v.categories,
            region: v.region,
            expiresOn: toIsoDate(v.expiresOn) ?? '',
            version: cert.version,
            reason: v.reason,
          },
        }),
      ),
    onSuccess: async () => {
      void message.success('执法证已更新');
      await saved(cert.personId, cert.id);
      onClose();
    },
    onError: async (e) => {
      if (isVersionConflict(e)) await queryClient.invalidateQueries({ queryKey: ['certificate', cert.id] });
      if (!applyFieldErrors(form, e)) void message.error(errorText(e));
    },
  });
  return (
    <Modal
      open
      width={640}
      title={`变更执法证：${cert.number}`}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => update.mutate(v)}
        initialValues={{
          status: isStatus(cert.status) ? cert.status : 'valid',
          categories: cert.categories,
          region: cert.region,
          expiresOn: fromIsoDate(cert.expiresOn) ?? undefined,
        }}
      >
        <Form.Item name="status" label="证件状态" rules={[{ required: true, message: '请选择证件状态' }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'valid', label: '有效' },
              { value: 'suspended', label: '暂扣' },
              { value: 'revoked', label: '吊销' },
            ]}
          />
        </Form.Item>
        {status === 'revoked' ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message="吊销后此人不能再担任案件承办人，且公开核验将显示证件已吊销。"
          />
        ) : null}
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item
              name="categories"
              label="执法类别"
              rules={[{ required: true, message: '至少选择一个执法类别' }]}
            >
              <Select mode="multiple" options={categoryOptions} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="region"
              label="执法区域"
              rules={[{ required: true, whitespace: true, message: '请填写执法区域' }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="expiresOn"
              label="有效期至"
              rules={[{ required: true, message: '请选择有效期至' }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <ReasonField label="变更理由" />
      </Form>
    </Modal>
  );
}
