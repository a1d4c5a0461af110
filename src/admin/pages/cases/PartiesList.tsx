// 当事人 of a new case: one block per party, witness or agent. A natural person gives an ID; an
// organisation its unified social credit code (checked by the server) and legal representative.
import { Button, Col, Form, Input, Radio, Row, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { idTypeOptions, partyRoleLabels } from './labels.ts';
import { emptyParty, type PartyValues } from './newCase.ts';

const roleOptions = Object.entries(partyRoleLabels).map(([value, label]) => ({ value, label }));

function PartyBlock({ name, index, onRemove }: { name: number; index: number; onRemove?: () => void }) {
  const form = Form.useFormInstance();
  const type = Form.useWatch(['parties', name, 'type'], form) as PartyValues['type'] | undefined;
  const org = type === 'organisation';
  return (
    <div className="sx-case-subform" data-testid={`party-${index}`}>
      <Row gutter={12}>
        <Col xs={12} sm={8}>
          <Form.Item name={[name, 'role']} label="身份" rules={[{ required: true }]}>
            <Select options={roleOptions} aria-label={`第 ${index + 1} 人身份`} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={10}>
          <Form.Item name={[name, 'type']} label="类型">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'person', label: '个人' },
                { value: 'organisation', label: '单位' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={6} style={{ textAlign: 'right' }}>
          {onRemove ? (
            <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} style={{ marginTop: 30 }}>
              删除
            </Button>
          ) : null}
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name={[name, 'name']}
            label={org ? '单位名称' : '姓名'}
            rules={[{ required: true, whitespace: true, message: org ? '请填写单位名称' : '请填写姓名' }]}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        {org ? (
          <>
            <Col xs={24} sm={12}>
              <Form.Item
                name={[name, 'creditCode']}
                label="统一社会信用代码"
                rules={[
                  { required: true, whitespace: true, message: '请填写统一社会信用代码' },
                  { pattern: /^[0-9A-Za-z]{18}$/, message: '统一社会信用代码为 18 位数字或字母' },
                ]}
              >
                <Input maxLength={18} className="sx-mono" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name={[name, 'legalRepresentative']} label="法定代表人（负责人）">
                <Input maxLength={50} />
              </Form.Item>
            </Col>
          </>
        ) : (
          <>
            <Col xs={10} sm={5}>
              <Form.Item name={[name, 'idType']} label="证件类型">
                <Select options={idTypeOptions} popupMatchSelectWidth={false} />
              </Form.Item>
            </Col>
            <Col xs={14} sm={7}>
              <Form.Item name={[name, 'idNumber']} label="证件号码">
                <Input maxLength={30} className="sx-mono" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} sm={org ? 12 : 16}>
          <Form.Item name={[name, 'address']} label={org ? '住所（地址）' : '住址'}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={org ? 24 : 16} sm={org ? 12 : 5}>
          <Form.Item name={[name, 'phone']} label="联系电话">
            <Input maxLength={30} inputMode="tel" />
          </Form.Item>
        </Col>
        {org ? null : (
          <Col xs={8} sm={3}>
            <Form.Item name={[name, 'minor']} label="未成年人" valuePropName="checked">
              <Switch checkedChildren="是" unCheckedChildren="否" />
            </Form.Item>
          </Col>
        )}
      </Row>
    </div>
  );
}

export default function PartiesList() {
  return (
    <Form.List name="parties">
      {(rows, { add, remove }) => (
        <>
          {rows.map((row, i) => (
            <PartyBlock
              key={row.key}
              name={row.name}
              index={i}
              onRemove={rows.length > 1 ? () => remove(row.name) : undefined}
            />
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() => add(emptyParty(rows.length === 0 ? 'party' : 'witness'))}
            disabled={rows.length >= 20}
          >
            添加当事人、证人或代理人
          </Button>
        </>
      )}
    </Form.List>
  );
}
