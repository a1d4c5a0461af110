// 分配角色 (security administrator). The 三员分立 rule is deliberately not pre-checked here: the server
// owns it, and its refusal is shown verbatim so the message matches the audit record.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { Role, User } from '../../api/types.ts';
import { errorText, isVersionConflict } from '../../lib/errors.ts';
import ReasonField from '../../lib/ReasonField.tsx';
import RoleCheckboxes from './RoleCheckboxes.tsx';

export default function RolesForm({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<{ roles: Role[]; reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const assign = useMutation({
    mutationFn: (v: { roles: Role[]; reason: string }) =>
      unwrap(
        api.PUT('/api/v1/users/{id}/roles', {
          params: { path: { id: user.id } },
          body: { roles: v.roles, reason: v.reason, version: user.version },
        }),
      ),
    onSuccess: async () => {
      void message.success(`已更新 ${user.displayName} 的角色，对方重新登录后生效`);
      await queryClient.invalidateQueries({ queryKey: keys.users });
      onClose();
    },
    onError: async (e) => {
      if (isVersionConflict(e)) await queryClient.invalidateQueries({ queryKey: keys.users });
    },
  });
  return (
    <Modal
      open
      width={620}
      title={`分配角色：${user.displayName}（${user.username}）`}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={assign.isPending}
      destroyOnHidden
    >
      {assign.isError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message="角色未保存"
          description={errorText(assign.error)}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ roles: user.roles }}
        onFinish={(v) => assign.mutate(v)}
      >
        <Form.Item
          name="roles"
          label="角色"
          rules={[{ required: true, type: 'array', min: 1, message: '至少需要一个角色' }]}
        >
          <RoleCheckboxes />
        </Form.Item>
        <ReasonField label="变更理由" extra="将记入审计日志；新角色在对方重新登录后生效" />
      </Form>
    </Modal>
  );
}
