// 我的 API 令牌 (H7): tokens other platforms use to call the API as this account, with its roles and data
// scope. Listed with their last use; revoking one stops it at once.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProTable } from '@ant-design/pro-components';
import { App, Button, Popconfirm, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import type { ApiToken } from '../../api/types.ts';
import { errorText } from '../../lib/errors.ts';
import { formatTime } from '../../lib/format.ts';
import CreateTokenModal from './CreateTokenModal.tsx';

function statusOf(t: ApiToken) {
  if (t.revokedAt) return <Tag>已撤销</Tag>;
  if (new Date(t.expiresAt).getTime() <= Date.now()) return <Tag color="warning">已过期</Tag>;
  return <Tag color="success">有效</Tag>;
}

export default function TokensPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const tokens = useQuery({ queryKey: keys.tokens, queryFn: () => unwrap(api.GET('/api/v1/auth/tokens')) });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/auth/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      void message.success('令牌已撤销，使用它的请求将被拒绝');
      return queryClient.invalidateQueries({ queryKey: keys.tokens });
    },
    onError: (e) => void message.error(errorText(e)),
  });

  return (
    <>
      <ProTable<ApiToken>
        headerTitle="我的 API 令牌"
        tooltip="供其他政务平台以本账号身份调用接口；权限与数据范围同本账号"
        rowKey="id"
        size="small"
        search={false}
        pagination={false}
        loading={tokens.isFetching}
        dataSource={tokens.data ?? []}
        options={{ reload: () => void tokens.refetch(), density: false, setting: false }}
        toolBarRender={() => [
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            创建令牌
          </Button>,
        ]}
        columns={[
          { title: '用途', dataIndex: 'name', ellipsis: true },
          { title: '状态', key: 'status', width: 80, render: (_, t) => statusOf(t) },
          {
            title: '创建时间',
            dataIndex: 'createdAt',
            width: 160,
            render: (_, t) => formatTime(t.createdAt),
          },
          {
            title: '有效期至',
            dataIndex: 'expiresAt',
            width: 160,
            render: (_, t) => formatTime(t.expiresAt),
          },
          {
            title: '最近使用',
            dataIndex: 'lastUsedAt',
            width: 160,
            render: (_, t) =>
              t.lastUsedAt ? (
                formatTime(t.lastUsedAt)
              ) : (
                <Typography.Text type="secondary">从未使用</Typography.Text>
              ),
          },
          {
            title: '操作',
            valueType: 'option',
            width: 70,
            render: (_, t) =>
              t.revokedAt
                ? []
                : [
                    <Popconfirm
                      key="revoke"
                      title="撤销此令牌？"
                      description="撤销后立即失效，且不可恢复。"
                      okText="撤销"
                      okButtonProps={{ danger: true }}
                      onConfirm={() => revoke.mutateAsync(t.id)}
                    >
                      <a href="#" style={{ color: '#cf1322' }} onClick={(e) => e.preventDefault()}>
                        撤销
                      </a>
                    </Popconfirm>,
                  ],
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        令牌仅在创建时显示一次，服务器只保存其摘要。不再使用的令牌请及时撤销；所有创建和撤销均记入审计日志。
      </Typography.Paragraph>
      {creating ? <CreateTokenModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
