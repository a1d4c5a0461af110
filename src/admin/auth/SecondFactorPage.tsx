// 两步验证: a session that has shown its password but still owes its second factor. 'verify': the code
// from the authenticator app or 国密 token, or a recovery code. 'enrol' (the body requires it of this
// role): FactorEnrolment (QR code or seed, a first code, the recovery codes shown this once). The server
// refuses every other request until then.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input } from 'antd';
import { api, setCsrfToken, unwrap } from '../api/client.ts';
import { errorText } from '../lib/errors.ts';
import { ME_KEY } from './session.tsx';
import FactorEnrolment from './FactorEnrolment.tsx';

export default function SecondFactorPage({
  state,
  displayName,
}: {
  state: 'verify' | 'enrol';
  displayName: string;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const done = () => void queryClient.invalidateQueries({ queryKey: ME_KEY });
  const verify = useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/auth/second-factor/verify', { body: { code } })),
    onSuccess: done,
  });
  const logout = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/auth/logout')),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      void navigate('/login', { replace: true, state: { notice: '您已退出登录' } });
    },
  });
  const failed = verify.error;

  return (
    <div className="sx-login">
      <Card className="sx-login-card" title={`两步验证：${displayName}`} variant="borderless">
        {failed ? (
          <Alert style={{ marginBottom: 16 }} showIcon type="error" message={errorText(failed)} />
        ) : null}
        {state === 'verify' ? (
          <Form layout="vertical" onFinish={(v: { code: string }) => verify.mutate(v.code)}>
            <Form.Item
              name="code"
              label="验证码"
              extra="打开手机验证器应用或动态令牌，输入显示的 6 位数字；也可输入恢复码"
              rules={[{ required: true, whitespace: true, message: '请输入验证码' }]}
            >
              <Input autoComplete="one-time-code" autoFocus maxLength={20} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={verify.isPending}>
              验证
            </Button>
          </Form>
        ) : (
          <FactorEnrolment
            intro="本单位要求此角色使用两步验证。请准备验证器应用（TOTP）或本单位配发的国密令牌，按下一步提示设置。"
            doneLabel="已保存，进入系统"
            onDone={done}
          />
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
