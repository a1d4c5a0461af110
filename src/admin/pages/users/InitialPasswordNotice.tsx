// The one-time initial password of a new or reset account, shown once: the server keeps only its hash
// and answers it in no other request. Its holder must replace it at the first login.
import { Alert, Modal, Typography } from 'antd';
import { formatTime } from '../../lib/format.ts';

export interface IssuedPassword {
  title: string;
  account: string;
  password: string;
  /** When it stops working (INITIAL_PASSWORD_DAYS after it was issued). */
  expiresAt: string | null;
}

export default function InitialPasswordNotice({
  issued,
  onClose,
}: {
  issued: IssuedPassword;
  onClose: () => void;
}) {
  return (
    <Modal
      open
      title={issued.title}
      onOk={onClose}
      onCancel={onClose}
      okText="已交给本人"
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
    >
      <Typography.Paragraph>账号 {issued.account} 的一次性初始密码：</Typography.Paragraph>
      <Typography.Paragraph
        copyable
        className="sx-mono"
        style={{ fontSize: 20, letterSpacing: 1 }}
        data-testid="initial-password"
      >
        {issued.password}
      </Typography.Paragraph>
      <Alert
        type="warning"
        showIcon
        message="此密码仅显示这一次"
        description={`请当面或经可靠渠道交给账号本人。以初始密码登录后只能修改密码，须设置本人的新密码才能使用系统。${
          issued.expiresAt
            ? `初始密码有效至 ${formatTime(issued.expiresAt)}，过期后须由系统管理员重新生成。`
            : ''
        }`}
      />
    </Modal>
  );
}
