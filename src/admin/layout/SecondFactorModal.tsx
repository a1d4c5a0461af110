// 两步验证 from the user menu: any account may turn it on (FactorEnrolment: QR code or 国密 seed, a
// first code, recovery codes shown once), see that it is on and by what, and turn it off again with a
// current code — unless its body requires it of the account's roles (the server refuses that too).
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, Modal, Spin, Tag } from 'antd';
import { api, unwrap } from '../api/client.ts';
import FactorEnrolment from '../auth/FactorEnrolment.tsx';
import { errorText } from '../lib/errors.ts';

const KEY = ['second-factor'] as const;
const METHOD = { totp: 'TOTP 验证器应用', sm3: 'SM3 国密动态令牌（GM/T 0021）' } as const;

export default function SecondFactorModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: KEY,
    queryFn: () => unwrap(api.GET('/api/v1/auth/second-factor')),
    enabled: open,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });
  const turnOff = useMutation({
    mutationFn: (code: string) => unwrap(api.POST('/api/v1/auth/second-factor/disable', { body: { code } })),
    onSuccess: async () => {
      void message.success('已关闭两步验证，本账号在其他地方的登录已结束');
      await refresh();
    },
  });
  const s = status.data;
  // On from the first code, while the recovery codes are still on the screen.
  const [activated, setActivated] = useState(false);

  return (
    <Modal
      open={open}
      title="两步验证"
      onCancel={() => {
        setActivated(false);
        void refresh();
        onClose();
      }}
      footer={null}
      destroyOnHidden
    >
      {!s ? (
        <Spin />
      ) : s.enrolled ? (
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="状态">
              <Tag color="success">已启用</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="方式">
              {s.algorithm ? METHOD[s.algorithm] : '—'}
              {s.tokenSerial ? `，令牌 ${s.tokenSerial}` : ''}
            </Descriptions.Item>
            {s.algorithm && !s.tokenSerial ? (
              <Descriptions.Item label="剩余恢复码">{s.recoveryCodesLeft} 个</Descriptions.Item>
            ) : null}
          </Descriptions>
          {s.required ? (
            <Alert
              showIcon
              type="info"
              message="本单位要求此角色使用两步验证，不能关闭"
              description="手机或令牌丢失时，请用恢复码登录，或请安全管理员重置两步验证。"
            />
          ) : (
            <Form layout="vertical" onFinish={(v: { code: string }) => turnOff.mutate(v.code)}>
              {turnOff.error ? (
                <Alert
                  style={{ marginBottom: 16 }}
                  showIcon
                  type="error"
                  message={errorText(turnOff.error)}
                />
              ) : null}
              <Form.Item
                name="code"
                label="当前验证码"
                extra="关闭前请输入验证器或令牌当前显示的 6 位验证码（恢复码不可用于关闭）"
                rules={[{ required: true, whitespace: true, message: '请输入验证码' }]}
              >
                <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} />
              </Form.Item>
              <Button danger block htmlType="submit" loading={turnOff.isPending}>
                关闭两步验证
              </Button>
            </Form>
          )}
        </>
      ) : (
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label="状态">
              {activated ? <Tag color="success">已启用</Tag> : <Tag>未启用</Tag>}
            </Descriptions.Item>
          </Descriptions>
          <FactorEnrolment
            intro={`启用后，登录时除密码外还须输入${
              s.bodyAlgorithm === 'sm3' ? '国密动态令牌' : '手机验证器应用'
            }显示的动态验证码，账号被盗用的风险更低。`}
            doneLabel="完成"
            onActivated={() => setActivated(true)}
            onDone={() => {
              setActivated(false);
              void message.success('两步验证已启用');
              void refresh();
            }}
          />
        </>
      )}
    </Modal>
  );
}
