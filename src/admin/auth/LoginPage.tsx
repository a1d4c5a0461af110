// 登录页. Shows the server's own message rather than a generic one, because the lockout policy and its
// wording belong to the server (which answers every failed sign-in alike, locked or not).
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { api, ApiError, setCsrfToken, unwrap } from '../api/client.ts';
import { fetchMe, ME_KEY } from './session.tsx';

interface LoginForm {
  username: string;
  password: string;
}

interface LocationState {
  from?: string;
  notice?: string;
}

export default function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LocationState;
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<ApiError | null>(null);

  const login = useMutation({
    mutationFn: async (v: LoginForm) => {
      const { csrfToken } = await unwrap(api.POST('/api/v1/auth/login', { body: v }));
      setCsrfToken(csrfToken);
      return fetchMe();
    },
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, me);
      void navigate(state.from && state.from !== '/login' ? state.from : '/', { replace: true });
    },
    onError: (e) =>
      setFailure(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', '登录失败，请稍后重试')),
  });

  return (
    <div className="sx-login">
      <div className="sx-login-brand">
        <SafetyCertificateOutlined style={{ fontSize: 40 }} />
        <div>
          <h1>三项制度执法平台</h1>
          <p>行政执法公示 · 执法全过程记录 · 重大执法决定法制审核</p>
        </div>
      </div>
      <Card className="sx-login-card" title="工作人员登录" variant="borderless">
        {failure ? (
          <Alert
            style={{ marginBottom: 16 }}
            showIcon
            type="error"
            message="登录失败"
            description={failure.message}
          />
        ) : state.notice ? (
          <Alert style={{ marginBottom: 16 }} showIcon type="info" message={state.notice} />
        ) : null}
        <Form<LoginForm>
          layout="vertical"
          size="large"
          onFinish={(v) => login.mutate(v)}
          requiredMark={false}
          disabled={login.isPending}
        >
          <Form.Item name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
            <Input
              prefix={<UserOutlined />}
              placeholder="用户名"
              autoComplete="username"
              autoFocus
              aria-label="用户名"
            />
          </Form.Item>
          <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password
              prefix={<LockOutlined />}
              placeholder="密码"
              autoComplete="current-password"
              aria-label="密码"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          连续多次输入错误密码将锁定账号。如忘记密码，请联系安全管理员。
        </Typography.Paragraph>
      </Card>
      <div className="sx-login-footer">卫生健康行政执法 · 三项制度信息化平台</div>
    </div>
  );
}
