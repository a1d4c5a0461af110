// 设置本人密码: a session signed in with a one-time initial password (new account, or reset by the
// security administrator) can do nothing else — the server refuses every other request — so the app
// shows only this page until the password is set.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form } from 'antd';
import { api, setCsrfToken, unwrap } from '../api/client.ts';
import PasswordChangeForm, { type PasswordValues } from './PasswordChangeForm.tsx';
import { ME_KEY } from './session.tsx';

export default function FirstPasswordPage({ displayName }: { displayName: string }) {
  const [form] = Form.useForm<PasswordValues>();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const navigate = useNavigate();
  const logout = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      void navigate('/login', { replace: true, state: { notice: '您已退出登录' } });
    },
  });
  return (
    <div className="sx-login">
      <Card className="sx-login-card" title={`设置本人密码：${displayName}`} variant="borderless">
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type="info"
          message="您正在使用初始密码登录"
          description="初始密码只能使用一次。请设置只有您本人知道的新密码，之后即可使用系统。"
        />
        <PasswordChangeForm
          form={form}
          currentLabel="初始密码"
          onPending={setPending}
          onChanged={() => void queryClient.invalidateQueries({ queryKey: ME_KEY })}
        />
        <Button type="primary" block loading={pending} onClick={() => form.submit()}>
          设置密码
        </Button>
        <Button
          type="link"
          block
          style={{ marginTop: 8 }}
          loading={logout.isPending}
          onClick={() => logout.mutate()}
        >
          退出登录
        </Button>
      </Card>
    </div>
  );
}
