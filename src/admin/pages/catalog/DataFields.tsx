// The kind's own fields in the edit form, laid out two per row (wide ones across), each edited as its
// spec says. Values live under `data` in the form, so they cannot clash with 编码, 生效日期 and 理由.
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { FormRule as Rule } from 'antd';
import CitationsField, { cleanRefs } from '../../lib/CitationsField.tsx';
import type { FieldSpec } from './spec.ts';

/** Form values → the API's data: lines without blanks, citations without empty 款/项. */
export function cleanData(fields: FieldSpec[], values: Record<string, unknown>): Record<string, unknown> {
  const out = { ...values };
  for (const f of fields) {
    if (f.editor.type === 'lines' || f.editor.type === 'tags')
      out[f.key] = ((out[f.key] as string[] | undefined) ?? []).map((s) => s.trim()).filter(Boolean);
    if (f.editor.type === 'citations') out[f.key] = cleanRefs(out[f.key]);
    if (f.editor.type === 'percent' && out[f.key] === undefined) out[f.key] = null;
  }
  return out;
}

const linesProps = {
  getValueProps: (v: unknown) => ({ value: Array.isArray(v) ? v.join('\n') : '' }),
  normalize: (text: string) => text.split('\n'),
};

function Field({ spec }: { spec: FieldSpec }) {
  const name = ['data', spec.key];
  const e = spec.editor;
  const rules: Rule[] = spec.required
    ? [{ required: true, whitespace: true, message: `请填写${spec.label}` }]
    : [];
  switch (e.type) {
    case 'citations':
      return <CitationsField name={name} label={spec.label} required={spec.required} />;
    case 'custom':
      return <e.Input name={name} label={spec.label} />;
    case 'text':
      return (
        <Form.Item name={name} label={spec.label} rules={rules} extra={spec.extra}>
          <Input maxLength={e.max} placeholder={e.placeholder} />
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item name={name} label={spec.label} rules={rules} extra={spec.extra}>
          <Input.TextArea
            maxLength={e.max}
            rows={e.rows ?? 2}
            placeholder={e.placeholder}
            autoSize={{ minRows: e.rows ?? 2, maxRows: 8 }}
          />
        </Form.Item>
      );
    case 'select':
      return (
        <Form.Item
          name={name}
          label={spec.label}
          rules={spec.required ? [{ required: true, message: `请选择${spec.label}` }] : []}
          extra={spec.extra}
        >
          <Select options={e.options} placeholder={`请选择${spec.label}`} />
        </Form.Item>
      );
    case 'lines':
      return (
        <Form.Item name={name} label={spec.label} extra={spec.extra ?? '每行一项'} {...linesProps}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder={e.placeholder} />
        </Form.Item>
      );
    case 'tags':
      return (
        <Form.Item name={name} label={spec.label} extra={spec.extra ?? '输入后按回车添加'}>
          <Select mode="tags" open={false} suffixIcon={null} placeholder={e.placeholder} />
        </Form.Item>
      );
    case 'percent':
      return (
        <Form.Item name={name} label={spec.label} extra={spec.extra}>
          <InputNumber min={0} max={100} precision={2} suffix="%" style={{ width: '100%' }} />
        </Form.Item>
      );
  }
}

export default function DataFields({ fields }: { fields: FieldSpec[] }) {
  return (
    <Row gutter={16}>
      {fields.map((f) => (
        <Col
          key={f.key}
          span={f.wide || f.editor.type === 'citations' || f.editor.type === 'custom' ? 24 : 12}
        >
          <Field spec={f} />
        </Col>
      ))}
    </Row>
  );
}
