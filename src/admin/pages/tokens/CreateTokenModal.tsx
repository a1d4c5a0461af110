// 创建 API 令牌: a purpose and an optional expiry; the token itself is shown once, here, with a copy
// button — the server keeps only its hash and cannot show it again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';
import { applyFieldErrors, errorText } from '../../lib/errors.ts';

export default function CreateTokenModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ name: string; expiresAt?: Dayjs | null }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (v: { name: string; expiresAt?: Dayjs | null }) =>
      unwrap(
        api.POST('/api/v1/auth/tokens', {
          body: { name: v.name, expiresAt: v.expiresAt ? v.expiresAt.endOf('day').format() : null },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.tokens }),
    onError: (e) => {
      if (!applyFieldErrors(form, e)) void message.error(errorText(e));
    },
  });

  if (create.data)
    return (
      <Modal
        open
        title="令牌已创建"
        closable={false}
        maskClosable={false}
        footer={
          <Button type="primary" onClick={onClose}>
            我已妥善保存
          </Button>
        }
      >
        <Alert
          type="warning"
          showIcon
          message="令牌只显示这一次"
          description="请立即复制并保存在对接系统的安全配置中。关闭后无法再次查看；遗失时请撤销后重新创建。令牌与本账号权限相同，切勿发给他人或写入代码仓库。"
          style={{ marginBottom: 16 }}
        />
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
          {create.data.name}
          {`（有效期至 ${dayjs(create.data.expiresAt).format('YYYY-MM-DD')}）`}
        </Typography.Paragraph>
        <Typography.Paragraph
          copyable={{ text: create.data.token, tooltips: ['复制令牌', '已复制'] }}
          className="sx-token"
        >
          {create.data.token}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          使用方式：请求头 Authorization: Bearer 令牌
        </Typography.Text>
      </Modal>
    );

  return (
    <Modal
      open
      title="创建 API 令牌"
      okText="创建"
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item
          name="name"
          label="用途"
          rules={[{ required: true, whitespace: true, message: '请填写令牌用途' }]}
        >
          <Input maxLength={100} placeholder="如：省行政执法监督平台数据对接" />
        </Form.Item>
        <Form.Item
          name="expiresAt"
          label="有效期至"
          extra="留空即取最长有效期（默认 1 年，由服务器设置决定）；建议设定较短的有效期并定期更换"
        >
          <DatePicker style={{ width: 200 }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
