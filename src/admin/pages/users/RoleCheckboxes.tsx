// Role picker: the business roles first, then the three system administration roles (三员), which
// no account may combine.
import { Checkbox, Col, Row, Typography } from 'antd';
import type { Role } from '../../api/types.ts';
import { roleOptions } from '../../lib/labels.ts';

const SYSTEM: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

export default function RoleCheckboxes(props: { value?: Role[]; onChange?: (roles: Role[]) => void }) {
  return (
    <Checkbox.Group style={{ width: '100%' }} value={props.value} onChange={(v) => props.onChange?.(v)}>
      <Row gutter={[8, 8]}>
        <Col span={24}>
          <Typography.Text type="secondary">业务角色</Typography.Text>
        </Col>
        {roleOptions
          .filter((o) => !SYSTEM.includes(o.value))
          .map((o) => (
            <Col span={8} key={o.value}>
              <Checkbox value={o.value}>{o.label}</Checkbox>
            </Col>
          ))}
        <Col span={24}>
          <Typography.Text type="secondary">系统管理角色（三员，互斥）</Typography.Text>
        </Col>
        {roleOptions
          .filter((o) => SYSTEM.includes(o.value))
          .map((o) => (
            <Col span={8} key={o.value}>
              <Checkbox value={o.value}>{o.label}</Checkbox>
            </Col>
          ))}
      </Row>
    </Checkbox.Group>
  );
}
