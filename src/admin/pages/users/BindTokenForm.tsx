// 绑定国密令牌 (security administrator): a vendor's pre-seeded GM/T 0021 SM3 hardware token is bound to
// an account by its serial number and the seed from the vendor's seed file; the code the token shows now
// proves both (and the token's clock). The server seals the seed and records the binding in the ledger.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { User } from '../../api/types.ts';
import { errorText } from '../../lib/errors.ts';

interface Values {
  serial: string;
  seed: string;
  code: string;
}

export default function BindTokenForm({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const bind = useMutation({
    mutationFn: (body: Values) =>
      unwrap(api.POST('/api/v1/users/{id}/second-factor/token', { params: { path: { id: user.id } }, body })),
    onSuccess: async (_r, v) => {
      void message.success(`已为 ${user.displayName} 绑定令牌 ${v.serial}，对方下次登录时输入令牌口令`);
      await queryClient.invalidateQueries({ queryKey: keys.users });
      onClose();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Modal
      open
      title={`绑定国密令牌：${user.displayName}（${user.username}）`}
      okText="绑定"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={bind.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => bind.mutate(v)}>
        <Form.Item
          name="serial"
          label="令牌序列号"
          rules={[{ required: true, whitespace: true, message: '请输入令牌背面的序列号' }]}
        >
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="seed"
          label="令牌种子"
          extra="厂商种子文件中该序列号对应的种子（十六进制）；保存后加密存储，不再显示"
          rules={[{ required: true, whitespace: true, message: '请输入令牌种子' }]}
        >
          <Input.TextArea rows={2} autoComplete="off" className="sx-mono" />
        </Form.Item>
        <Form.Item
          name="code"
          label="令牌当前显示的动态口令"
          extra="用于核对种子与令牌时间"
          rules={[{ required: true, whitespace: true, message: '请输入令牌当前显示的 6 位口令' }]}
        >
          <Input maxLength={6} inputMode="numeric" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
