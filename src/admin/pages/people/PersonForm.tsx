// 新增 / 修改人员. Chinese messages on the client catch slips early; the server re-checks everything
// (ID-number checksum included) and its field messages land on the same fields.
import { useQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, Form, Input, Modal, Radio, Row, Select, Switch } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { keys, useBodyOptions, useUnits } from '../../api/queries.ts';
import type { PersonCreate } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { applyFieldErrors, errorText, isVersionConflict } from '../../lib/errors.ts';
import ReasonField from '../../lib/ReasonField.tsx';

type Values = Required<Pick<PersonCreate, 'bodyId' | 'name' | 'gender'>> &
  Omit<PersonCreate, 'bodyId' | 'name' | 'gender'> & { reason?: string };

const ID_NUMBER = /^\d{17}[\dXx]$/;
const PHONE = /^[0-9+\-() ]{5,20}$/;
const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

interface Props {
  personId: string | null;
  defaultBodyId?: string;
  onClose: () => void;
}

export default function PersonForm({ personId, defaultBodyId, onClose }: Props) {
  const { me } = useSession();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const bodies = useBodyOptions();
  const existing = useQuery({
    queryKey: keys.person(personId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id: personId ?? '' } } })),
    enabled: personId !== null,
  });
  const bodyId = Form.useWatch('bodyId', form) ?? existing.data?.bodyId ?? defaultBodyId ?? me.bodyId;
  const units = useUnits(bodyId);
  const p = existing.data;
  // Saving without the personal fields would erase them; an editor who cannot see them must not save.
  const blind = p !== undefined && !p.personalDataVisible;

  const save = useMutation({
    mutationFn: async ({ reason, bodyId: b, ...v }: Values) => {
      const fields = {
        ...v,
        unitId: v.unitId ?? null,
        idNumber: blankToNull(v.idNumber)?.toUpperCase() ?? null,
        phone: blankToNull(v.phone),
        legalQualificationNo: blankToNull(v.legalQualificationNo),
      };
      if (!p) return unwrap(api.POST('/api/v1/people', { body: { ...fields, bodyId: b } }));
      return unwrap(
        api.PUT('/api/v1/people/{id}', {
          params: { path: { id: p.id } },
          body: { ...fields, version: p.version, reason: reason ?? '' },
        }),
      );
    },
    onSuccess: async (r) => {
      void message.success(p ? '人员信息已修改' : '人员已新增');
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      await queryClient.invalidateQueries({ queryKey: ['person', r.id] });
      await queryClient.invalidateQueries({ queryKey: ['body'] });
      onClose();
    },
    onError: async (e) => {
      if (isVersionConflict(e)) {
        void message.error('该人员已被他人修改，已重新加载，请核对后再修改');
        await queryClient.invalidateQueries({ queryKey: ['person', personId] });
        return;
      }
      if (!applyFieldErrors(form, e)) void message.error(errorText(e));
    },
  });

  const ready = personId === null || p !== undefined;
  return (
    <Modal
      open
      width={760}
      title={p ? `修改人员：${p.name}` : '新增人员'}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: !ready || blind }}
      loading={!ready}
      destroyOnHidden
    >
      {blind ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="您无权查看此人的身份证号和手机号，不能修改其信息。"
        />
      ) : null}
      {ready ? (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => save.mutate(v)}
          initialValues={
            p
              ? { ...p, unitId: p.unitId ?? undefined }
              : { bodyId, gender: 'male', isReviewer: false, isLegalCounsel: false, active: true }
          }
          disabled={blind}
        >
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item
                name="bodyId"
                label="所属执法主体"
                rules={[{ required: true, message: '请选择所属执法主体' }]}
              >
                <Select
                  options={bodies.options}
                  disabled={p !== undefined}
                  showSearch
                  optionFilterProp="label"
                  onChange={() => form.setFieldValue('unitId', undefined)}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="unitId" label="科室">
                <Select
                  allowClear
                  placeholder="请选择科室"
                  options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="name"
                label="姓名"
                rules={[
                  { required: true, whitespace: true, message: '请输入姓名' },
                  { max: 50, message: '姓名不能超过 50 个字' },
                ]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="gender" label="性别" rules={[{ required: true, message: '请选择性别' }]}>
                <Radio.Group
                  options={[
                    { value: 'male', label: '男' },
                    { value: 'female', label: '女' },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="idNumber"
                label="身份证号"
                rules={[{ pattern: ID_NUMBER, message: '身份证号码应为 18 位（最后一位可为 X）' }]}
              >
                <Input maxLength={18} className="sx-mono" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="phone"
                label="手机号"
                rules={[{ pattern: PHONE, message: '电话号码格式不正确' }]}
              >
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="post" label="职务" rules={[{ max: 50, message: '职务不能超过 50 个字' }]}>
                <Input placeholder="如：执法队员" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="legalQualificationNo"
                label="法律职业资格证号"
                extra="首次从事法制审核的人员应取得国家统一法律职业资格"
              >
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="isReviewer" label="法制审核人员" valuePropName="checked">
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="isLegalCounsel" label="法律顾问 / 公职律师" valuePropName="checked">
                <Switch checkedChildren="是" unCheckedChildren="否" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="active" label="在岗" valuePropName="checked">
                <Switch checkedChildren="在岗" unCheckedChildren="离岗" />
              </Form.Item>
            </Col>
          </Row>
          {p ? <ReasonField /> : null}
        </Form>
      ) : null}
    </Modal>
  );
}
