// 委托执法: the entrusting body, scope, term and the signed agreement. The agreement is a stored
// document (content-addressed on the server); uploading a new one makes a new version of the body.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Space, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { rawFetch } from '../../api/client.ts';
import type { Body } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { downloadFile } from '../../lib/download.ts';
import { errorText } from '../../lib/errors.ts';

export default function DelegationSection({
  body,
  delegatorName,
}: {
  body: Body;
  delegatorName: string | null;
}) {
  const { can } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const url = `/api/v1/bodies/${body.id}/delegation-agreement`;

  const upload = useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return rawFetch(url, { method: 'POST', body: form });
    },
    onSuccess: async () => {
      void message.success('委托协议已上传');
      await queryClient.invalidateQueries({ queryKey: ['body', body.id] });
      await queryClient.invalidateQueries({ queryKey: ['bodies'] });
    },
    onError: (e) => void message.error(errorText(e)),
  });

  const term =
    body.delegationValidFrom || body.delegationValidTo
      ? `${body.delegationValidFrom ?? '—'} 至 ${body.delegationValidTo ?? '—'}`
      : '—';
  const agreement = (
    <Space wrap>
      {body.delegationAgreementName ? (
        <Button
          size="small"
          icon={<DownloadOutlined />}
          onClick={() =>
            downloadFile(url, body.delegationAgreementName ?? '委托协议').catch(
              (e: unknown) => void message.error(errorText(e)),
            )
          }
        >
          下载 {body.delegationAgreementName}
        </Button>
      ) : (
        <Typography.Text type="secondary">未上传</Typography.Text>
      )}
      {can('bodies.write') ? (
        <Upload
          accept=".pdf,.doc,.docx,.ofd,.jpg,.jpeg,.png"
          showUploadList={false}
          beforeUpload={(file) => {
            upload.mutate(file);
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
            {body.delegationAgreementName ? '重新上传' : '上传委托协议'}
          </Button>
        </Upload>
      ) : null}
    </Space>
  );
  const delegated = body.nature === '受委托组织' || body.delegatedById !== null;
  return (
    <div>
      <Typography.Title level={5}>委托执法</Typography.Title>
      {!delegated ? (
        <Typography.Paragraph type="secondary">本主体不是受委托组织，无委托执法信息。</Typography.Paragraph>
      ) : null}
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 150, whiteSpace: 'nowrap' } }}
        items={[
          { key: 'by', label: '委托机关', children: delegatorName ?? '—' },
          { key: 'scope', label: '委托范围', children: body.delegationScope ?? '—' },
          { key: 'term', label: '委托期限', children: term },
          { key: 'agreement', label: '委托协议', children: agreement },
        ]}
      />
    </div>
  );
}
