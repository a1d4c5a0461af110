// The form items of one action, drawn from its field specs (see schemaForm.ts for the mapping).
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { FormRule as Rule } from 'antd';
import YuanInput from '../../lib/YuanInput.tsx';
import { yuanRule } from '../../lib/money.ts';
import type { PersonOption } from './api.ts';
import ItemPicker from './ItemPicker.tsx';
import PenaltyInput, { penaltyRule } from './PenaltyInput.tsx';
import type { FieldSpec } from './schemaForm.ts';

function rulesOf(f: FieldSpec): Rule[] {
  switch (f.kind) {
    case 'penalty':
      return [penaltyRule(f.required)];
    case 'yuan':
      return [yuanRule({ required: f.required, label: f.label.replace('（元）', '') })];
    case 'list':
      return [];
    case 'boolean':
      return [];
    case 'date':
    case 'select':
    case 'person':
    case 'item':
    case 'multiselect':
      return f.required ? [{ required: true, message: `请选择${f.label}` }] : [];
    case 'text':
    case 'textarea':
      return [
        ...(f.required ? [{ required: true, whitespace: true, message: `请填写${f.label}` }] : []),
        ...(f.maxLength ? [{ max: f.maxLength, message: `${f.label}不得超过 ${f.maxLength} 字` }] : []),
      ];
    case 'integer':
    case 'number':
      return f.required ? [{ required: true, message: `请填写${f.label}` }] : [];
  }
}

/** What Form.Item injects into its child: the value, its change handler and the id its label points at. */
interface Injected {
  id?: string;
  value?: unknown;
  checked?: boolean;
  onChange?: (...args: never[]) => void;
  'aria-invalid'?: boolean;
}

/** The input of one field. Form.Item hands its props to this component, which passes them on. */
function Control({
  f,
  people,
  bare,
  ...field
}: { f: FieldSpec; people: PersonOption[]; bare?: boolean } & Injected) {
  // Rows of a list have no labels: the field names itself in its placeholder.
  const placeholder = bare ? f.label : undefined;
  // Each antd control takes the same injected props; the cast only widens `onChange`'s argument type.
  const p = field as Record<string, never>;
  switch (f.kind) {
    case 'date':
      return <DatePicker {...p} style={{ width: '100%' }} allowClear={!f.required} />;
    case 'boolean':
      return <Switch {...p} checkedChildren="是" unCheckedChildren="否" />;
    case 'select':
      return <Select {...p} allowClear={!f.required} options={f.options} placeholder={`选择${f.label}`} />;
    case 'multiselect':
      return <Select {...p} mode="multiple" options={f.options} placeholder={`选择${f.label}`} />;
    case 'penalty':
      return <PenaltyInput {...p} options={f.options ?? []} />;
    case 'item':
      return <ItemPicker {...p} />;
    case 'person':
      return (
        <Select
          {...p}
          showSearch
          allowClear={!f.required}
          optionFilterProp="label"
          placeholder={`选择${f.label}`}
          options={people.map((x) => ({ value: x.id, label: `${x.name}（${x.unitName ?? '—'}）` }))}
        />
      );
    case 'yuan':
      return <YuanInput {...p} aria-label={f.label.replace('（元）', '')} />;
    case 'integer':
    case 'number':
      return (
        <InputNumber
          {...p}
          style={{ width: '100%' }}
          min={f.min}
          max={f.max}
          precision={f.kind === 'integer' ? 0 : undefined}
          placeholder={placeholder}
        />
      );
    case 'textarea':
      return (
        <Input.TextArea {...p} autoSize={{ minRows: 3, maxRows: 8 }} maxLength={f.maxLength} showCount />
      );
    case 'text':
      return <Input {...p} maxLength={f.maxLength} placeholder={placeholder} />;
    case 'list':
      return null;
  }
}

function ListField({ f, people }: { f: FieldSpec; people: PersonOption[] }) {
  return (
    <Form.Item label={f.label} required={f.required}>
      <Form.List name={f.key}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((row) => (
              <Space key={row.key} align="start" wrap style={{ display: 'flex' }}>
                {(f.item ?? []).map((sub) => (
                  <Form.Item
                    key={sub.key}
                    name={[row.name, sub.key]}
                    rules={rulesOf(sub)}
                    valuePropName={sub.kind === 'boolean' ? 'checked' : 'value'}
                  >
                    <Control f={sub} people={people} bare />
                  </Form.Item>
                ))}
                <MinusCircleOutlined
                  aria-label="删除此行"
                  onClick={() => remove(row.name)}
                  style={{ marginTop: 9 }}
                />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({})}
              disabled={rows.length >= (f.max ?? 500)}
            >
              添加一行（{(f.item ?? []).map((s) => s.label).join('、')}）
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

export default function SchemaFields({ fields, people }: { fields: FieldSpec[]; people: PersonOption[] }) {
  return (
    <>
      {fields.map((f) =>
        f.kind === 'list' ? (
          <ListField key={f.key} f={f} people={people} />
        ) : (
          <Form.Item
            key={f.key}
            name={f.key}
            label={f.label}
            required={f.required}
            rules={rulesOf(f)}
            valuePropName={f.kind === 'boolean' ? 'checked' : 'value'}
          >
            <Control f={f} people={people} />
          </Form.Item>
        ),
      )}
    </>
  );
}
