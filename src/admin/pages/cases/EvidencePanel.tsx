// 证据: the evidence recorded for the case (行政处罚法第四十六条 kinds), a form to register more (with
// how electronic data was captured, C7), and per item its file: uploaded once, shown with its size and
// fingerprints, downloaded through the server (which checks the file and logs the download, C10).
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import DateTimeInput from '../../lib/DateTimeInput.tsx';
import type { TableColumnsType as ColumnsType } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { downloadFile } from '../../lib/download.ts';
import { applyFieldErrors, errorText } from '../../lib/errors.ts';
import { formatTime } from '../../lib/format.ts';
import { caseKeys, type CaseDetail, type CaseMeta, type EvidenceCreate } from './api.ts';
import EvidenceFileModal, { applyDetailField } from './EvidenceFileModal.tsx';
import { formatBytes, shortHash } from './evidenceFormat.ts';

type Evidence = CaseDetail['evidence'][number];
type Values = Omit<EvidenceCreate, 'collectedOn' | 'capturedAt' | 'version'> & {
  collectedOn: Dayjs;
  capturedAt?: Dayjs | null;
};

function EvidenceForm({
  c,
  meta,
  onDone,
}: {
  c: CaseDetail;
  meta: CaseMeta | undefined;
  onDone: () => void;
}) {
  const { me } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const add = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/cases/{id}/evidence', {
          params: { path: { id: c.id } },
          body: {
            ...v,
            // The version this page shows: evidence added to a case changed meanwhile is refused (409).
            version: c.version,
            collectedOn: v.collectedOn.format('YYYY-MM-DD'),
            // The instant with the browser's zone (+08:00), as the server requires.
            capturedAt: v.capturedAt ? v.capturedAt.format() : null,
            device: v.device?.trim() || null,
            location: v.location?.trim() || null,
          },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(caseKeys.detail(c.id), updated);
      void message.success('证据已登记');
      form.resetFields();
      onDone();
    },
    onError: (e) => {
      if (!applyFieldErrors(form, e) && !applyDetailField(form, e)) void message.error(errorText(e));
    },
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ collectedOn: dayjs(), collectedBy: me.displayName }}
      onFinish={(v) => add.mutate(v)}
      className="sx-case-subform"
    >
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="type" label="证据种类" rules={[{ required: true, message: '请选择证据种类' }]}>
            <Select options={meta?.evidenceTypes ?? []} placeholder="选择证据种类" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="title"
            label="证据名称"
            rules={[{ required: true, whitespace: true, message: '请填写证据名称' }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="description" label="证明内容">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="source" label="来源">
            <Input maxLength={200} placeholder="如：当事人提供、现场提取" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="collectedOn"
            label="收集日期"
            rules={[{ required: true, message: '请选择收集日期' }]}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="collectedBy" label="收集人">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="capturedAt"
            label="采集时间"
            tooltip="电子数据、视听资料：执法记录仪或移动执法终端记录的时间"
          >
            <DateTimeInput style={{ width: '100%' }} maxDate={dayjs()} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="device" label="采集设备">
            <Input maxLength={100} placeholder="如：执法记录仪编号" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="location" label="采集地点">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        登记证据
      </Button>
      <Button style={{ marginInlineStart: 8 }} onClick={onDone}>
        取消
      </Button>
    </Form>
  );
}

function FileCell({ c, e, onUpload }: { c: CaseDetail; e: Evidence; onUpload: () => void }) {
  const { message } = App.useApp();
  if (e.hasFile && e.sha256) {
    const download = () =>
      downloadFile(`/api/v1/cases/${c.id}/evidence/${e.seq}/file`, e.fileName ?? `证据${e.seq}`).catch(
        (err: unknown) => void message.error(errorText(err)),
      );
    return (
      <Space direction="vertical" size={0}>
        <Button
          type="link"
          size="small"
          icon={<DownloadOutlined />}
          onClick={() => void download()}
          style={{ paddingInline: 0 }}
        >
          下载 {e.fileName}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatBytes(e.size)} ·{' '}
          <Tooltip
            title={
              <div style={{ wordBreak: 'break-all' }}>
                SHA-256：{e.sha256}
                <br />
                SM3：{e.sm3}
                {e.fileAttachedAt ? (
                  <>
                    <br />
                    上传时间：{formatTime(e.fileAttachedAt)}
                  </>
                ) : null}
              </div>
            }
          >
            <Typography.Text
              code
              copyable={{ text: e.sha256, tooltips: ['复制 SHA-256', '已复制'] }}
              style={{ fontSize: 12 }}
            >
              {shortHash(e.sha256)}
            </Typography.Text>
          </Tooltip>
        </Typography.Text>
      </Space>
    );
  }
  return c.mayAddEvidence ? (
    <Button size="small" icon={<UploadOutlined />} onClick={onUpload}>
      上传文件
    </Button>
  ) : (
    <Typography.Text type="secondary">未上传</Typography.Text>
  );
}

function CaptureCell({ e }: { e: Evidence }) {
  if (!e.capturedAt && !e.device && !e.location) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space direction="vertical" size={0} style={{ fontSize: 12 }}>
      {e.capturedAt ? <span>{formatTime(e.capturedAt)}</span> : null}
      {e.device ? <span>{e.device}</span> : null}
      {e.location ? <span>{e.location}</span> : null}
    </Space>
  );
}

export default function EvidencePanel({ c, meta }: { c: CaseDetail; meta: CaseMeta | undefined }) {
  const [adding, setAdding] = useState(false);
  const [uploading, setUploading] = useState<Evidence | null>(null);
  const columns: ColumnsType<Evidence> = [
    { title: '序号', dataIndex: 'seq', width: 60 },
    { title: '种类', dataIndex: 'typeLabel', width: 130 },
    { title: '名称', dataIndex: 'title' },
    { title: '证明内容', dataIndex: 'description', ellipsis: true },
    { title: '来源', dataIndex: 'source', width: 140, ellipsis: true },
    { title: '收集日期', dataIndex: 'collectedOn', width: 104 },
    { title: '收集人', dataIndex: 'collectedBy', width: 90 },
    { title: '采集信息', key: 'capture', width: 170, render: (_, e) => <CaptureCell e={e} /> },
    {
      title: '文件',
      key: 'file',
      width: 230,
      fixed: 'right',
      render: (_, e) => <FileCell c={c} e={e} onUpload={() => setUploading(e)} />,
    },
  ];
  return (
    <>
      {c.finished ? (
        <Alert type="info" showIcon message="案件已办结，不能再登记证据" style={{ marginBottom: 12 }} />
      ) : c.mayAddEvidence && !adding ? (
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} style={{ marginBottom: 12 }}>
          登记证据
        </Button>
      ) : null}
      {adding && !c.finished ? <EvidenceForm c={c} meta={meta} onDone={() => setAdding(false)} /> : null}
      <Table<Evidence>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={c.evidence}
        pagination={false}
        scroll={{ x: 1260 }}
        locale={{ emptyText: '尚未登记证据' }}
      />
      {uploading ? <EvidenceFileModal c={c} item={uploading} onClose={() => setUploading(null)} /> : null}
    </>
  );
}
