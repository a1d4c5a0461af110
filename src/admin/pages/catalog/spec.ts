// What makes one catalogue kind different from another, as data: its fields (how each is edited, shown
// and compared between versions) and its list columns. The list, drawer, form, history and import
// screens are shared by every kind and read only this.
import type { ComponentType, ReactNode } from 'react';
import type { ProColumns } from '@ant-design/pro-components';
import type { CatalogEntry, CatalogKind } from '../../api/types.ts';

export interface Option {
  value: string;
  label: string;
}

/** A custom editor sits inside the form under `name` (already prefixed with 'data'). */
export type CustomInput = ComponentType<{ name: (string | number)[]; label: string }>;

export type Editor =
  | { type: 'text'; max: number; placeholder?: string }
  | { type: 'textarea'; max: number; rows?: number; placeholder?: string }
  | { type: 'select'; options: Option[] }
  /** A list of short texts, edited one per line. */
  | { type: 'lines'; placeholder?: string }
  | { type: 'tags'; placeholder?: string }
  | { type: 'percent' }
  | { type: 'citations' }
  | { type: 'custom'; Input: CustomInput };

export interface FieldSpec {
  key: string;
  label: string;
  editor: Editor;
  required?: boolean;
  /** Takes the full width of the form and of the detail view. */
  wide?: boolean;
  extra?: string;
  /** Detail view; defaults by editor type. */
  render?: (value: unknown) => ReactNode;
  /** Version comparison (a table cell); `other` is the value in the other version. Defaults to `render`. */
  compare?: (value: unknown, other: unknown) => ReactNode;
}

export interface KindConfig {
  kind: CatalogKind;
  /** The published title of the list, e.g. 行政执法事项清单. */
  title: string;
  tooltip: string;
  codeLabel: string;
  codePlaceholder: string;
  fields: FieldSpec[];
  /** Columns between 名称 and 版本. */
  columns: ProColumns<CatalogEntry>[];
  /** Data of a new entry. */
  blank: Record<string, unknown>;
  /** Stored data → form values and back, where the form edits a different shape. */
  toForm?: (data: Record<string, unknown>) => Record<string, unknown>;
  fromForm?: (values: Record<string, unknown>) => Record<string, unknown>;
  formWidth?: number;
}
