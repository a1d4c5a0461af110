// 上传证据文件: one file per evidence item, with how the electronic data was captured (C7). The server
// keeps the first file for good (C8), so the dialog says so before anything is sent; capture details
// already recorded at registration are shown and locked, only missing ones can be filled in.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Typography, Upload } from 'antd';
import DateTimeInput from '../../lib/DateTimeInput.tsx';
import type { FormInstance } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError, rawFetch } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';
import { caseKeys, type CaseDetail } from './api.ts';
import { formatBytes } from './evidenceFormat.ts';

type Evidence = CaseDetail['evidence'][number];
interface Values {
  capturedAt?: Dayjs | null;
  device?: string;
  location?: string;
}

/** A service-side refusal naming one field (`details.field`) goes under that field. */
export function applyDetailField(form: FormInstance, e: unknown): boolean {
  if (!(e instanceof ApiError)) return false;
  const field = (e.details as { field?: unknown } | null)?.field;
  if (typeof field !== 'string' || !(field in (form.getFieldsValue() as object))) return false;
  form.setFields([{ name: field, errors: [e.message] }]);
  return true;
}

export default function EvidenceFileModal({
  c,
  item,
  onClose,
}: {
  c: CaseDetail;
  item: Evidence;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);

  const upload = useMutation({
    mutationFn: async (v: Values) => {
      const body = new FormData();
      // Details first: the server checks them before it stores the file.
      if (v.capturedAt && !item.capturedAt) body.append('capturedAt', v.capturedAt.format());
      if (v.device?.trim() && !item.device) body.append('device', v.device.trim());
      if (v.location?.trim() && !item.location) body.append('location', v.location.trim());
      body.append('file', file!);
      const res = await rawFetch(`/api/v1/cases/${c.id}/evidence/${item.seq}/file`, { method: 'POST', body });
      return (await res.json()) as CaseDetail;
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(caseKeys.detail(c.id), updated);
      void message.success('证据文件已上传并存证');
      onClose();
    },
    onError: (e) => {
      if (!applyDetailField(form, e)) void message.error(errorText(e));
    },
  });

  return (
    <Modal
      open
      title={`上传证据文件：${item.seq}. ${item.title}`}
      okText="确认上传"
      okButtonProps={{ disabled: !file, loading: upload.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message="证据文件一经上传即计算哈希值存证，不能替换或删除；如需补充材料，请登记新的证据。"
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          capturedAt: item.capturedAt ? dayjs(item.capturedAt) : null,
          device: item.device ?? '',
          location: item.location ?? '',
        }}
        onFinish={(v) => upload.mutate(v)}
      >
        <Form.Item label="文件" required>
          <Upload
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'evidence', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
          {file ? (
            <Typography.Text type="secondary">
              {formatBytes(file.size)}
              {file.size === 0 ? '（空文件不能上传）' : ''}
            </Typography.Text>
          ) : null}
        </Form.Item>
        <Form.Item
          name="capturedAt"
          label="采集时间"
          extra="电子数据、视听资料填写执法记录仪或移动执法终端记录的时间"
        >
          <DateTimeInput
            style={{ width: '100%' }}
            disabled={!!item.capturedAt}
            maxDate={dayjs(item.collectedOn)}
          />
        </Form.Item>
        <Form.Item name="device" label="采集设备">
          <Input maxLength={100} disabled={!!item.device} placeholder="如：执法记录仪编号 DSJ-0231" />
        </Form.Item>
        <Form.Item name="location" label="采集地点">
          <Input maxLength={200} disabled={!!item.location} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
