// The password change form, shared by the 修改密码 dialog and the first-login page. The password policy
// lives on the server; its messages are shown as they come (a wrong current password counts towards the
// lockout there, so the form says so).
import { useMutation } from '@tanstack/react-query';
import { Form, Input, type FormInstance } from 'antd';
import { api, ApiError, unwrap } from '../api/client.ts';
import { errorText } from '../lib/errors.ts';

export interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export default function PasswordChangeForm({
  form,
  currentLabel = '当前密码',
  onChanged,
  onPending,
}: {
  form: FormInstance<PasswordValues>;
  currentLabel?: string;
  onChanged: () => void;
  onPending?: (pending: boolean) => void;
}) {
  const change = useMutation({
    mutationFn: (v: PasswordValues) =>
      unwrap(
        api.POST('/api/v1/auth/password', {
          body: { currentPassword: v.currentPassword, newPassword: v.newPassword },
        }),
      ),
    onMutate: () => onPending?.(true),
    onSettled: () => onPending?.(false),
    onSuccess: () => {
      form.resetFields();
      onChanged();
    },
    onError: (e) =>
      form.setFields([
        {
          name:
            e instanceof ApiError && ['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED'].includes(e.code)
              ? 'currentPassword'
              : 'newPassword',
          errors: [errorText(e)],
        },
      ]),
  });
  return (
    <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v)}>
      <Form.Item
        name="currentPassword"
        label={currentLabel}
        rules={[{ required: true, message: `请输入${currentLabel}` }]}
        extra="连续多次输入错误将锁定账号"
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        rules={[{ required: true, message: '请输入新密码' }]}
        extra="至少 10 位，含大写字母、小写字母、数字、符号中的三类，不含用户名，不能与当前密码相同"
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
  );
}
