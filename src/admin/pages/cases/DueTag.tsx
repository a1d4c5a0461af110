// A deadline as an officer reads it: the due date with its urgency colour (red overdue, orange due
// soon) and how far away it is in calendar days ("还剩 3 天", "今日到期", "逾期 2 天"). The level is
// the server's (it counts working days for "due soon"); the distance is plain arithmetic on dates.
import { Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { DueLevel } from './api.ts';
import { dueLevelColors } from './labels.ts';

export function relativeDue(due: string, today = dayjs().format('YYYY-MM-DD')): string {
  const days = dayjs(due).diff(dayjs(today), 'day');
  if (days > 0) return `还剩 ${days} 天`;
  if (days === 0) return '今日到期';
  return `逾期 ${-days} 天`;
}

export default function DueTag({
  due,
  level,
  label,
  provisional = false,
}: {
  due: string | null;
  level: DueLevel | null;
  label?: string | null;
  /** The due date is only the earliest possible one: the year's holidays are not entered yet. */
  provisional?: boolean;
}) {
  if (!due) return <Typography.Text type="secondary">—</Typography.Text>;
  const tag = (
    <Tag color={level ? dueLevelColors[level] : 'default'} bordered={false} style={{ marginInlineEnd: 0 }}>
      {provisional ? '暂定 ' : ''}
      {due} · {relativeDue(due)}
    </Tag>
  );
  const tip = [label, provisional ? '期限跨入尚未录入节假日安排的年份，届满日为最早可能日期' : null]
    .filter(Boolean)
    .join('；');
  return tip ? <Tooltip title={tip}>{tag}</Tooltip> : tag;
}
