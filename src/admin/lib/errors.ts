// How a failed call is shown. The server already words its errors in Chinese for the user; this only
// routes them: field errors onto their form fields, everything else into one message.
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.ts';

export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof Error && e.message) return e.message;
  return '操作失败，请稍后重试';
}

interface Issue {
  field: string;
  message: string;
}

function issuesOf(e: unknown): Issue[] {
  if (!(e instanceof ApiError) || e.code !== 'VALIDATION_FAILED') return [];
  const details = e.details as { issues?: unknown } | null;
  if (!details || !Array.isArray(details.issues)) return [];
  return details.issues.filter(
    (i): i is Issue => typeof i === 'object' && i !== null && typeof (i as Issue).field === 'string',
  );
}

/**
 * Puts the server's validation messages under the matching form fields (the server names fields by
 * their JSON path, e.g. `idNumber`, `categories.0`). Returns whether any field took a message, so the
 * caller can fall back to a toast for errors that belong to no field.
 */
export function applyFieldErrors(form: FormInstance, e: unknown): boolean {
  // Without arguments antd returns every mounted field (undefined ones included), i.e. what can show an error.
  const registered = new Set(Object.keys(form.getFieldsValue() as object));
  const fields = issuesOf(e)
    .map((i) => ({ name: i.field.split('.')[0] ?? '', errors: [i.message] }))
    .filter((f) => registered.has(f.name));
  if (fields.length) form.setFields(fields);
  return fields.length > 0;
}

/** A version conflict means someone else saved first; the caller should reload, not retry blindly. */
export const isVersionConflict = (e: unknown) => e instanceof ApiError && e.code === 'VERSION_CONFLICT';

/**
 * Every problem the server listed for a refused save, as lines to show above a form: rule violations
 * (`details.problems`) as they are, field issues with their top-level field named by `labels`
 * ("data.tiers.0.fine" → "裁量阶次 第 1 项：…"). Empty when the error carries no list.
 */
export function problemsOf(e: unknown, labels: Record<string, string> = {}): string[] {
  if (!(e instanceof ApiError)) return [];
  const details = e.details as { problems?: unknown; issues?: unknown } | null;
  if (Array.isArray(details?.problems)) return details.problems.map(String);
  if (!Array.isArray(details?.issues)) return [];
  return (details.issues as Partial<Issue>[]).map((i) => {
    const [first = '', ...rest] = (i.field ?? '').split('.').filter((s) => s !== 'data');
    const index = rest.find((s) => /^\d+$/.test(s));
    const where = `${labels[first] ?? first}${index !== undefined ? ` 第 ${Number(index) + 1} 项` : ''}`;
    return where ? `${where}：${i.message ?? ''}` : (i.message ?? '');
  });
}
