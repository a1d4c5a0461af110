// Setting up a second factor, as the body's algorithm asks: TOTP — scan the QR code with an authenticator
// app; SM3 (GM/T 0021 国密 token) — load the seed shown into the software token. Then a first code
// confirms it and the recovery codes are shown this once. Used by the sign-in (a role the body requires
// it of) and by the account menu (voluntary enrolment).
import { Fragment, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, QRCode, Space, Typography } from 'antd';
import { api, unwrap } from '../api/client.ts';
import { errorText } from '../lib/errors.ts';

export default function FactorEnrolment({
  intro,
  doneLabel,
  onDone,
  onActivated,
}: {
  /** What to say before the secret is drawn. */
  intro: string;
  doneLabel: string;
  onDone: () => void;
  /** The factor is on (the recovery codes are being shown). */
  onActivated?: () => void;
}) {
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const enrol = useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/auth/second-factor/enrol')) });
  const activate = useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/auth/second-factor/activate', { body: { code } })),
    onSuccess: (r) => {
      setRecoveryCodes(r.recoveryCodes);
      onActivated?.();
    },
  });
  const failed = activate.error ?? enrol.error;
  const started = enrol.data;

  return (
    <>
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
            description="手机或令牌丢失时，每个恢复码可代替验证码登录一次。也可请安全管理员重置两步验证。"
          />
          <Typography.Paragraph
            copyable={{ text: recoveryCodes.join('\n') }}
            className="sx-mono"
            data-testid="recovery-codes"
          >
            {/* One code never breaks across lines (a phone is narrow). */}
            {recoveryCodes.map((c, i) => (
              <Fragment key={c}>
                {i ? ' ' : ''}
                <span style={{ whiteSpace: 'nowrap', marginInlineEnd: 8 }}>{c}</span>
              </Fragment>
            ))}
          </Typography.Paragraph>
          <Button type="primary" block onClick={onDone}>
            {doneLabel}
          </Button>
        </>
      ) : started ? (
        <Form layout="vertical" onFinish={(v: { code: string }) => activate.mutate(v.code)}>
          {started.otpauthUri ? (
            <Space direction="vertical" align="center" style={{ width: '100%', marginBottom: 16 }}>
              <Typography.Text>用验证器应用扫描二维码：</Typography.Text>
              <QRCode value={started.otpauthUri} size={180} />
              <Typography.Text type="secondary" copyable={{ text: started.secret }} className="sx-mono">
                {started.secret}
              </Typography.Text>
            </Space>
          ) : (
            <>
              <Alert
                style={{ marginBottom: 12 }}
                showIcon
                type="info"
                message="本单位使用国密动态令牌（GM/T 0021 SM3 算法）"
                description="请将下列种子导入国密手机令牌（或交本单位令牌管理人员写入令牌），种子仅显示这一次。硬件令牌由安全管理员按厂商提供的序列号与种子绑定，无需在此设置。"
              />
              <Typography.Paragraph
                copyable={{ text: started.secret }}
                className="sx-mono"
                style={{ wordBreak: 'break-all' }}
                data-testid="sm3-seed"
              >
                {started.secret}
              </Typography.Paragraph>
            </>
          )}
          <Form.Item
            name="code"
            label={started.otpauthUri ? '验证器显示的验证码' : '令牌显示的动态口令'}
            rules={[{ required: true, whitespace: true, message: '请输入验证码' }]}
          >
            <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={activate.isPending}>
            确认并启用
          </Button>
        </Form>
      ) : (
        <>
          <Alert style={{ marginBottom: 16 }} showIcon type="info" message={intro} />
          <Button type="primary" block loading={enrol.isPending} onClick={() => enrol.mutate()}>
            开始设置
          </Button>
        </>
      )}
    </>
  );
}
