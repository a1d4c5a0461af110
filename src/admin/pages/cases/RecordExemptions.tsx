// 无法音像记录的工作记录 (C6, 万州区执法全过程记录制度第十三条): an officer of the case writes why an
// activity could not be recorded (secrets, privacy, force majeure); the head reviews and approves it. Until
// approved it does not answer the "recording missing" flag.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { errorText } from '../../lib/errors.ts';
import { formatTime } from '../../lib/format.ts';
import type { paths } from '../../api/schema.d.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Exemption = Json<paths['/api/v1/cases/{id}/records']['get']['responses'][200]>['exemptions'][number];
type Input = Json<NonNullable<paths['/api/v1/cases/{id}/records/exemptions']['post']['requestBody']>>;

const REASONS: Record<Exemption['reasonKind'], string> = {
  secret: '涉及国家秘密、工作秘密或商业秘密',
  privacy: '涉及个人隐私',
  force_majeure: '天气等不可抗力',
};

export default function RecordExemptions({
  caseId,
  exemptions,
  activities,
  mayWrite,
  queryKey,
}: {
  caseId: string;
  exemptions: Exemption[];
  activities: { value: string; label: string }[];
  mayWrite: boolean;
  queryKey: readonly unknown[];
}) {
  const { can } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Input>();
  const refresh = () => void queryClient.invalidateQueries({ queryKey });
  const add = useMutation({
    mutationFn: (body: Input) =>
      unwrap(api.POST('/api/v1/cases/{id}/records/exemptions', { params: { path: { id: caseId } }, body })),
    onSuccess: () => {
      void message.success('工作记录已登记，待负责人审核');
      form.resetFields();
      setOpen(false);
      refresh();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const approve = useMutation({
    mutationFn: (exemptionId: string) =>
      unwrap(
        api.POST('/api/v1/cases/{id}/records/exemptions/{exemptionId}/approve', {
          params: { path: { id: caseId, exemptionId } },
        }),
      ),
    onSuccess: () => {
      void message.success('已审核同意');
      refresh();
    },
    onError: (e) => void message.error(errorText(e)),
  });

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>无法音像记录的工作记录</Typography.Text>
      {exemptions.length ? (
        <List
          size="small"
          dataSource={exemptions}
          renderItem={(e) => (
            <List.Item
              actions={
                !e.approved && can('cases.approve')
                  ? [
                      <Button
                        key="approve"
                        size="small"
                        loading={approve.isPending}
                        onClick={() => approve.mutate(e.id)}
                      >
                        审核同意
                      </Button>,
                    ]
                  : []
              }
            >
              <Space direction="vertical" size={0}>
                <span>
                  {e.activity} · {REASONS[e.reasonKind]}{' '}
                  {e.approved ? (
                    <Tag color="green">负责人已审核</Tag>
                  ) : (
                    <Tag color="orange">待负责人审核</Tag>
                  )}
                </span>
                <Typography.Text type="secondary">
                  {e.reason}（{formatTime(e.createdAt)}）
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">无</Typography.Text>
      )}
      {mayWrite && !open ? <Button onClick={() => setOpen(true)}>登记无法音像记录的原因</Button> : null}
      {mayWrite && open ? (
        <Form form={form} layout="vertical" onFinish={(v) => add.mutate(v)}>
          <Form.Item name="activity" label="执法活动" rules={[{ required: true, message: '请选择' }]}>
            <Select showSearch optionFilterProp="label" options={activities} />
          </Form.Item>
          <Form.Item name="reasonKind" label="原因类别" rules={[{ required: true, message: '请选择' }]}>
            <Select options={Object.entries(REASONS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="reason" label="具体原因" rules={[{ required: true, message: '请填写' }]}>
            <Input.TextArea maxLength={2000} rows={3} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              提交
            </Button>
            <Button onClick={() => setOpen(false)}>取消</Button>
          </Space>
        </Form>
      ) : null}
    </Space>
  );
}
