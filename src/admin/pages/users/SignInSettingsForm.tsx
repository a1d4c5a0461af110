// 登录安全设置 (security administrator): whether the body's system roles and heads must sign in with a
// second factor (on unless the body turns it off; off for the demo bodies), and by which codes: TOTP
// (authenticator apps) or SM3 (GM/T 0021, for bodies that issue 国密 tokens).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal, Radio, Spin, Switch } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import ReasonField from '../../lib/ReasonField.tsx';

const KEY = ['auth-settings'] as const;

interface Values {
  totpForPrivileged: boolean;
  otpAlgorithm: 'totp' | 'sm3';
  reason: string;
}

export default function SignInSettingsForm({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/v1/auth/settings')) });
  const save = useMutation({
    mutationFn: (v: Values) =>
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
          initialValues={{
            totpForPrivileged: settings.data.totpForPrivileged,
            otpAlgorithm: settings.data.otpAlgorithm,
          }}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item
            name="totpForPrivileged"
            label="系统管理员、安全管理员、审计管理员和主要负责人须使用两步验证"
            valuePropName="checked"
            extra="开启后，这些账号下次登录时须设置并使用动态验证码；其他角色可在用户菜单「两步验证」中自愿设置"
          >
            <Switch />
          </Form.Item>
          <Form.Item
            name="otpAlgorithm"
            label="动态口令算法"
            extra="新设置的两步验证使用此算法；已设置的账号仍按原算法验证。国密硬件令牌由安全管理员在账号列表中绑定"
          >
            <Radio.Group
              options={[
                { value: 'totp', label: 'TOTP（手机验证器应用）' },
                { value: 'sm3', label: 'SM3 国密动态令牌（GM/T 0021）' },
              ]}
            />
          </Form.Item>
          <ReasonField label="修改理由" extra="将记入审计日志" />
        </Form>
      ) : (
        <Spin />
      )}
    </Modal>
  );
}
