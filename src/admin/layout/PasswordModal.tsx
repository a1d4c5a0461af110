// 修改密码. Changing the password ends the account's other sessions (the server's rule).
import { useState } from 'react';
import { App, Form, Modal } from 'antd';
import PasswordChangeForm, { type PasswordValues } from '../auth/PasswordChangeForm.tsx';

export default function PasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<PasswordValues>();
  const { message } = App.useApp();
  const [pending, setPending] = useState(false);
  return (
    <Modal
      title="修改密码"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
      okText="确定"
      destroyOnHidden
    >
      <PasswordChangeForm
        form={form}
        onPending={setPending}
        onChanged={() => {
          void message.success('密码已修改，本账号在其他地方的登录已结束');
          onClose();
        }}
      />
    </Modal>
  );
}
