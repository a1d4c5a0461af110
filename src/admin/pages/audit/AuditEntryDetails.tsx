// One audit entry opened (详情): everything the catalogue put into words, then what is stored — the
// event code and its DOMAIN id, the object's identifier, the entry's hash and the payload as recorded —
// so nothing is hidden from the auditor.
import { Descriptions, Typography } from 'antd';
import type { AuditEntry } from '../../api/types.ts';

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
            children: (
              <span className="sx-mono">
                {e.action}
                {e.domain ? `（${e.domain}）` : ''}
              </span>
            ),
          },
          {
            key: 'entity',
            label: '对象标识',
            children: <span className="sx-mono">{e.entityId ?? '—'}</span>,
          },
          { key: 'ip', label: 'IP', children: <span className="sx-mono">{e.ip ?? '—'}</span> },
          { key: 'hash', label: '记录哈希', children: <span className="sx-mono">{e.hash}</span> },
        ]}
      />
      <Typography.Text type="secondary">原始记录</Typography.Text>
      <pre className="sx-pre sx-mono">{JSON.stringify(e.payload, null, 2)}</pre>
    </>
  );
}
