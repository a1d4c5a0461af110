// 修改理由: every correction is kept as a new version, and the server refuses one without a reason.
import { Form, Input } from 'antd';

export default function ReasonField({
  label = '修改理由',
  extra = '将记入历史版本和审计日志',
}: {
  label?: string;
  extra?: string;
}) {
  return (
    <Form.Item
      name="reason"
      label={label}
      rules={[
        { required: true, whitespace: true, message: `请填写${label}` },
        { min: 2, message: `${label}至少 2 个字` },
        { max: 500, message: `${label}不能超过 500 个字` },
      ]}
      extra={extra}
    >
      <Input.TextArea rows={2} placeholder={`请填写${label}`} maxLength={500} showCount />
    </Form.Item>
  );
}
