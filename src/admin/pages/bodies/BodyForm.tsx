// 新建 / 修改执法主体. An edit needs a reason and the version it started from: the server keeps the old
// state as a version and refuses the save (409) if someone else saved in between.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client.ts';
import { useBodyOptions } from '../../api/queries.ts';
import type { Body, BodyCreate } from '../../api/types.ts';
import { applyFieldErrors, errorText, isVersionConflict } from '../../lib/errors.ts';
import { fromIsoDate, toIsoDate } from '../../lib/format.ts';
import { authorityOptions, levelLabels, natureOptions } from '../../lib/labels.ts';
import ReasonField from '../../lib/ReasonField.tsx';

type Props = { onClose: () => void; onSaved?: (b: Body) => void } & (
  { mode: 'create'; body?: undefined } | { mode: 'edit'; body: Body }
);

type Values = Omit<BodyCreate, 'delegationValidFrom' | 'delegationValidTo'> & {
  term?: [Dayjs | null, Dayjs | null] | null;
  reason?: string;
};

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
const PHONE = /^[0-9+\-() ]{5,20}$/;

// An edit never moves a body in the hierarchy; parentId is only chosen on creation.
function withoutParent({ parentId: _p, ...rest }: Body) {
  return rest;
}

export default function BodyForm({ mode, body, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const bodies = useBodyOptions();

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const { term, reason, ...rest } = v;
      const fields = {
        ...rest,
        creditCode: rest.creditCode.trim().toUpperCase(),
        delegatedById: rest.delegatedById ?? null,
        delegationScope: rest.delegationScope?.trim() ? rest.delegationScope : null,
        delegationValidFrom: toIsoDate(term?.[0]),
        delegationValidTo: toIsoDate(term?.[1]),
      };
      if (mode === 'create') return unwrap(api.POST('/api/v1/bodies', { body: fields }));
      return unwrap(
        api.PUT('/api/v1/bodies/{id}', {
          params: { path: { id: body.id } },
          body: { ...fields, version: body.version, reason: reason ?? '' },
        }),
      );
    },
    onSuccess: async (saved) => {
      void message.success(mode === 'create' ? '已新建执法主体' : '已保存，生成新版本');
      await queryClient.invalidateQueries({ queryKey: ['bodies'] });
      await queryClient.invalidateQueries({ queryKey: ['body', saved.id] });
      onSaved?.(saved);
      onClose();
    },
    onError: async (e) => {
      if (isVersionConflict(e)) {
        void message.error('该主体已被他人修改，已重新加载最新数据，请核对后再次修改');
        await queryClient.invalidateQueries({ queryKey: ['body'] });
        onClose();
        return;
      }
      if (!applyFieldErrors(form, e)) void message.error(errorText(e));
    },
  });

  const initial: Partial<Values> = body
    ? {
        ...withoutParent(body),
        term:
          body.delegationValidFrom || body.delegationValidTo
            ? [fromIsoDate(body.delegationValidFrom), fromIsoDate(body.delegationValidTo)]
            : null,
      }
    : { level: 'county', nature: '行政机关', staffing: 0, authorityKinds: ['health'] };
  const req = (label: string) => [{ required: true, whitespace: true, message: `请填写${label}` }];

  return (
    <Modal
      open
      width={860}
      title={mode === 'create' ? '新建下级执法主体' : `修改执法主体：${body.name}`}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => save.mutate(v)}
        scrollToFirstError
        size="middle"
      >
        <Row gutter={16}>
          {mode === 'create' ? (
            <Col span={24}>
              <Form.Item
                name="parentId"
                label="上级主体"
                rules={[{ required: true, message: '请选择上级主体' }]}
              >
                <Select
                  options={bodies.options}
                  loading={bodies.isPending}
                  placeholder="请选择上级主体"
                  showSearch
                  optionFilterProp="label"
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={16}>
            <Form.Item name="name" label="名称" rules={req('名称')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="shortName" label="简称" rules={req('简称')}>
              <Input maxLength={10} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="creditCode"
              label="统一社会信用代码"
              rules={[
                { required: true, message: '请填写统一社会信用代码' },
                {
                  pattern: CREDIT_CODE,
                  message: '应为 18 位数字或大写字母（不含 I、O、Z、S、V）',
                  transform: (v: string) => v?.trim().toUpperCase(),
                },
              ]}
            >
              <Input maxLength={18} className="sx-mono" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="level" label="层级" rules={[{ required: true, message: '请选择层级' }]}>
              <Select options={Object.entries(levelLabels).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nature" label="性质" rules={[{ required: true, message: '请选择性质' }]}>
              <Select options={natureOptions.map((n) => ({ value: n, label: n }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="bodyType" label="主体类型" rules={req('主体类型')}>
              <Input maxLength={50} placeholder="如：卫生健康行政部门" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="authorityKinds"
              label="主管部门类型"
              tooltip="本机关依法以哪些部门的名义执法（加挂牌子的可多选）；法律规定由特定部门实施的执法事项，其他部门不能立案"
              rules={[{ required: true, type: 'array', min: 1, message: '请选择主管部门类型' }]}
            >
              <Select mode="multiple" options={authorityOptions} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="fundingSource" label="经费来源">
              <Input maxLength={50} placeholder="如：财政全额拨款" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="staffing"
              label="编制（人）"
              rules={[{ type: 'integer', min: 0, max: 100000, message: '编制应为 0–100000 的整数' }]}
            >
              <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="legalRepresentative" label="法定代表人" rules={req('法定代表人')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="complaintPhone"
              label="投诉电话"
              rules={[{ pattern: PHONE, message: '电话号码格式不正确' }]}
            >
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="address" label="地址">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="duties" label="职责">
              <Input.TextArea rows={3} maxLength={5000} showCount />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left" plain style={{ margin: '4px 0 12px' }}>
          委托执法（受委托组织填写）
        </Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="delegatedById" label="委托机关">
              <Select
                allowClear
                options={bodies.options.filter((o) => o.value !== body?.id)}
                placeholder="请选择委托机关"
                showSearch
                optionFilterProp="label"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="term" label="委托期限">
              <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="delegationScope" label="委托范围">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        {mode === 'edit' ? <ReasonField /> : null}
      </Form>
    </Modal>
  );
}
