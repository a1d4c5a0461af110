// 账本校验: recomputes the hash chain and checks the signed checkpoints on the server. A failure names
// the first entry that does not match, which is where an investigation starts.
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client.ts';
import { errorText } from '../../lib/errors.ts';

export default function LedgerVerifyButton() {
  const { modal, message } = App.useApp();
  const verify = useMutation({
    mutationFn: () => unwrap(api.GET('/api/v1/ledger/verify')),
    onSuccess: (r) => {
      if (r.ok) {
        void modal.success({
          title: '账本完好',
          content:
            r.checkpoints > 0
              ? `共 ${r.count} 条记录、${r.checkpoints} 个签名检查点，哈希链与签名检查点均校验通过。`
              : `共 ${r.count} 条记录，哈希链校验通过（尚未生成签名检查点）。`,
          okText: '确定',
        });
      } else {
        void modal.error({
          title: '账本校验失败',
          content: r.firstBad
            ? `第 ${r.firstBad.seq} 条记录校验不通过：${r.firstBad.reason}。请立即报告安全管理员并保全现场。`
            : '哈希链校验不通过。',
          okText: '确定',
        });
      }
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Button
      type="primary"
      icon={<SafetyCertificateOutlined />}
      loading={verify.isPending}
      onClick={() => verify.mutate()}
    >
      账本校验
    </Button>
  );
}
