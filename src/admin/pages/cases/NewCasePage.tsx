// 登记案件 (C1): register a case — or, with 简易程序 switched on, register and decide it on the spot in
// one request. Built to be filled on a phone: one column on small screens, the procedure switch first,
// and in simple mode only the fields an on-the-spot decision needs. `?from=<inspection case>` carries an
// inspection's party, cause and place into the new case and links the two.
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Space, Spin } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { CaseKind } from '../../../modules/cases/machine.ts';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { errorText } from '../../lib/errors.ts';
import { RefusalAlert } from './ActionModal.tsx';
import { refusalOf, type Refusal } from './actionErrors.ts';
import { caseKeys, useBodyPeople, useCaseMeta } from './api.ts';
import { CaseFields, OfficerFields, ParticularsFields } from './CaseInfoFields.tsx';
import {
  applyCreateErrors,
  initialNewCase,
  prefillFrom,
  toCreateInput,
  type NewCaseValues,
} from './newCase.ts';
import ItemPicker from './ItemPicker.tsx';
import PartiesList from './PartiesList.tsx';
import SimpleSection from './SimpleSection.tsx';
import './cases.css';

export default function NewCasePage() {
  const { me } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const from = params.get('from');
  const [form] = Form.useForm<NewCaseValues>();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const meta = useCaseMeta();
  const people = useBodyPeople();
  const simple = (Form.useWatch('simple', form) as boolean | undefined) ?? false;
  const kind: CaseKind = Form.useWatch('kind', form) ?? 'penalty';
  const violationOn = Form.useWatch<NewCaseValues['violationOn']>('violationOn', form);

  const origin = useQuery({
    queryKey: caseKeys.detail(from ?? ''),
    enabled: from !== null,
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id: from ?? '' } } })),
  });
  useEffect(() => {
    if (origin.data) form.setFieldsValue(prefillFrom(origin.data));
  }, [origin.data, form]);

  const create = useMutation({
    mutationFn: (v: NewCaseValues) =>
      unwrap(api.POST('/api/v1/cases', { body: toCreateInput(v, origin.data ? origin.data.id : null) })),
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['cases', 'deadlines'] });
      queryClient.setQueryData(caseKeys.detail(c.id), c);
      void message.success(`已登记案件 ${c.code}（${c.stateLabel}）`);
      void navigate(`/cases/${c.id}`);
    },
    onError: (e) => {
      if (applyCreateErrors(form, e)) {
        setRefusal(null);
        void message.error(errorText(e));
      } else {
        setRefusal(refusalOf(e));
        window.scrollTo({ top: 0, behavior: 'smooth' });
      }
    },
  });

  if (from && origin.isPending) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  const penalty = simple || kind === 'penalty';

  return (
    <div style={{ maxWidth: 980 }} className="sx-case-form">
      <Form<NewCaseValues>
        form={form}
        layout="vertical"
        initialValues={initialNewCase(me.personId)}
        // An Enter in any field submits the form too: never send a second registration while one is on its way.
        onFinish={(v) => {
          if (!create.isPending) create.mutate(v);
        }}
        onFinishFailed={() => void message.warning('请按提示补全必填项')}
        scrollToFirstError
      >
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <h2 className="sx-page-title" style={{ margin: 0 }}>
            登记案件
          </h2>
          {origin.isError ? (
            <Alert type="error" showIcon message={`无法读取检查案件：${errorText(origin.error)}`} />
          ) : null}
          {origin.data ? (
            <Alert
              type="info"
              showIcon
              message={`依据行政检查 ${origin.data.code}（${origin.data.cause}）登记，已带入当事人、案由与地点，两案将相互关联。`}
            />
          ) : null}
          <RefusalAlert refusal={refusal} />
          <Card size="small" className="sx-simple-card">
            <SimpleSection />
          </Card>
          <Card size="small" title="案件信息">
            <CaseFields meta={meta.data} simple={simple} />
          </Card>
          {penalty ? (
            <Card size="small" title="执法事项与法律依据">
              <Form.Item
                name="enforcementItemCode"
                label="执法事项"
                extra={
                  simple
                    ? '当场处罚决定书引用所选事项在违法行为发生日施行的条款'
                    : '立案前须确定；决定书等文书引用所选事项在违法行为发生日施行的条款'
                }
                rules={simple ? [{ required: true, message: '请选择执法事项' }] : []}
              >
                <ItemPicker date={violationOn ? violationOn.format('YYYY-MM-DD') : undefined} />
              </Form.Item>
            </Card>
          ) : null}
          <Card size="small" title="当事人">
            <PartiesList identityRequired={simple} />
          </Card>
          <Card size="small" title="执法人员">
            <OfficerFields people={people.data ?? []} kind={simple ? 'penalty' : kind} />
          </Card>
          {penalty ? (
            <Card size="small" title="违法行为与时效">
              <ParticularsFields simple={simple} />
            </Card>
          ) : null}
          <Space>
            <Button type="primary" htmlType="submit" size="large" loading={create.isPending}>
              {simple ? '登记并当场作出处罚决定' : '登记案件'}
            </Button>
            <Button size="large" onClick={() => void navigate('/cases')}>
              取消
            </Button>
          </Space>
        </Space>
      </Form>
    </div>
  );
}
