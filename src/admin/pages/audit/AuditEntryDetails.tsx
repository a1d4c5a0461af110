// One audit entry opened (详情): everything the catalogue put into words, then what is stored — the
// event code and its DOMAIN id, the object's identifier, the entry's hash and the payload as recorded —
// so nothing is hidden from the auditor.
import { Descriptions, Typography } from 'antd';
import type { AuditEntry } from '../../api/types.ts';

// Identifiers and hashes are long and unbroken: let them wrap on a phone.
const mono = (text: string) => (
  <span className="sx-mono" style={{ wordBreak: 'break-all' }}>
    {text}
  </span>
);

export default function AuditEntryDetails({ entry: e }: { entry: AuditEntry }) {
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'event', label: '事件', children: e.label },
          ...e.details.map((d, i) => ({ key: `d${i}`, label: d.label, children: d.value })),
          {
            key: 'code',
            label: '事件代码',
            children: mono(e.domain ? `${e.action}（${e.domain}）` : e.action),
          },
          { key: 'entity', label: '对象标识', children: mono(e.entityId ?? '—') },
          { key: 'ip', label: 'IP', children: mono(e.ip ?? '—') },
          { key: 'hash', label: '记录哈希', children: mono(e.hash) },
        ]}
      />
      <Typography.Text type="secondary">原始记录</Typography.Text>
      <pre className="sx-pre sx-mono">{JSON.stringify(e.payload, null, 2)}</pre>
    </>
  );
}
