// How catalogue data reads on screen: the default rendering of each editor type, used by the detail
// drawer and the version comparison alike.
import type { ReactNode } from 'react';
import { Space, Tag, Typography } from 'antd';
import type { ArticleRef } from '../../api/types.ts';
import { CitationList } from '../../lib/citations.tsx';
import type { FieldSpec } from './spec.ts';

export const empty = <Typography.Text type="secondary">（空）</Typography.Text>;

export function textBlock(v: unknown): ReactNode {
  if (v === null || v === undefined || v === '') return empty;
  return (
    <span style={{ whiteSpace: 'pre-wrap' }}>
      {typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v)}
    </span>
  );
}

/** Items as a numbered list; with `other` (the same list in the compared version), items not in it are marked. */
export function numberedList(items: ReactNode[], other?: string[]): ReactNode {
  if (!items.length) return empty;
  const differs = (t: ReactNode) => other !== undefined && typeof t === 'string' && !other.includes(t);
  return (
    <ol className="sx-ol">
      {items.map((t, i) => (
        <li key={i} className={differs(t) ? 'sx-diff' : undefined}>
          {t}
        </li>
      ))}
    </ol>
  );
}

export function tagList(values: string[], labels?: Record<string, string>, color?: string): ReactNode {
  if (!values.length) return empty;
  return (
    <Space size={[4, 4]} wrap>
      {values.map((v) => (
        <Tag key={v} color={color} bordered={false} style={{ marginInlineEnd: 0 }}>
          {labels?.[v] ?? v}
        </Tag>
      ))}
    </Space>
  );
}

const asStrings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/**
 * A field's value on screen. In a version comparison (`compare`), `other` is the field in the other
 * version, and list items that differ from it are marked.
 */
export function renderField(spec: FieldSpec, value: unknown, compare?: { other: unknown }): ReactNode {
  if (compare && spec.compare) return spec.compare(value, compare.other);
  if (spec.render) return spec.render(value);
  const e = spec.editor;
  switch (e.type) {
    case 'select':
      return textBlock(e.options.find((o) => o.value === value)?.label ?? value);
    case 'lines':
      return numberedList(asStrings(value), compare ? asStrings(compare.other) : undefined);
    case 'tags':
      return tagList(asStrings(value));
    case 'percent':
      return typeof value === 'number' ? `${value}%` : empty;
    case 'citations':
      return <CitationList refs={value as ArticleRef[]} />;
    case 'text':
    case 'textarea':
    case 'custom':
      return textBlock(value);
  }
}
