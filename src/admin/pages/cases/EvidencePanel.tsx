// 证据: the evidence recorded for the case (行政处罚法第四十六条 kinds) and a form to register more.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, DatePicker, Form, Input, Row, Select, Table } from 'antd';
import type { TableColumnsType as ColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { applyFieldErrors, errorText } from '../../lib/errors.ts';
import { caseKeys, type CaseDetail, type CaseMeta, type EvidenceCreate } from './api.ts';

type Evidence = CaseDetail['evidence'][number];
type Values = Omit<EvidenceCreate, 'collectedOn'> & { collectedOn: Dayjs };

function EvidenceForm({ c, meta, onDone }: { c: CaseDetail; meta: CaseMeta | undefined; onDone: () => void }) {
  const { me } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const add = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/v1/cases/{id}/evidence', {
          params: { path: { id: c.id } },
          body: { ...v, collectedOn: v.collectedOn.format('YYYY-MM-DD') },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(caseKeys.detail(c.id), updated);
      void message.success('证据已登记');
      form.resetFields();
      onDone();
    },
    onError: (e) => {
      if (!applyFieldErrors(form, e)) void message.error(errorText(e));
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
          <Form.Item name="title" label="证据名称" rules={[{ required: true, whitespace: true, message: '请填写证据名称' }]}>
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
          <Form.Item name="collectedOn" label="收集日期" rules={[{ required: true, message: '请选择收集日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="collectedBy" label="收集人">
            <Input maxLength={100} />
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

export default function EvidencePanel({ c, meta }: { c: CaseDetail; meta: CaseMeta | undefined }) {
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const columns: ColumnsType<Evidence> = [
    { title: '序号', dataIndex: 'seq', width: 60 },
    { title: '种类', dataIndex: 'typeLabel', width: 130 },
    { title: '名称', dataIndex: 'title' },
    { title: '证明内容', dataIndex: 'description', ellipsis: true },
    { title: '来源', dataIndex: 'source', width: 140, ellipsis: true },
    { title: '收集日期', dataIndex: 'collectedOn', width: 104 },
    { title: '收集人', dataIndex: 'collectedBy', width: 90 },
  ];
  return (
    <>
      {c.finished ? (
        <Alert type="info" showIcon message="案件已办结，不能再登记证据" style={{ marginBottom: 12 }} />
      ) : can('cases.handle') && !adding ? (
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
        scroll={{ x: 860 }}
        locale={{ emptyText: '尚未登记证据' }}
      />
    </>
  );
}
