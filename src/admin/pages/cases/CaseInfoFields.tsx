// The sections of 登记案件 below the procedure switch: the case itself, its officers, and the dates the
// limitation period (行政处罚法第三十六条) is checked against.
import { AutoComplete, Col, DatePicker, Form, Input, Row, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { CATEGORY_OF_KIND, type CaseKind } from '../../../modules/cases/machine.ts';
import { categoryLabels } from '../../lib/labels.ts';
import type { CaseMeta, PersonOption } from './api.ts';
import { sourceOptions } from './labels.ts';
import type { NewCaseValues } from './newCase.ts';

const notFuture = (d: dayjs.Dayjs) => d.isAfter(dayjs(), 'day');

export function CaseFields({ meta, simple }: { meta: CaseMeta | undefined; simple: boolean }) {
  return (
    <Row gutter={12}>
      {simple ? null : (
        <Col xs={24} sm={8}>
          <Form.Item name="kind" label="案件类别" rules={[{ required: true, message: '请选择案件类别' }]}>
            <Select options={(meta?.kinds ?? []).map((k) => ({ value: k.value, label: k.label }))} />
          </Form.Item>
        </Col>
      )}
      <Col xs={24} sm={simple ? 12 : 8}>
        <Form.Item name="field" label="专业类别" rules={[{ required: true, message: '请选择专业类别' }]}>
          <Select options={meta?.fields ?? []} placeholder="选择专业" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={simple ? 12 : 8}>
        <Form.Item
          name="source"
          label="案件来源"
          rules={[{ required: true, whitespace: true, message: '请填写案件来源' }]}
        >
          <AutoComplete options={sourceOptions} maxLength={50} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          name="cause"
          label="案由"
          rules={[{ required: true, whitespace: true, message: '请填写案由' }]}
        >
          <Input maxLength={200} placeholder="如：未取得《医疗机构执业许可证》擅自执业" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="place" label={simple ? '违法地点' : '地点'}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        {simple ? (
          // The 当场行政处罚决定书 states the facts (行政处罚法第五十二条); the time and place come from
          // their own fields, so they are not written again here.
          <Form.Item
            name="summary"
            label="违法事实（不含时间、地点）"
            rules={[{ required: true, whitespace: true, message: '请填写违法事实' }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={3000} showCount />
          </Form.Item>
        ) : (
          <Form.Item name="summary" label="基本情况">
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} showCount />
          </Form.Item>
        )}
      </Col>
    </Row>
  );
}

export function OfficerFields({ people, kind }: { people: PersonOption[]; kind: CaseKind }) {
  const form = Form.useFormInstance<NewCaseValues>();
  const chosen = (Form.useWatch('officerIds', form) as string[] | undefined) ?? [];
  const category = CATEGORY_OF_KIND[kind];
  const qualified = (p: PersonOption) =>
    p.certificate !== null && p.certificate.valid && p.certificate.categories.includes(category);
  const options = people.map((p) => ({
    value: p.id,
    label: `${p.name}（${p.unitName ?? '—'}${p.certificate ? ` · ${p.certificate.number}` : ''}）`,
    disabled: !qualified(p),
  }));
  return (
    <Row gutter={12}>
      <Col xs={24} sm={16}>
        <Form.Item
          name="officerIds"
          label="执法人员"
          extra={`至少两名持有效执法证（${categoryLabels[category]}类）的执法人员；灰色为无相应有效证件者`}
          rules={[{ required: true, type: 'array', min: 2, message: '执法人员不得少于两人' }]}
        >
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            options={options}
            maxCount={10}
            placeholder="选择执法人员"
            aria-label="执法人员"
            onChange={(ids: string[]) => {
              const lead = form.getFieldValue('leadOfficerId') as string | undefined;
              if (lead && !ids.includes(lead)) form.setFieldValue('leadOfficerId', ids[0]);
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="leadOfficerId" label="主办人" rules={[{ required: true, message: '请选择主办人' }]}>
          <Select
            aria-label="主办人"
            options={options.filter((o) => chosen.includes(o.value)).map((o) => ({ ...o, disabled: false }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

export function ParticularsFields({ simple }: { simple: boolean }) {
  return (
    <Row gutter={12}>
      <Col xs={12} sm={simple ? 12 : 6}>
        <Form.Item name="violationOn" label="违法行为发生日期">
          <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={simple ? 12 : 6}>
        <Form.Item name="discoveredOn" label="发现日期">
          <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
        </Form.Item>
      </Col>
      {simple ? null : (
        <>
          <Col xs={12} sm={6}>
            <Form.Item name="lifeHealthHarmed" label="危害生命健康安全且有危害后果" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="electronicServiceConsent" label="当事人同意电子送达" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Typography.Text type="secondary">
              违法行为在二年内未被发现的不再给予行政处罚；涉及公民生命健康安全且有危害后果的，延长至五年（行政处罚法第三十六条）。
            </Typography.Text>
          </Col>
        </>
      )}
    </Row>
  );
}
