// E4 the redaction review: the decision's text with every redaction highlighted (its kind on hover); the
// publisher removes one by clicking it, or selects a stretch the engine missed and withholds it — each
// with a reason, recorded on the ledger. Offsets are those of the source text (UTF-16 code units).
import { Alert, Button, Input, Modal, Select, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { CATEGORY_LABELS, REDACTION_CATEGORIES } from '../../../modules/publicity/redaction/types.ts';
import type { EditBody, Publication } from './api.ts';

type Edit = NonNullable<EditBody['edit']>;

/** The text's offset of a DOM point inside a segment carrying data-start. */
function offsetOf(node: Node | null, offset: number): number | null {
  const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement | null);
  const start = el?.closest('[data-start]')?.getAttribute('data-start');
  return start == null ? null : Number(start) + offset;
}

export default function SourceReview({
  p,
  source,
  onEdit,
  busy,
}: {
  p: Publication;
  source: string;
  onEdit: (edit: Edit) => void;
  busy: boolean;
}) {
  const [pending, setPending] = useState<{ op: 'add' | 'remove'; start: number; end: number } | null>(null);
  const [reason, setReason] = useState('');
  const [category, setCategory] = useState<Edit extends { category: infer C } ? C : never>('name' as never);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of p.spans) {
    if (s.start > at)
      parts.push(
        <span key={`t${at}`} data-start={at}>
          {source.slice(at, s.start)}
        </span>,
      );
    parts.push(
      <Tooltip
        key={`s${s.start}`}
        title={`${CATEGORY_LABELS[s.category as keyof typeof CATEGORY_LABELS] ?? s.category} → ${s.replacement}（点击取消隐去）`}
      >
        <mark
          className="redaction-mark"
          data-category={s.category}
          data-start={s.start}
          role="button"
          tabIndex={0}
          onClick={() => setPending({ op: 'remove', start: s.start, end: s.end })}
        >
          {source.slice(s.start, s.end)}
        </mark>
      </Tooltip>,
    );
    at = s.end;
  }
  if (at < source.length)
    parts.push(
      <span key={`t${at}`} data-start={at}>
        {source.slice(at)}
      </span>,
    );

  const withholdSelection = () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const r = sel.getRangeAt(0);
    const a = offsetOf(r.startContainer, r.startOffset);
    const b = offsetOf(r.endContainer, r.endOffset);
    if (a === null || b === null || b <= a) return;
    setPending({ op: 'add', start: a, end: b });
  };

  return (
    <>
      <Space style={{ marginBottom: 8 }} wrap>
        <Button size="small" onClick={withholdSelection} disabled={busy}>
          隐去所选文字
        </Button>
        <Typography.Text type="secondary">黄色标记为将隐去的内容；点击标记可取消隐去。</Typography.Text>
      </Space>
      <div className="redaction-text" aria-label="决定书原文（隐去内容已标记）">
        {parts}
      </div>
      <Modal
        open={pending !== null}
        title={pending?.op === 'add' ? '增加隐去' : '取消隐去'}
        okText="确定"
        cancelText="取消"
        okButtonProps={{ disabled: reason.trim() === '', loading: busy }}
        onCancel={() => setPending(null)}
        onOk={() => {
          if (!pending) return;
          onEdit(
            pending.op === 'add'
              ? { op: 'add', start: pending.start, end: pending.end, category: category, reason }
              : { op: 'remove', start: pending.start, end: pending.end, reason },
          );
          setPending(null);
          setReason('');
        }}
      >
        {pending ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message={`“${source.slice(pending.start, pending.end)}”`}
          />
        ) : null}
        {pending?.op === 'add' ? (
          <Select
            style={{ width: '100%', marginBottom: 12 }}
            value={category}
            onChange={setCategory}
            options={REDACTION_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
            aria-label="隐去类别"
          />
        ) : null}
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="请写明理由（记入审计日志）"
          maxLength={300}
          aria-label="理由"
        />
      </Modal>
    </>
  );
}
