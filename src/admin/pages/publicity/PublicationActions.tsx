// The actions on a publication the caller may take now, by status and permission: submit (承办人),
// approve or send back the waiting step, publish, record a 复议/诉讼 outcome, withdraw. The server
// refuses anything out of turn; the buttons only follow it.
import { Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useSession } from '../../auth/session.tsx';
import { STEP_LABELS, type Publication, type usePublicationWrite } from './api.ts';

type Write = ReturnType<typeof usePublicationWrite>;

export default function PublicationActions({
  p,
  write,
  onError,
}: {
  p: Publication;
  write: Write;
  onError: (e: unknown) => void;
}) {
  const { can } = useSession();
  const [dialog, setDialog] = useState<'return' | 'withdraw' | 'outcome' | null>(null);
  const [form] = Form.useForm();
  const next = (p.chain ?? [])[p.approvals.length];
  const opts = { onError };
  return (
    <Space wrap style={{ marginTop: 12 }}>
      {p.status === 'draft' && can('publicity.redact') ? (
        <Button
          type="primary"
          loading={write.submit.isPending}
          onClick={() => write.submit.mutate(p.version, opts)}
        >
          提交审批
        </Button>
      ) : null}
      {p.status === 'in_approval' && next && next !== 'drafter' && can('publicity.approve') ? (
        <>
          <Button
            type="primary"
            loading={write.approve.isPending}
            onClick={() => write.approve.mutate({ version: p.version, step: next }, opts)}
          >
            {STEP_LABELS[next]}审批通过
          </Button>
          <Button onClick={() => setDialog('return')}>退回</Button>
        </>
      ) : null}
      {p.status === 'approved' && can('publicity.redact') ? (
        <Button
          type="primary"
          loading={write.publish.isPending}
          onClick={() => write.publish.mutate(p.version, opts)}
        >
          发布
        </Button>
      ) : null}
      {p.status === 'published' && can('publicity.outcome') && !p.outcome ? (
        <Button onClick={() => setDialog('outcome')}>登记复议诉讼结果</Button>
      ) : null}
      {p.status === 'published' && can('publicity.redact') ? (
        <Button danger onClick={() => setDialog('withdraw')}>
          撤回
        </Button>
      ) : null}
      <Modal
        open={dialog !== null}
        title={
          dialog === 'return' ? '退回草稿' : dialog === 'withdraw' ? '从全部渠道撤回' : '登记复议诉讼结果'
        }
        okText="确定"
        cancelText="取消"
        destroyOnHidden
        onCancel={() => setDialog(null)}
        onOk={() => form.submit()}
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(v: {
            reason?: string;
            via?: 'reconsideration' | 'litigation';
            result?: 'upheld' | 'changed' | 'revoked' | 'confirmed_unlawful';
            decidedOn?: { format: (f: string) => string };
            note?: string;
          }) => {
            const close = { onSuccess: () => setDialog(null), onError };
            if (dialog === 'return')
              write.sendBack.mutate({ version: p.version, reason: v.reason ?? '' }, close);
            if (dialog === 'withdraw')
              write.withdraw.mutate({ version: p.version, reason: v.reason ?? '' }, close);
            if (dialog === 'outcome')
              write.outcome.mutate(
                {
                  caseId: p.caseId,
                  via: v.via!,
                  result: v.result!,
                  decidedOn: v.decidedOn!.format('YYYY-MM-DD'),
                  note: v.note ?? '',
                },
                close,
              );
          }}
        >
          {dialog === 'outcome' ? (
            <>
              <Form.Item name="via" label="途径" rules={[{ required: true, message: '请选择' }]}>
                <Select
                  options={[
                    { value: 'reconsideration', label: '行政复议' },
                    { value: 'litigation', label: '行政诉讼' },
                  ]}
                />
              </Form.Item>
              <Form.Item name="result" label="结果" rules={[{ required: true, message: '请选择' }]}>
                <Select
                  options={[
                    { value: 'upheld', label: '维持' },
                    { value: 'changed', label: '变更' },
                    { value: 'revoked', label: '撤销' },
                    { value: 'confirmed_unlawful', label: '确认违法' },
                  ]}
                />
              </Form.Item>
              <Form.Item
                name="decidedOn"
                label="结果日期"
                rules={[{ required: true, message: '请选择日期' }]}
              >
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="note" label="结果说明" rules={[{ required: true, message: '请填写' }]}>
                <Input.TextArea maxLength={1000} />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请写明理由' }]}>
              <Input.TextArea maxLength={500} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Space>
  );
}
