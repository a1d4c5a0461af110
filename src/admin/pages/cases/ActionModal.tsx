// One step of a case: a modal form generated from the action's schema, sent with the version the page
// was read at. The answer is the updated case, put straight into the cache.
import { useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Typography } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { applyNamedField, refusalOf, reloadOnConflict, type Refusal } from './actionErrors.ts';
import { caseKeys, useBodyPeople, type ActionMeta, type CaseDetail } from './api.ts';
import SchemaFields from './SchemaFields.tsx';
import { fieldsOf, initialValues, payloadOf } from './schemaForm.ts';

export function RefusalAlert({ refusal }: { refusal: Refusal | null }) {
  if (!refusal) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      message={refusal.message}
      description={refusal.citation ? <Typography.Text>依据：{refusal.citation}</Typography.Text> : undefined}
    />
  );
}

export default function ActionModal({
  c,
  action,
  onClose,
}: {
  c: CaseDetail;
  action: ActionMeta;
  onClose: () => void;
}) {
  const { me } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const people = useBodyPeople();
  const fields = useMemo(() => fieldsOf(action.schema), [action.schema]);
  const initial = useMemo(
    () => initialValues(fields, { record: c.record, displayName: me.displayName }),
    [fields, c.record, me.displayName],
  );

  const take = useMutation({
    mutationFn: (values: Record<string, unknown>) =>
      unwrap(
        api.POST('/api/v1/cases/{id}/actions', {
          params: { path: { id: c.id } },
          body: { version: c.version, action: { type: action.value, ...payloadOf(fields, values) } },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(caseKeys.detail(c.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['cases', 'deadlines'] });
      void queryClient.invalidateQueries({ queryKey: caseKeys.templates(c.id) });
      void message.success(`已办理：${action.label}（当前环节：${updated.stateLabel}）`);
      onClose();
    },
    onError: (e) => {
      if (reloadOnConflict(e, { caseId: c.id, queryClient, warn: (t) => void message.warning(t), onClose }))
        return;
      if (applyNamedField(form, e, 'action')) setRefusal(null);
      else setRefusal(refusalOf(e));
    },
  });

  const usesPeople = fields.some((f) => f.kind === 'person');
  return (
    <Modal
      open
      title={action.label}
      okText="确定"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={take.isPending}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        案件 {c.code}，当前环节：{c.stateLabel}
      </Typography.Paragraph>
      <RefusalAlert refusal={refusal} />
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => take.mutate(v)}
        onValuesChange={() => setRefusal(null)}
      >
        <SchemaFields fields={fields} people={usesPeople ? (people.data ?? []) : []} />
      </Form>
    </Modal>
  );
}
