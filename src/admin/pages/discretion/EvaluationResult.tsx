// 裁量结果: the tier's circumstances, penalties and fine range with how it was computed, the check of a
// proposed penalty (outside the range: written reason and legal review), and the articles to cite.
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { formatYuan } from '../../../modules/catalog/rules/fine-text.ts';
import type { Evaluation } from '../../api/types.ts';
import { penaltyLabels } from '../../lib/labels.ts';
import { numberedList, tagList } from '../catalog/render.tsx';
import { tierTag } from '../catalog/kinds/tiers.tsx';

function FineRange({ fine }: { fine: Evaluation['evaluation']['fine'] }) {
  if (!fine) return <Typography.Text type="secondary">不处罚款</Typography.Text>;
  return (
    <Typography.Text strong style={{ fontSize: 18, color: '#0f3d85' }}>
      {fine.minFen === fine.maxFen
        ? formatYuan(fine.minFen)
        : `${formatYuan(fine.minFen)} — ${formatYuan(fine.maxFen)}`}
    </Typography.Text>
  );
}

function Check({ check }: { check: NonNullable<Evaluation['check']> }) {
  if (check.within)
    return (
      <Alert
        type="success"
        showIcon
        message="在幅度内"
        description="拟作出的处罚符合本阶次的处罚种类和罚款幅度。"
      />
    );
  return (
    <Alert
      type="error"
      showIcon
      message="超出幅度（须说明理由并提交法制审核）"
      description={
        <ul className="sx-ul">
          {check.problems.map((p) => (
            <li key={p.code + p.message}>{p.message}</li>
          ))}
        </ul>
      }
    />
  );
}

export default function EvaluationResult({ result }: { result: Evaluation }) {
  const { benchmark, evaluation: ev, check, citations } = result;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card
        size="small"
        title="裁量结果"
        extra={
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            依据 {benchmark.code} 第 {benchmark.version} 版（{benchmark.effectiveFrom} 起）
          </Typography.Text>
        }
      >
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
          items={[
            { key: 'violation', label: '违法行为', children: benchmark.violation },
            { key: 'tier', label: '裁量阶次', children: tierTag(ev.tier) },
            { key: 'conditions', label: '适用情形', children: numberedList(ev.conditions) },
            {
              key: 'penalties',
              label: '处罚种类',
              children: ev.penalties.length ? tagList(ev.penalties, penaltyLabels, 'blue') : '不予处罚',
            },
            { key: 'fine', label: '罚款幅度', children: <FineRange fine={ev.fine} /> },
            { key: 'explanation', label: '计算说明', children: ev.fineExplanation || '—' },
            ...(ev.note ? [{ key: 'note', label: '备注', children: ev.note }] : []),
          ]}
        />
        {check ? (
          <div style={{ marginTop: 12 }}>
            <Check check={check} />
          </div>
        ) : null}
      </Card>
      <Card size="small" title={`法律依据（${citations.length}）`}>
        <Space direction="vertical" size={10} style={{ width: '100%' }}>
          {citations.map((c, i) => (
            <div key={`${c.ref.law}-${c.ref.article}-${i}`}>
              <Space size={6} wrap>
                <Typography.Text strong>{c.display}</Typography.Text>
                {!c.inForce ? <Tag color="error">非现行有效</Tag> : null}
                {c.needsReview ? <Tag color="warning">待核对</Tag> : null}
                {c.versionNote ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {c.versionNote}
                  </Typography.Text>
                ) : null}
              </Space>
              {c.text ? <div className="sx-article">{c.text}</div> : null}
            </div>
          ))}
        </Space>
      </Card>
    </Space>
  );
}
