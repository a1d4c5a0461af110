// 添加 a party, witness or agent to an open case, or 更正 one's details with a reason (C4, C8). The same
// fields as registering a case; sent with the version the page was read at, answered with the updated case.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { applyFieldErrors } from '../../lib/errors.ts';
import { RefusalAlert } from './ActionModal.tsx';
import { refusalOf, reloadOnConflict, type Refusal } from './actionErrors.ts';
import { caseKeys, type CaseDetail, type CaseParty } from './api.ts';
import { partyRoleLabels } from './labels.ts';
import { emptyParty, partyOf, partyValuesOf, type PartyValues } from './newCase.ts';
import { PartyFields } from './PartiesList.tsx';

type Values = PartyValues & { representsId?: string; reason?: string };

export default function PartyEditModal({
  c,
  party,
  onClose,
}: {
  c: CaseDetail;
  /** The party to correct; without one, a new person is added. */
  party?: CaseParty;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const roles = c.partyActions.add;
  const locked = party !== undefined && c.partyActions.identityLocked.includes(party.id);
  const principals = c.parties
    .filter((p) => p.role === 'party' && p.id !== party?.id)
    .map((p) => ({ value: p.id, label: p.name }));
  const initial: Values = party
    ? { ...partyValuesOf(party), representsId: party.representsId ?? undefined }
    : emptyParty(roles.includes('witness') ? 'witness' : (roles[0] ?? 'witness'));

  const save = useMutation({
    mutationFn: (v: Values) => {
      const fields = partyOf(v);
      if (party) {
        return unwrap(
          api.PUT('/api/v1/cases/{id}/parties/{partyId}', {
            params: { path: { id: c.id, partyId: party.id } },
            body: {
              ...fields,
              version: c.version,
              reason: (v.reason ?? '').trim(),
              ...(party.role === 'agent' ? { representsId: v.representsId ?? null } : {}),
            },
          }),
        );
      }
      return unwrap(
        api.POST('/api/v1/cases/{id}/parties', {
          params: { path: { id: c.id } },
          body: {
            ...fields,
            version: c.version,
            representsId: v.role === 'agent' ? (v.representsId ?? null) : null,
          },
        }),
      );
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(caseKeys.detail(c.id), updated);
      // The main party's name shows in the lists.
      void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
      const role = partyRoleLabels[form.getFieldValue('role') as string] ?? '当事人';
      void message.success(party ? `已更正${role}信息` : `已添加${role}`);
      onClose();
    },
    onError: (e) => {
      if (reloadOnConflict(e, { caseId: c.id, queryClient, warn: (t) => void message.warning(t), onClose }))
        return;
      if (applyFieldErrors(form, e)) setRefusal(null);
      else setRefusal(refusalOf(e));
    },
  });

  return (
    <Modal
      open
      title={
        party
          ? `更正${partyRoleLabels[party.role] ?? '当事人'}信息：${party.name}`
          : '添加当事人、证人或代理人'
      }
      okText={party ? '保存更正' : '添加'}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={720}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        案件 {c.code}，当前环节：{c.stateLabel}
        {!party && !roles.includes('party')
          ? '。已进入告知或决定阶段，不能再追加当事人，可以添加证人或代理人'
          : ''}
      </Typography.Paragraph>
      {locked ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="已签发的文书载明了该人的姓名（名称）和证件号码，如有错误须按更正程序办理；联系电话、地址等可以在此更正。"
        />
      ) : null}
      <RefusalAlert refusal={refusal} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => save.mutate(v)}
        onValuesChange={() => setRefusal(null)}
      >
        <PartyFields
          roles={party ? undefined : roles}
          fixed={party !== undefined}
          identityLocked={locked}
          principals={principals}
        />
        {party ? (
          <Form.Item
            name="reason"
            label="更正理由"
            rules={[{ required: true, whitespace: true, min: 2, message: '请填写更正理由（至少 2 个字）' }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 4 }}
              maxLength={500}
              placeholder="如：联系电话登记错误"
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
