// 新建 / 修改科室. Renaming a unit keeps its history like any other record, hence the reason.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import type { Unit } from '../../api/types.ts';
import { applyFieldErrors, errorText, isVersionConflict } from '../../lib/errors.ts';
import { unitKindLabels } from '../../lib/labels.ts';
import ReasonField from '../../lib/ReasonField.tsx';

interface Values {
  name: string;
  kind: Unit['kind'];
  phone?: string;
  reason?: string;
}

export default function UnitForm({
  bodyId,
  unit,
  onClose,
}: {
  bodyId: string;
  unit: Unit | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: ({ reason, ...v }: Values) => {
      const fields = { ...v, phone: v.phone?.trim() ?? '' };
      return unit
        ? unwrap(
            api.PUT('/api/v1/units/{id}', {
              params: { path: { id: unit.id } },
              body: { ...fields, version: unit.version, reason: reason ?? '' },
            }),
          )
        : unwrap(api.POST('/api/v1/units', { body: { ...fields, bodyId } }));
    },
    onSuccess: async () => {
      void message.success(unit ? '科室已修改' : '科室已新建');
      await queryClient.invalidateQueries({ queryKey: ['units'] });
      onClose();
    },
    onError: async (e) => {
      if (isVersionConflict(e)) await queryClient.invalidateQueries({ queryKey: ['units'] });
      if (!applyFieldErrors(form, e)) void message.error(errorText(e));
    },
  });
  return (
    <Modal
      open
      title={unit ? `修改科室：${unit.name}` : '新建科室'}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={unit ?? { kind: 'handling' }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="name"
          label="科室名称"
          rules={[
            { required: true, whitespace: true, message: '请填写科室名称' },
            { max: 50, message: '不能超过 50 个字' },
          ]}
        >
          <Input placeholder="如：卫生监督执法科" />
        </Form.Item>
        <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
          <Select options={Object.entries(unitKindLabels).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item
          name="phone"
          label="联系电话"
          rules={[{ pattern: /^[0-9+\-() ]{5,20}$/, message: '电话号码格式不正确' }]}
        >
          <Input />
        </Form.Item>
        {unit ? <ReasonField /> : null}
      </Form>
    </Modal>
  );
}
