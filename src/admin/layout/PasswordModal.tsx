// 修改密码. The password policy lives on the server; its messages are shown as they come.
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { api, ApiError, unwrap } from '../api/client.ts';
import { errorText } from '../lib/errors.ts';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export default function PasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const change = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/auth/password', {
          body: { currentPassword: v.currentPassword, newPassword: v.newPassword },
        }),
      ),
    onSuccess: () => {
      void message.success('密码已修改');
      form.resetFields();
      onClose();
    },
    onError: (e) =>
      form.setFields([
        {
          name: e instanceof ApiError && e.code === 'INVALID_CREDENTIALS' ? 'currentPassword' : 'newPassword',
          errors: [errorText(e)],
        },
      ]),
  });
  return (
    <Modal
      title="修改密码"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={change.isPending}
      okText="确定"
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v)}>
        <Form.Item
          name="currentPassword"
          label="当前密码"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="新密码"
          rules={[{ required: true, message: '请输入新密码' }]}
          extra="须符合密码策略（长度与字符种类要求以服务器提示为准）"
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: (_r, v) =>
                !v || getFieldValue('newPassword') === v
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
