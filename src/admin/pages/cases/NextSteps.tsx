// 下一步: a button for each step the user may take now (the server's `actions`), and — greyed out —
// the steps the procedure allows now but reserves for another role, saying whom the case waits for.
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Empty, Space, Tag, Tooltip, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import ActionModal from './ActionModal.tsx';
import { actionMetaOf, type CaseDetail, type CaseMeta } from './api.ts';
import { waitingFor } from './labels.ts';
import { ENDING_STEPS, SIDE_STEPS } from '../../../modules/cases/queue-rules.ts';

// Side steps (pauses, extensions, going back) are never the highlighted one; ending a case is red. The
// work queue proposes the same main path (queue-rules.ts).

export default function NextSteps({ c, meta }: { c: CaseDetail; meta: CaseMeta | undefined }) {
  const [params, setParams] = useSearchParams();
  // A work queue item links to its step (?step=file): its form opens at once if the caller may take it.
  const linked = params.get('step');
  const [open, setOpenState] = useState<string | null>(
    linked && c.actions.some((a) => a.type === linked) ? linked : null,
  );
  const setOpen = (type: string | null) => {
    setOpenState(type);
    if (type === null && params.has('step'))
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.delete('step');
          return next;
        },
        { replace: true },
      );
  };
  const action = open ? actionMetaOf(meta, c.kind, open) : undefined;
  const main = c.actions.find((a) => !SIDE_STEPS.has(a.type) && !ENDING_STEPS.has(a.type))?.type;
  const byPermission = new Map<string, string[]>();
  for (const a of c.actionsForOthers)
    byPermission.set(a.permission, [...(byPermission.get(a.permission) ?? []), a.label]);

  if (c.actions.length === 0 && c.actionsForOthers.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={c.finished ? '案件已办结，没有待办环节' : '当前没有可办理的环节'}
      />
    );
  }
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {c.actions.length > 0 ? (
        <Space wrap size={8}>
          {c.actions.map((a) => (
            <Button
              key={a.type}
              type={a.type === main ? 'primary' : 'default'}
              danger={ENDING_STEPS.has(a.type)}
              onClick={() => setOpen(a.type)}
              disabled={!actionMetaOf(meta, c.kind, a.type)}
            >
              {a.label}
            </Button>
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">您在本环节没有需要办理的操作。</Typography.Text>
      )}
      {[...byPermission.entries()].map(([permission, labels]) => (
        <Space key={permission} wrap size={8}>
          <Tag icon={<ClockCircleOutlined />} color="warning" bordered={false}>
            {waitingFor[permission] ?? '待其他人员办理'}
          </Tag>
          {labels.map((l) => (
            <Tooltip key={l} title={`${l}须由其他角色办理`}>
              <Button size="small" disabled>
                {l}
              </Button>
            </Tooltip>
          ))}
        </Space>
      ))}
      {action ? <ActionModal key={action.value} c={c} action={action} onClose={() => setOpen(null)} /> : null}
    </Space>
  );
}
