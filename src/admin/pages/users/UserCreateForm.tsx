// 新建账号 (system administrator). An account may be linked to a person on the roster, which is how a
// case officer's actions are tied to their certificate.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { api, ApiError, unwrap } from '../../api/client.ts';
import { keys, useBodyOptions } from '../../api/queries.ts';
import type { Role } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { applyFieldErrors, errorText } from '../../lib/errors.ts';
import RoleCheckboxes from './RoleCheckboxes.tsx';

interface Values {
  username: string;
  displayName: string;
  bodyId: string;
  personId?: string;
  roles: Role[];
  password: string;
  confirm: string;
}

export default function UserCreateForm({ onClose }: { onClose: () => void }) {
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
    mutationFn: ({ confirm: _c, personId, ...v }: Values) =>
      unwrap(api.POST('/api/v1/users', { body: { ...v, personId: personId ?? null } })),
    onSuccess: async (u) => {
      void message.success(`账号 ${u.username} 已创建`);
      await queryClient.invalidateQueries({ queryKey: keys.users });
      onClose();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'PASSWORD_POLICY')
        form.setFields([{ name: 'password', errors: [e.message] }]);
      else if (e instanceof ApiError && e.code === 'DUPLICATE')
        form.setFields([{ name: 'username', errors: [e.message] }]);
      else applyFieldErrors(form, e);
    },
  });
  const generalError =
    create.isError &&
    !(
      create.error instanceof ApiError &&
      ['PASSWORD_POLICY', 'DUPLICATE', 'VALIDATION_FAILED'].includes(create.error.code)
    );

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
        initialValues={{ bodyId: me.bodyId, roles: ['officer'] }}
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
            <Form.Item
              name="roles"
              label="角色"
              rules={[{ required: true, type: 'array', min: 1, message: '至少需要一个角色' }]}
            >
              <RoleCheckboxes />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="password"
              label="初始密码"
              rules={[{ required: true, message: '请设置初始密码' }]}
              extra="至少 10 位，含大写字母、小写字母、数字、符号中的三类，不含用户名"
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="confirm"
              label="确认密码"
              dependencies={['password']}
              rules={[
                { required: true, message: '请再次输入密码' },
                ({ getFieldValue }) => ({
                  validator: (_r, v) =>
                    !v || v === getFieldValue('password')
                      ? Promise.resolve()
                      : Promise.reject(new Error('两次输入的密码不一致')),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
