// 停用 / 启用 an account (system administrator), with the reason the ledger records.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { User } from '../../api/types.ts';
import { errorText } from '../../lib/errors.ts';
import ReasonField from '../../lib/ReasonField.tsx';

export default function AccountStatusForm({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const enable = user.status === 'disabled';
  const change = useMutation({
    mutationFn: ({ reason }: { reason: string }) =>
      unwrap(
        api.POST(enable ? '/api/v1/users/{id}/enable' : '/api/v1/users/{id}/disable', {
          params: { path: { id: user.id } },
          body: { reason },
        }),
      ),
    onSuccess: async () => {
      void message.success(`已${enable ? '启用' : '停用'} ${user.displayName} 的账号`);
      await queryClient.invalidateQueries({ queryKey: keys.users });
      onClose();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Modal
      open
      title={`${enable ? '启用' : '停用'}账号：${user.displayName}（${user.username}）`}
      okText={enable ? '启用' : '停用'}
      okButtonProps={{ danger: !enable }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => change.mutate(v)}>
        <ReasonField
          label={enable ? '启用理由' : '停用理由'}
          extra={
            enable ? '将记入审计日志' : '将记入审计日志；停用后该账号的登录会话立即结束，API 令牌停止生效'
          }
        />
      </Form>
    </Modal>
  );
}
