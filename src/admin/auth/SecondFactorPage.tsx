// 两步验证: a session that has shown its password but still owes its second factor. 'verify': the code
// from the authenticator app, or a recovery code. 'enrol' (the body requires it of this role): scan the
// QR code, confirm with a first code, note the recovery codes shown this once. The server refuses every
// other request until then.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, QRCode, Space, Typography } from 'antd';
import { api, setCsrfToken, unwrap } from '../api/client.ts';
import { errorText } from '../lib/errors.ts';
import { ME_KEY } from './session.tsx';

export default function SecondFactorPage({
  state,
  displayName,
}: {
  state: 'verify' | 'enrol';
  displayName: string;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const done = () => void queryClient.invalidateQueries({ queryKey: ME_KEY });
  const verify = useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/auth/second-factor/verify', { body: { code } })),
    onSuccess: done,
  });
  const enrol = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/auth/second-factor/enrol')) });
  const activate = useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/auth/second-factor/activate', { body: { code } })),
    onSuccess: (r) => setRecoveryCodes(r.recoveryCodes),
  });
  const logout = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      void navigate('/login', { replace: true, state: { notice: '您已退出登录' } });
    },
  });
  const failed = verify.error ?? activate.error ?? enrol.error;

  return (
    <div className="sx-login">
      <Card className="sx-login-card" title={`两步验证：${displayName}`} variant="borderless">
        {failed ? (
          <Alert style={{ marginBottom: 16 }} showIcon type="error" message={errorText(failed)} />
        ) : null}
        {recoveryCodes ? (
          <>
            <Alert
              style={{ marginBottom: 16 }}
              showIcon
              type="warning"
              message="请抄下恢复码，它们只显示这一次"
              description="手机丢失时，每个恢复码可代替验证码登录一次。也可请安全管理员重置两步验证。"
            />
            <Typography.Paragraph
              copyable={{ text: recoveryCodes.join('\n') }}
              className="sx-mono"
              data-testid="recovery-codes"
            >
              {recoveryCodes.join('  ')}
            </Typography.Paragraph>
            <Button type="primary" block onClick={done}>
              已保存，进入系统
            </Button>
          </>
        ) : state === 'verify' ? (
          <Form layout="vertical" onFinish={(v: { code: string }) => verify.mutate(v.code)}>
            <Form.Item
              name="code"
              label="验证码"
              extra="打开手机验证器应用，输入显示的 6 位数字；也可输入恢复码"
              rules={[{ required: true, whitespace: true, message: '请输入验证码' }]}
            >
              <Input autoComplete="one-time-code" autoFocus maxLength={20} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={verify.isPending}>
              验证
            </Button>
          </Form>
        ) : enrol.data ? (
          <Form layout="vertical" onFinish={(v: { code: string }) => activate.mutate(v.code)}>
            <Space direction="vertical" align="center" style={{ width: '100%', marginBottom: 16 }}>
              <QRCode value={enrol.data.otpauthUri} size={180} />
              <Typography.Text type="secondary" copyable={{ text: enrol.data.secret }} className="sx-mono">
                {enrol.data.secret}
              </Typography.Text>
            </Space>
            <Form.Item
              name="code"
              label="验证器显示的验证码"
              rules={[{ required: true, whitespace: true, message: '请输入验证码' }]}
            >
              <Input autoComplete="one-time-code" maxLength={6} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={activate.isPending}>
              确认并启用
            </Button>
          </Form>
        ) : (
          <>
            <Alert
              style={{ marginBottom: 16 }}
              showIcon
              type="info"
              message="本单位要求此角色使用两步验证"
              description="请在手机上安装任一验证器应用（支持 TOTP 动态口令），扫描下一步显示的二维码。"
            />
            <Button type="primary" block loading={enrol.isPending} onClick={() => enrol.mutate()}>
              开始设置
            </Button>
          </>
        )}
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
