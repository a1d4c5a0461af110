// 证件状态: whether the certificate may be used today, as the server judged it (status, validity period
// and annual review together), with the reason when it may not.
import { Tag, Typography } from 'antd';
import type { PersonListItem } from '../../api/types.ts';

export default function CertificateValidity({ summary }: { summary: PersonListItem['certificate'] }) {
  if (!summary) return <Tag>无证</Tag>;
  if (summary.valid) return <Tag color="success">有效</Tag>;
  return (
    <span>
      <Tag color="error">无效</Tag>
      <Typography.Text type="danger" style={{ fontSize: 12 }}>
        {summary.invalidReason}
      </Typography.Text>
    </span>
  );
}
