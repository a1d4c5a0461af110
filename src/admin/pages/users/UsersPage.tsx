// 账号管理 (H1–H2). 三员分立 splits the work: the system administrator creates, disables and enables
// accounts; the security administrator assigns roles, unlocks and resets passwords; each sees only the
// buttons of their own duty (the permissions the server computed).
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { App, Button, Input, Popconfirm, Tag, Tooltip } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { User } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { errorText } from '../../lib/errors.ts';
import { formatTime } from '../../lib/format.ts';
import { roleLabels } from '../../lib/labels.ts';
import RolesForm from './RolesForm.tsx';
import UserCreateForm from './UserCreateForm.tsx';
import InitialPasswordNotice, { type IssuedPassword } from './InitialPasswordNotice.tsx';
import ActionLink from '../../lib/ActionLink.tsx';
import AccountStatusForm from './AccountStatusForm.tsx';
import SignInSettingsForm from './SignInSettingsForm.tsx';
import BindTokenForm from './BindTokenForm.tsx';

const TRIAD = new Set(['sysadmin', 'secadmin', 'auditor']);
const lockedNow = (u: User) => u.lockedUntil !== null && new Date(u.lockedUntil).getTime() > Date.now();

export default function UsersPage() {
  const { me, can } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: keys.users, queryFn: () => unwrap(api.GET('/api/v1/users')) });
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [assigning, setAssigning] = useState<User | null>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const [switching, setSwitching] = useState<User | null>(null);
  const [binding, setBinding] = useState<User | null>(null);

  const resetFactor = useMutation({
    mutationFn: (u: User) =>
      unwrap(api.POST('/api/v1/users/{id}/second-factor/reset', { params: { path: { id: u.id } } })),
    onSuccess: async (_r, u) => {
      void message.success(`已重置 ${u.displayName} 的两步验证，对方下次登录时重新设置`);
      await queryClient.invalidateQueries({ queryKey: keys.users });
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const [settingsOpen, setSettingsOpen] = useState(false);

  const reset = useMutation({
    mutationFn: (u: User) =>
      unwrap(api.POST('/api/v1/users/{id}/reset-password', { params: { path: { id: u.id } } })),
    onSuccess: async ({ initialPassword, expiresAt }, u) => {
      setIssued({
        title: '密码已重置',
        account: `${u.displayName}（${u.username}）`,
        password: initialPassword,
        expiresAt,
      });
      await queryClient.invalidateQueries({ queryKey: keys.users });
    },
    onError: (e) => void message.error(errorText(e)),
  });

  const reissue = useMutation({
    mutationFn: (u: User) =>
      unwrap(api.POST('/api/v1/users/{id}/initial-password', { params: { path: { id: u.id } } })),
    onSuccess: async ({ initialPassword, expiresAt }, u) => {
      setIssued({
        title: '已重新生成初始密码',
        account: `${u.displayName}（${u.username}）`,
        password: initialPassword,
        expiresAt,
      });
      await queryClient.invalidateQueries({ queryKey: keys.users });
    },
    onError: (e) => void message.error(errorText(e)),
  });

  const unlock = useMutation({
    mutationFn: (u: User) =>
      unwrap(api.POST('/api/v1/users/{id}/unlock', { params: { path: { id: u.id } } })),
    onSuccess: async (_r, u) => {
      void message.success(`已解除 ${u.displayName} 的账号锁定`);
      await queryClient.invalidateQueries({ queryKey: keys.users });
    },
    onError: (e) => void message.error(errorText(e)),
  });

  const rows = (users.data ?? []).filter((u) => !q || u.username.includes(q) || u.displayName.includes(q));
  const columns: ProColumns<User>[] = [
    {
      title: '用户名',
      dataIndex: 'username',
      width: 130,
      render: (_, u) => <span className="sx-mono">{u.username}</span>,
    },
    { title: '姓名', dataIndex: 'displayName', width: 110 },
    { title: '所属主体', dataIndex: 'bodyName', ellipsis: true },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (_, u) => [
        ...u.roles.map((r) => (
          <Tag key={r} color={TRIAD.has(r) ? 'volcano' : 'blue'} bordered={false}>
            {roleLabels[r]}
          </Tag>
        )),
        u.totpEnrolled ? (
          <Tooltip
            key="totp"
            title={
              u.factorTokenSerial
                ? `国密令牌 ${u.factorTokenSerial}`
                : u.factorAlgorithm === 'sm3'
                  ? 'SM3 动态口令'
                  : 'TOTP 验证器'
            }
          >
            <Tag color="green" bordered={false}>
              两步验证
            </Tag>
          </Tooltip>
        ) : null,
      ],
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 190,
      render: (_, u) =>
        u.status === 'disabled' ? (
          <Tag>已停用</Tag>
        ) : u.initialPasswordExpired ? (
          <Tooltip
            title={`初始密码已于 ${formatTime(u.initialPasswordExpiresAt)} 过期，须由系统管理员重新生成`}
          >
            <Tag color="error">初始密码已过期</Tag>
          </Tooltip>
        ) : u.mustChangePassword ? (
          <Tooltip
            title={`尚未以初始密码登录并设置本人密码；初始密码有效至 ${formatTime(u.initialPasswordExpiresAt)}`}
          >
            <Tag color="warning">待设置密码</Tag>
          </Tooltip>
        ) : lockedNow(u) ? (
          <Tooltip title={`锁定至 ${formatTime(u.lockedUntil)}`}>
            <span>
              <Tag color="error">已锁定</Tag>
              <span style={{ fontSize: 12 }}>至 {formatTime(u.lockedUntil).slice(5, 16)}</span>
            </span>
          </Tooltip>
        ) : (
          <Tag color="success">正常</Tag>
        ),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 220,
      hideInTable:
        !can('users.assign_roles') &&
        !can('users.unlock') &&
        !can('users.reset_password') &&
        !can('users.write'),
      render: (_, u) => [
        can('users.assign_roles') && u.id !== me.id ? (
          <ActionLink key="roles" onClick={() => setAssigning(u)}>
            分配角色
          </ActionLink>
        ) : null,
        can('users.unlock') && lockedNow(u) ? (
          <Popconfirm
            key="unlock"
            title={`解除 ${u.displayName} 的账号锁定？`}
            okText="解除"
            cancelText="取消"
            onConfirm={() => unlock.mutateAsync(u)}
          >
            <Button type="link" size="small" style={{ padding: 0 }}>
              解除锁定
            </Button>
          </Popconfirm>
        ) : null,
        can('users.reset_password') && u.id !== me.id ? (
          <Popconfirm
            key="reset"
            title={`重置 ${u.displayName} 的密码？`}
            description="将生成一次性初始密码，并结束该账号的全部登录会话"
            okText="重置"
            cancelText="取消"
            onConfirm={() => reset.mutateAsync(u)}
          >
            <Button type="link" size="small" style={{ padding: 0 }}>
              重置密码
            </Button>
          </Popconfirm>
        ) : null,
        can('users.bind_token') && !u.totpEnrolled && u.status === 'active' && u.id !== me.id ? (
          <ActionLink key="token" onClick={() => setBinding(u)}>
            绑定国密令牌
          </ActionLink>
        ) : null,
        can('users.reset_factor') && u.totpEnrolled && u.id !== me.id ? (
          <Popconfirm
            key="factor"
            title={`重置 ${u.displayName} 的两步验证？`}
            description="用于验证器丢失；将结束该账号的全部登录会话"
            okText="重置"
            cancelText="取消"
            onConfirm={() => resetFactor.mutateAsync(u)}
          >
            <Button type="link" size="small" style={{ padding: 0 }}>
              重置两步验证
            </Button>
          </Popconfirm>
        ) : null,
        can('users.write') && u.mustChangePassword && u.id !== me.id ? (
          <Popconfirm
            key="reissue"
            title={`为 ${u.displayName} 重新生成初始密码？`}
            description="原初始密码随即失效，并结束该账号的全部登录会话"
            okText="重新生成"
            cancelText="取消"
            onConfirm={() => reissue.mutateAsync(u)}
          >
            <Button type="link" size="small" style={{ padding: 0 }}>
              重新生成初始密码
            </Button>
          </Popconfirm>
        ) : null,
        can('users.write') && u.id !== me.id ? (
          <ActionLink key="status" onClick={() => setSwitching(u)}>
            {u.status === 'disabled' ? '启用' : '停用'}
          </ActionLink>
        ) : null,
      ],
    },
  ];

  return (
    <>
      <ProTable<User>
        headerTitle="账号管理"
        tooltip="三员分立：系统管理员、安全管理员、审计管理员不得由同一账号兼任"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={users.isFetching}
        search={false}
        pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 个账号` }}
        options={{ reload: () => void users.refetch(), density: true, setting: true }}
        toolBarRender={() => [
          <Input.Search
            key="q"
            allowClear
            placeholder="用户名或姓名"
            aria-label="搜索账号"
            style={{ width: 200 }}
            onSearch={(v) => setQ(v.trim())}
          />,
          can('auth.settings') ? (
            <Button key="settings" onClick={() => setSettingsOpen(true)}>
              登录安全设置
            </Button>
          ) : null,
          can('users.write') ? (
            <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建账号
            </Button>
          ) : null,
        ]}
      />
      {creating ? (
        <UserCreateForm
          onClose={() => setCreating(false)}
          onCreated={(u) =>
            setIssued({
              title: '账号已创建',
              account: `${u.displayName}（${u.username}）`,
              password: u.initialPassword,
              expiresAt: u.initialPasswordExpiresAt ?? null,
            })
          }
        />
      ) : null}
      {assigning ? <RolesForm user={assigning} onClose={() => setAssigning(null)} /> : null}
      {switching ? <AccountStatusForm user={switching} onClose={() => setSwitching(null)} /> : null}
      {binding ? <BindTokenForm user={binding} onClose={() => setBinding(null)} /> : null}
      {settingsOpen ? <SignInSettingsForm onClose={() => setSettingsOpen(false)} /> : null}
      {issued ? <InitialPasswordNotice issued={issued} onClose={() => setIssued(null)} /> : null}
    </>
  );
}
