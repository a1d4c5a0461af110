// 登录安全设置 (security administrator): whether the body's system roles and heads must sign in with a
// second factor (on unless the body turns it off; off for the demo bodies).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal, Spin, Switch } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import ReasonField from '../../lib/ReasonField.tsx';

const KEY = ['auth-settings'] as const;

export default function SignInSettingsForm({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ totpForPrivileged: boolean; reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/v1/auth/settings')) });
  const save = useMutation({
    mutationFn: (v: { totpForPrivileged: boolean; reason: string }) =>
      unwrap(api.PUT('/api/v1/auth/settings', { body: { ...v, version: settings.data?.version ?? 0 } })),
    onSuccess: async () => {
      void message.success('登录安全设置已保存');
      await queryClient.invalidateQueries({ queryKey: KEY });
      onClose();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Modal
      open
      title="登录安全设置"
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {settings.data ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ totpForPrivileged: settings.data.totpForPrivileged }}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item
            name="totpForPrivileged"
            label="系统管理员、安全管理员、审计管理员和主要负责人须使用两步验证"
            valuePropName="checked"
            extra="开启后，这些账号下次登录时须设置并使用手机验证器（TOTP）动态验证码；其他角色可自愿设置"
          >
            <Switch />
          </Form.Item>
          <ReasonField label="修改理由" extra="将记入审计日志" />
        </Form>
      ) : (
        <Spin />
      )}
    </Modal>
  );
}
