// 新建账号 (system administrator). An account may be linked to a person on the roster, which is how a
// case officer's actions are tied to their certificate. 三员分立: it is created without roles (the
// security administrator assigns them) and with a one-time initial password drawn by the server.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { api, ApiError, unwrap } from '../../api/client.ts';
import { keys, useBodyOptions } from '../../api/queries.ts';
import { useSession } from '../../auth/session.tsx';
import { applyFieldErrors, errorText } from '../../lib/errors.ts';

interface Values {
  username: string;
  displayName: string;
  bodyId: string;
  personId?: string;
}

export default function UserCreateForm({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (account: {
    username: string;
    displayName: string;
    initialPassword: string;
    initialPasswordExpiresAt?: string | null;
  }) => void;
}) {
  const { me } = useSession();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const bodies = useBodyOptions();
  const bodyId = Form.useWatch('bodyId', form) ?? me.bodyId;
  const [personQ, setPersonQ] = useState('');
  const people = useQuery({
    queryKey: ['people', 'pick', bodyId, personQ],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/people', {
          params: { query: { bodyId, limit: 20, ...(personQ ? { q: personQ } : {}) } },
        }),
      ),
  });

  const create = useMutation({
    mutationFn: ({ personId, ...v }: Values) =>
      unwrap(api.POST('/api/v1/users', { body: { ...v, personId: personId ?? null } })),
    onSuccess: async (u) => {
      void message.success(`账号 ${u.username} 已创建，请由安全管理员分配角色`);
      await queryClient.invalidateQueries({ queryKey: keys.users });
      onCreated(u);
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'DUPLICATE')
        form.setFields([{ name: 'username', errors: [e.message] }]);
      else applyFieldErrors(form, e);
    },
  });
  const generalError =
    create.isError &&
    !(create.error instanceof ApiError && ['DUPLICATE', 'VALIDATION_FAILED'].includes(create.error.code));

  return (
    <Modal
      open
      width={720}
      title="新建账号"
      okText="创建"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {generalError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message="账号未创建"
          description={errorText(create.error)}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ bodyId: me.bodyId }}
        onFinish={(v) => create.mutate(v)}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="username"
              label="用户名"
              rules={[
                { required: true, message: '请填写用户名' },
                {
                  pattern: /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/,
                  message: '用户名须为 3–32 位字母、数字、下划线，以字母开头',
                },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="displayName"
              label="姓名"
              rules={[
                { required: true, whitespace: true, message: '请填写姓名' },
                { max: 50, message: '不能超过 50 个字' },
              ]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="bodyId"
              label="所属执法主体"
              rules={[{ required: true, message: '请选择所属执法主体' }]}
            >
              <Select
                options={bodies.options}
                showSearch
                optionFilterProp="label"
                onChange={() => form.setFieldValue('personId', undefined)}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="personId" label="关联人员" extra="执法人员账号应关联名册中的本人">
              <Select
                allowClear
                showSearch
                filterOption={false}
                onSearch={setPersonQ}
                loading={people.isFetching}
                placeholder="输入姓名或执法证号搜索"
                options={(people.data?.items ?? []).map((p) => ({
                  value: p.id,
                  label: `${p.name}${p.certificate ? `（${p.certificate.number}）` : ''}`,
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Alert
              type="info"
              showIcon
              message="三员分立：新账号不带角色，由安全管理员分配；初始密码由系统生成，仅显示一次，账号本人首次登录时须修改。"
            />
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
