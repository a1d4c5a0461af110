// 当事人 of a new case: one block per party, witness or agent. A natural person gives an ID; an
// organisation its unified social credit code (checked by the server) and legal representative. The same
// fields serve adding a person to an open case and correcting one (PartyEditModal).
import { Button, Col, Form, Input, Radio, Row, Select, Switch } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { idTypeOptions, partyRoleLabels } from './labels.ts';
import { emptyParty, type PartyValues } from './newCase.ts';

const roleOptions = Object.entries(partyRoleLabels).map(([value, label]) => ({ value, label }));
type Path = (string | number)[];

export interface PartyFieldsProps {
  /** The fields' names: the row within `Form.List`, nothing in a form of one party. */
  prefix?: Path;
  /** The same fields' absolute path in the form (to watch the type and role). */
  path?: Path;
  index?: number;
  onRemove?: () => void;
  /** The roles offered (all by default). */
  roles?: PartyValues['role'][];
  /** A correction: role and type are who the person is in the case and stay. */
  fixed?: boolean;
  /** Name and ID are fixed by an issued document (only a 更正 procedure changes them). */
  identityLocked?: boolean;
  /** The parties an agent may act for; when given, an agent names one (授权委托). */
  principals?: { value: string; label: string }[];
  /**
   * A document is issued at once (简易程序): the party's ID number or representative and address are
   * required here, since the 当场行政处罚决定书 quotes them and the server refuses it with a blank.
   */
  identityRequired?: boolean;
}

export function PartyFields({
  prefix = [],
  path = prefix,
  index = 0,
  onRemove,
  roles,
  fixed = false,
  identityLocked = false,
  principals,
  identityRequired = false,
}: PartyFieldsProps) {
  const form = Form.useFormInstance();
  const type = Form.useWatch([...path, 'type'], form) as PartyValues['type'] | undefined;
  const role = Form.useWatch([...path, 'role'], form) as PartyValues['role'] | undefined;
  const org = type === 'organisation';
  const name = (field: string) => [...prefix, field];
  const offered = roles
    ? roleOptions.filter((o) => roles.includes(o.value as PartyValues['role']))
    : roleOptions;
  // Only the party itself (当事人) is quoted in the decision; witnesses and agents stay optional.
  const must = (message: string) =>
    identityRequired && role === 'party' ? [{ required: true, whitespace: true, message }] : [];
  const locked = identityLocked
    ? { disabled: true, title: '已签发的文书载明了该信息，须按更正程序办理' }
    : {};
  return (
    <Row gutter={12}>
      <Col xs={12} sm={8}>
        <Form.Item name={name('role')} label="身份" rules={[{ required: true, message: '请选择身份' }]}>
          <Select options={offered} aria-label={`第 ${index + 1} 人身份`} disabled={fixed} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={10}>
        <Form.Item name={name('type')} label="类型">
          <Radio.Group
            optionType="button"
            disabled={fixed}
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
      {principals && role === 'agent' ? (
        <Col xs={24}>
          <Form.Item
            name={name('representsId')}
            label="被代理的当事人（授权委托）"
            rules={[{ required: true, message: '请选择被代理的当事人' }]}
          >
            <Select options={principals} placeholder="选择本案当事人" />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24} sm={12}>
        <Form.Item
          name={name('name')}
          label={org ? '单位名称' : '姓名'}
          rules={[{ required: true, whitespace: true, message: org ? '请填写单位名称' : '请填写姓名' }]}
        >
          <Input maxLength={100} {...locked} />
        </Form.Item>
      </Col>
      {org ? (
        <>
          <Col xs={24} sm={12}>
            <Form.Item
              name={name('creditCode')}
              label="统一社会信用代码"
              rules={[
                { required: true, whitespace: true, message: '请填写统一社会信用代码' },
                { pattern: /^[0-9A-Za-z]{18}$/, message: '统一社会信用代码为 18 位数字或字母' },
              ]}
            >
              <Input maxLength={18} className="sx-mono" {...locked} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name={name('legalRepresentative')}
              label="法定代表人（负责人）"
              rules={must('请填写法定代表人（负责人）')}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </>
      ) : (
        <>
          <Col xs={10} sm={5}>
            <Form.Item name={name('idType')} label="证件类型">
              <Select options={idTypeOptions} popupMatchSelectWidth={false} disabled={identityLocked} />
            </Form.Item>
          </Col>
          <Col xs={14} sm={7}>
            <Form.Item name={name('idNumber')} label="证件号码" rules={must('请填写证件号码')}>
              <Input maxLength={30} className="sx-mono" {...locked} />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={24} sm={org ? 12 : 16}>
        <Form.Item
          name={name('address')}
          label={org ? '住所（地址）' : '住址'}
          rules={must(org ? '请填写住所（地址）' : '请填写住址')}
        >
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={org ? 24 : 16} sm={org ? 12 : 5}>
        <Form.Item name={name('phone')} label="联系电话">
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
      </Col>
      {org ? null : (
        <Col xs={8} sm={3}>
          <Form.Item name={name('minor')} label="未成年人" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}

interface PartyBlockProps {
  name: number;
  index: number;
  onRemove?: () => void;
  identityRequired: boolean;
}

function PartyBlock({ name, index, onRemove, identityRequired }: PartyBlockProps) {
  return (
    <div className="sx-case-subform" data-testid={`party-${index}`}>
      <PartyFields
        prefix={[name]}
        path={['parties', name]}
        index={index}
        onRemove={onRemove}
        identityRequired={identityRequired}
      />
    </div>
  );
}

export default function PartiesList({ identityRequired = false }: { identityRequired?: boolean }) {
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
              identityRequired={identityRequired}
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
