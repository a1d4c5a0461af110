// H3 the wording helpers the event definitions share when they put a payload into words: empty values
// are left out, yes/no, times in Beijing time, sizes, money in yuan.
import type { DetailLine } from './events.ts';

type Shown = string | number | boolean | null | undefined | readonly string[];

/** Lines for the given label/value pairs; a pair without a value (null, undefined, '', []) is left out. */
export function lines(...pairs: [label: string, value: Shown][]): DetailLine[] {
  return pairs.flatMap(([label, v]) => {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return [];
    const value = typeof v === 'boolean' ? (v ? '是' : '否') : Array.isArray(v) ? v.join('、') : String(v);
    return [{ label, value }];
  });
}

const BEIJING = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An ISO timestamp as Beijing time, e.g. 2026-03-02 14:05. */
export function beijingTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = Object.fromEntries(BEIJING.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

export function fileSize(bytes: number | null | undefined): string | null {
  if (bytes === null || bytes === undefined) return null;
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Integer fen as yuan, e.g. 150000 → 1500.00 元. */
export function yuan(fen: number | null | undefined): string | null {
  return fen === null || fen === undefined ? null : `${(fen / 100).toFixed(2)} 元`;
}

/** Codes shown by their label where one is known, else as stored. */
export function labelled(
  labels: Readonly<Record<string, string>>,
  codes: readonly string[] | string | null | undefined,
): string[] {
  if (codes === null || codes === undefined) return [];
  return (typeof codes === 'string' ? [codes] : codes).map((c) => labels[c] ?? c);
}
