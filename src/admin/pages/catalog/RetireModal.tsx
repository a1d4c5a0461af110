// 停用清单条目: a retiring version, from its 生效日期 on the entry is no longer in force or published.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import type { CatalogEntry, CatalogKind } from '../../api/types.ts';
import { errorText, isVersionConflict } from '../../lib/errors.ts';
import { toIsoDate } from '../../lib/format.ts';
import ReasonField from '../../lib/ReasonField.tsx';

export default function RetireModal({
  kind,
  latest,
  onClose,
}: {
  kind: CatalogKind;
  latest: CatalogEntry;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ effectiveFrom: Dayjs; reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const retire = useMutation({
    mutationFn: (v: { effectiveFrom: Dayjs; reason: string }) =>
      unwrap(
        api.POST('/api/v1/catalog/{kind}/{code}/retire', {
          params: { path: { kind, code: latest.code } },
          body: {
            reason: v.reason,
            effectiveFrom: toIsoDate(v.effectiveFrom) ?? undefined,
            baseVersion: latest.version,
          },
        }),
      ),
    onSuccess: async (e) => {
      void message.success(`已停用，${e.effectiveFrom} 起不再执行和公示`);
      await queryClient.invalidateQueries({ queryKey: ['catalog', kind] });
      await queryClient.invalidateQueries({ queryKey: ['catalog-versions', kind, latest.code] });
      onClose();
    },
    onError: async (e) => {
      void message.error(isVersionConflict(e) ? '该条目已被他人修改，请刷新后重试' : errorText(e));
      if (isVersionConflict(e)) await queryClient.invalidateQueries({ queryKey: ['catalog-versions', kind] });
    },
  });
  return (
    <Modal
      open
      title={`停用：${latest.name}`}
      okText="确认停用"
      okButtonProps={{ danger: true }}
      confirmLoading={retire.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        message="停用后该条目自生效日期起不再执行，也不再在公示平台公开；历史版本仍保留可查。"
        style={{ marginBottom: 16 }}
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ effectiveFrom: dayjs() }}
        onFinish={(v) => retire.mutate(v)}
      >
        <Form.Item
          name="effectiveFrom"
          label="停用生效日期"
          rules={[{ required: true, message: '请选择停用生效日期' }]}
        >
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <ReasonField label="停用理由" />
      </Form>
    </Modal>
  );
}
