// 音像记录 (C6): the case's audio/video and photo records with their poster, device facts and fingerprints,
// the compliance flags with their article, an upload that resumes where it broke off (tus, with a progress
// bar) for officers of the open case, and playback through the server (range requests, each view logged).
import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Col,
  Form,
  Input,
  Modal,
  Progress,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { PlayCircleOutlined, UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Upload as TusUpload } from 'tus-js-client';
import { api, csrfHeaders, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema.d.ts';
import DateTimeInput from '../../lib/DateTimeInput.tsx';
import { formatTime } from '../../lib/format.ts';
import type { CaseDetail } from './api.ts';
import { formatBytes, shortHash } from './evidenceFormat.ts';
import RecordExemptions from './RecordExemptions.tsx';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type RecordList = Json<paths['/api/v1/cases/{id}/records']['get']['responses'][200]>;
type AvRecord = RecordList['records'][number];

const KIND_LABELS: Record<AvRecord['kind'], string> = { video: '录像', audio: '录音', photo: '照片' };
const recordsKey = (id: string) => ['cases', 'records', id] as const;
const fileUrl = (caseId: string, seq: number) => `/api/v1/cases/${caseId}/records/${seq}/file`;

interface Values {
  kind: AvRecord['kind'];
  activity: string;
  title: string;
  place?: string;
  deviceSerial: string;
  officerCardId?: string;
  startedAt: Dayjs;
  endedAt: Dayjs;
  important?: boolean;
  deviceHash?: string;
  interruptionNote?: string;
  lateReason?: string;
  lateApprovedBy?: string;
}

function useAvActivities() {
  return useQuery({
    queryKey: ['catalog', 'av_rule'],
    queryFn: () => unwrap(api.GET('/api/v1/catalog/{kind}', { params: { path: { kind: 'av_rule' } } })),
    staleTime: 30 * 60_000,
    select: (items) =>
      (items as { code: string; data: unknown }[]).map((i) => ({
        value: i.code,
        label: `${i.code} ${(i.data as { name?: string }).name ?? ''}`,
      })),
  });
}

function UploadForm({ c, onDone }: { c: CaseDetail; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const activities = useAvActivities();

  const start = (v: Values) => {
    if (!file) return setError('请选择文件');
    setError(null);
    const metadata: Record<string, string> = {
      caseId: c.id,
      filename: file.name,
      filetype: file.type || 'application/octet-stream',
      kind: v.kind,
      activity: v.activity,
      title: v.title,
      place: v.place ?? '',
      deviceSerial: v.deviceSerial,
      officerCardId: v.officerCardId ?? '',
      startedAt: v.startedAt.format(),
      endedAt: v.endedAt.format(),
      important: v.important ? 'true' : 'false',
      interruptionNote: v.interruptionNote ?? '',
      lateReason: v.lateReason ?? '',
      lateApprovedBy: v.lateApprovedBy ?? '',
      ...(v.deviceHash ? { deviceHash: v.deviceHash } : {}),
    };
    const upload = new TusUpload(file, {
      endpoint: '/api/v1/uploads',
      metadata,
      chunkSize: 8 * 1024 * 1024,
      retryDelays: [0, 1000, 3000, 5000],
      // The same file on this page continues where it broke off (the server keeps what arrived).
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onBeforeRequest: (req) => {
        for (const [k, value] of Object.entries(csrfHeaders(req.getMethod()))) req.setHeader(k, value);
      },
      onProgress: (sent, total) => setPercent(total ? Math.floor((sent / total) * 100) : 0),
      onError: (e) => {
        setPercent(null);
        const body = (e as { originalResponse?: { getBody(): string } }).originalResponse?.getBody();
        let text = '上传失败，请重试';
        try {
          text = (JSON.parse(body ?? '') as { message?: string }).message ?? text;
        } catch {
          // Not one of ours (a proxy or the network): the generic text.
        }
        setError(text);
      },
      onSuccess: () => {
        setPercent(100);
        void message.success('音像记录已登记');
        form.resetFields();
        setFile(null);
        onDone();
      },
    });
    setPercent(0);
    void upload.findPreviousUploads().then((previous) => {
      if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
      upload.start();
    });
  };

  return (
    <Form form={form} layout="vertical" onFinish={start} initialValues={{ kind: 'video', important: false }}>
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
            <Select options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="activity"
            label="执法活动（音像记录事项）"
            rules={[{ required: true, message: '请选择' }]}
          >
            <Select showSearch optionFilterProp="label" options={activities.data ?? []} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="title" label="记录名称" rules={[{ required: true, message: '请填写' }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="deviceSerial" label="设备编号" rules={[{ required: true, message: '请填写' }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="officerCardId" label="执法证号">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="startedAt" label="开始时间" rules={[{ required: true, message: '请选择' }]}>
            <DateTimeInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="endedAt" label="结束时间" rules={[{ required: true, message: '请选择' }]}>
            <DateTimeInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="place" label="地点">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="deviceHash" label="设备哈希（如 sha256:…，可选）">
            <Input maxLength={80} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="important" label="重要标记" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="interruptionNote" label="中断说明（与上一段之间中断时）">
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="lateReason" label="延期登记的书面理由">
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="lateApprovedBy" label="事先批准延期的负责人">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Space wrap>
        <input
          type="file"
          aria-label="选择音像文件"
          accept="video/*,audio/*,image/*"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <Button
          type="primary"
          htmlType="submit"
          icon={<UploadOutlined />}
          disabled={percent !== null && percent < 100}
        >
          上传并登记
        </Button>
      </Space>
      {percent !== null ? <Progress percent={percent} aria-label="上传进度" /> : null}
      {error ? <Alert style={{ marginTop: 8 }} type="error" showIcon message={error} /> : null}
    </Form>
  );
}

function Player({
  caseId,
  record,
  onClose,
}: {
  caseId: string;
  record: AvRecord | null;
  onClose: () => void;
}) {
  if (!record) return null;
  const src = fileUrl(caseId, record.seq);
  return (
    <Modal
      open
      title={`${record.seq}. ${record.title}`}
      footer={null}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      {record.kind === 'video' ? (
        <video src={src} controls autoPlay style={{ width: '100%' }} aria-label="录像播放" />
      ) : record.kind === 'audio' ? (
        <audio src={src} controls autoPlay style={{ width: '100%' }} aria-label="录音播放" />
      ) : (
        <img src={src} alt={record.title} style={{ width: '100%' }} />
      )}
    </Modal>
  );
}

export default function RecordsPanel({ c }: { c: CaseDetail }) {
  const queryClient = useQueryClient();
  const [playing, setPlaying] = useState<AvRecord | null>(null);
  const activities = useAvActivities();
  const list = useQuery({
    queryKey: recordsKey(c.id),
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/records', { params: { path: { id: c.id } } })),
  });
  const columns: ColumnsType<AvRecord> = useMemo(
    () => [
      {
        title: '封面',
        key: 'poster',
        width: 110,
        render: (_, r) =>
          r.hasPoster ? (
            <img
              src={`/api/v1/cases/${c.id}/records/${r.seq}/poster`}
              alt={`第 ${r.seq} 段封面`}
              width={96}
            />
          ) : (
            <Tag>{KIND_LABELS[r.kind]}</Tag>
          ),
      },
      { title: '序号', dataIndex: 'seq', width: 60 },
      {
        title: '记录',
        key: 'title',
        render: (_, r) => (
          <Space direction="vertical" size={0}>
            <Typography.Text strong>
              {r.title} {r.important ? <Tag color="red">重要</Tag> : null}
            </Typography.Text>
            <Typography.Text type="secondary">
              {KIND_LABELS[r.kind]} · {r.activity} · {r.fileName}
            </Typography.Text>
          </Space>
        ),
      },
      {
        title: '设备与时间',
        key: 'device',
        render: (_, r) => (
          <Space direction="vertical" size={0}>
            <span>
              {r.deviceSerial}
              {r.officerCardId ? ` · ${r.officerCardId}` : ''}
            </span>
            <span>
              {formatTime(r.startedAt)} 至 {formatTime(r.endedAt)}
            </span>
          </Space>
        ),
      },
      {
        title: '媒体信息',
        key: 'media',
        render: (_, r) => (
          <Space direction="vertical" size={0}>
            <span>
              {r.media.durationSeconds !== null ? `${r.media.durationSeconds.toFixed(1)} 秒` : '—'}
              {r.media.width ? ` · ${r.media.width}×${r.media.height}` : ''}
            </span>
            <span>{[r.media.videoCodec, r.media.audioCodec].filter(Boolean).join(' / ') || '—'}</span>
          </Space>
        ),
      },
      {
        title: '文件',
        key: 'file',
        render: (_, r) => (
          <Space direction="vertical" size={0}>
            <span>{formatBytes(r.size)}</span>
            <Tooltip title={`SHA-256 ${r.sha256}\nSM3 ${r.sm3}`}>
              <Typography.Text code>SM3 {shortHash(r.sm3)}</Typography.Text>
            </Tooltip>
          </Space>
        ),
      },
      {
        title: '操作',
        key: 'play',
        width: 90,
        render: (_, r) => (
          <Button size="small" icon={<PlayCircleOutlined />} onClick={() => setPlaying(r)}>
            {r.kind === 'photo' ? '查看' : '播放'}
          </Button>
        ),
      },
    ],
    [c.id],
  );

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {list.isError ? <Alert type="error" showIcon message="音像记录加载失败" /> : null}
      {(list.data?.flags ?? []).map((f, i) => (
        <Alert
          key={`${f.code}-${i}`}
          type="warning"
          showIcon
          message={f.message}
          description={`依据：${f.citation}`}
          data-flag={f.code}
        />
      ))}
      {c.mayAddEvidence ? (
        <UploadForm c={c} onDone={() => void queryClient.invalidateQueries({ queryKey: recordsKey(c.id) })} />
      ) : null}
      <Table
        rowKey="id"
        size="small"
        loading={list.isLoading}
        columns={columns}
        dataSource={list.data?.records ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: '尚无音像记录' }}
      />
      <RecordExemptions
        caseId={c.id}
        exemptions={list.data?.exemptions ?? []}
        activities={activities.data ?? []}
        mayWrite={c.mayAddEvidence}
        queryKey={recordsKey(c.id)}
      />
      <Player caseId={c.id} record={playing} onClose={() => setPlaying(null)} />
    </Space>
  );
}
