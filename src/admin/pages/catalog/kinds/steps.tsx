// 办理流程 of a service guide: steps with their actor and time limit, and the step(s) each leads to —
// the portal draws the flowchart from these edges (a 补正 step may lead back to 受理).
import { Button, Col, Form, Input, Row, Select, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { GuideStep } from '../../../api/types.ts';
import { empty, numberedList } from '../render.tsx';
import type { CustomInput } from '../spec.ts';

const stepsOf = (v: unknown) => (v as GuideStep[] | undefined) ?? [];
const nextNames = (s: GuideStep, all: GuideStep[]) =>
  s.next.map((id) => all.find((x) => x.id === id)?.name ?? id).join('、');

export function StepsTable({ value }: { value: unknown }) {
  const steps = stepsOf(value);
  if (!steps.length) return empty;
  return (
    <Table<GuideStep>
      size="small"
      bordered
      pagination={false}
      rowKey="id"
      dataSource={steps}
      columns={[
        { title: '序号', key: 'n', width: 50, align: 'center', render: (_v, _s, i) => i + 1 },
        { title: '环节', dataIndex: 'name', width: 100 },
        { title: '办理主体', dataIndex: 'actor', width: 120, render: (a: string) => a || '—' },
        { title: '时限', dataIndex: 'timeLimit', width: 110, render: (t: string) => t || '—' },
        { title: '说明', dataIndex: 'description' },
        { title: '下一步', key: 'next', width: 130, render: (_v, s) => nextNames(s, steps) || '（结束）' },
      ]}
    />
  );
}

const stepLines = (v: unknown) =>
  stepsOf(v).map(
    (s, _i, all) =>
      `${s.name}（${[s.actor, s.timeLimit].filter(Boolean).join('，') || '—'}）→ ${nextNames(s, all) || '结束'}${s.description ? `：${s.description}` : ''}`,
  );

export const compareSteps = (value: unknown, other: unknown) =>
  numberedList(stepLines(value), stepLines(other));

function NextSelect({
  path,
  value,
  onChange,
}: {
  path: (string | number)[];
  value?: string[];
  onChange?: (v: string[]) => void;
}) {
  const steps = (Form.useWatch(path) as Partial<GuideStep>[] | undefined) ?? [];
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      placeholder="结束"
      options={steps.filter((s) => s?.id).map((s) => ({ value: s.id!, label: s.name || s.id! }))}
    />
  );
}

export const StepsField: CustomInput = ({ name, label }) => (
  <Form.List name={name}>
    {(fields, { add, remove }) => (
      <Form.Item label={label} extra="每个环节可指向一个或多个下一环节；不选下一步即为流程终点">
        {fields.length ? (
          <Row gutter={8} className="sx-subform-head">
            <Col flex="36px" />
            <Col flex="160px">环节名称</Col>
            <Col flex="150px">办理主体</Col>
            <Col flex="150px">时限</Col>
            <Col flex="auto">下一步</Col>
            <Col flex="32px" />
          </Row>
        ) : null}
        {fields.map((f, i) => (
          <div key={f.key} className="sx-subform">
            <Row gutter={8}>
              <Col flex="36px" style={{ lineHeight: '32px', fontWeight: 600 }}>
                {i + 1}.
              </Col>
              <Form.Item name={[f.name, 'id']} hidden>
                <Input />
              </Form.Item>
              <Col flex="160px">
                <Form.Item
                  name={[f.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: '请填写环节名称' }]}
                >
                  <Input placeholder="环节名称，如：受理" maxLength={50} />
                </Form.Item>
              </Col>
              <Col flex="150px">
                <Form.Item name={[f.name, 'actor']}>
                  <Input placeholder="办理主体" maxLength={50} />
                </Form.Item>
              </Col>
              <Col flex="150px">
                <Form.Item name={[f.name, 'timeLimit']}>
                  <Input placeholder="时限" maxLength={100} />
                </Form.Item>
              </Col>
              <Col flex="auto">
                <Form.Item name={[f.name, 'next']}>
                  <NextSelect path={name} />
                </Form.Item>
              </Col>
              <Col flex="32px">
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`删除环节 ${i + 1}`}
                  onClick={() => remove(f.name)}
                />
              </Col>
            </Row>
            <Form.Item name={[f.name, 'description']} style={{ marginBottom: 0, marginInlineStart: 44 }}>
              <Input.TextArea placeholder="环节说明" maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </div>
        ))}
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() =>
            add({
              id: `s${Date.now().toString(36)}`,
              name: '',
              actor: '',
              timeLimit: '',
              description: '',
              next: [],
            })
          }
        >
          添加环节
        </Button>
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          新增环节不会自动接入流程，请在上一环节的“下一步”中选择它
        </Typography.Text>
      </Form.Item>
    )}
  </Form.List>
);
