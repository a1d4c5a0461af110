// Role picker: the business roles first, then the three system administration roles (三员). A system
// role is an account's only role (the server refuses anything else), so while one is ticked every other
// box is disabled, and while a business role is ticked the system roles are.
import { Checkbox, Col, Row, Typography } from 'antd';
import type { Role } from '../../api/types.ts';
import { roleOptions } from '../../lib/labels.ts';

const SYSTEM: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

export default function RoleCheckboxes(props: { value?: Role[]; onChange?: (roles: Role[]) => void }) {
  const value = props.value ?? [];
  const systemChosen = value.some((r) => SYSTEM.includes(r));
  const businessChosen = value.some((r) => !SYSTEM.includes(r));
  const box = (o: { value: Role; label: string }, disabled: boolean) => (
    <Col span={8} key={o.value}>
      <Checkbox value={o.value} disabled={disabled && !value.includes(o.value)}>
        {o.label}
      </Checkbox>
    </Col>
  );
  return (
    <Checkbox.Group style={{ width: '100%' }} value={value} onChange={(v) => props.onChange?.(v)}>
      <Row gutter={[8, 8]}>
        <Col span={24}>
          <Typography.Text type="secondary">业务角色</Typography.Text>
        </Col>
        {roleOptions.filter((o) => !SYSTEM.includes(o.value)).map((o) => box(o, systemChosen))}
        <Col span={24}>
          <Typography.Text type="secondary">
            系统管理角色（三员分立：只能单独授予，不与其他任何角色兼任）
          </Typography.Text>
        </Col>
        {roleOptions
          .filter((o) => SYSTEM.includes(o.value))
          .map((o) => box(o, systemChosen || businessChosen))}
      </Row>
    </Checkbox.Group>
  );
}
