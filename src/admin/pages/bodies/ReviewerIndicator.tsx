// A4 法制审核人员配备比例: reviewers must be at least 5% of the body's certified officers. The server
// computes it (one rule, one place); this only presents the figures.
import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Statistic, Tag } from 'antd';
import { api, unwrap } from '../../api/client.ts';
import { keys } from '../../api/queries.ts';

export default function ReviewerIndicator({ bodyId }: { bodyId: string }) {
  const q = useQuery({
    queryKey: keys.indicator(bodyId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/bodies/{id}/reviewer-indicator', { params: { path: { id: bodyId } } })),
  });
  if (q.isError) return <Alert type="error" showIcon message={q.error.message} />;
  const d = q.data;
  const pct = d?.ratio == null ? null : Math.round(d.ratio * 1000) / 10;
  return (
    <Space size={32} align="center" wrap>
      <Statistic
        valueStyle={{ fontSize: 20 }}
        title="法制审核人员"
        value={d?.reviewers ?? '—'}
        suffix="人"
        loading={q.isPending}
      />
      <Statistic
        valueStyle={{ fontSize: 20 }}
        title="持证执法人员"
        value={d?.officers ?? '—'}
        suffix="人"
        loading={q.isPending}
      />
      <Statistic
        valueStyle={{ fontSize: 20 }}
        title="至少应配备"
        value={d?.required ?? '—'}
        suffix="人"
        loading={q.isPending}
      />
      <Statistic
        title="配备比例（要求 ≥ 5%）"
        value={pct == null ? '—' : pct}
        suffix={pct == null ? undefined : '%'}
        precision={pct == null ? undefined : 1}
        valueStyle={{ fontSize: 20, color: d && pct != null ? (d.meets ? '#389e0d' : '#cf1322') : undefined }}
        loading={q.isPending}
      />
      {d ? (
        d.meets ? (
          <Tag color="success">达标</Tag>
        ) : (
          <Tag color="error">未达标，尚缺 {d.required - d.reviewers} 人</Tag>
        )
      ) : null}
    </Space>
  );
}
