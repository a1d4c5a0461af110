// 办理进程: every step taken, oldest first, with its legal date, who took it and the stage it reached.
import { Tag, Timeline, Typography } from 'antd';
import { formatTime } from '../../lib/format.ts';
import type { CaseDetail } from './api.ts';

/** The event time arrives as PostgreSQL prints it ("2026-11-22 06:47:36.071+00"); make it ISO 8601. */
const isoOf = (at: string) => at.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');

export default function TimelinePanel({ c }: { c: CaseDetail }) {
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={c.timeline.map((e, i) => ({
        key: e.seq,
        color: i === c.timeline.length - 1 ? 'blue' : 'gray',
        children: (
          <div>
            <Typography.Text strong>{e.label}</Typography.Text>
            <span style={{ marginInlineStart: 8 }}>{e.legalDate}</span>
            <Tag bordered={false} color="processing" style={{ marginInlineStart: 8 }}>
              {e.toStateLabel}
            </Tag>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.actorName} · 记录于 {formatTime(isoOf(e.at))}
              </Typography.Text>
            </div>
          </div>
        ),
      }))}
    />
  );
}
