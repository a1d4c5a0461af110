// How a refused case step is shown. A rule of the procedure (422) comes with the article it enforces,
// which officers need to see next to the message; a bad field (400) goes under that field; a version
// conflict means someone else moved the case first and the page must reload before anything else.
import type { QueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client.ts';
import { errorText, isVersionConflict } from '../../lib/errors.ts';
import { caseKeys } from './api.ts';

export interface Refusal {
  message: string;
  citation: string | null;
  rule: string | null;
}

export const VERSION_CONFLICT_TEXT = '案件已被他人更新，已重新加载最新内容，请核对后再操作';

/**
 * A 409 on a case form: say so, reload the case and close the form. Returns whether `e` was one, so the
 * caller handles every other refusal itself.
 */
export function reloadOnConflict(
  e: unknown,
  ctx: { caseId: string; queryClient: QueryClient; warn: (text: string) => void; onClose: () => void },
): boolean {
  if (!isVersionConflict(e)) return false;
  ctx.warn(VERSION_CONFLICT_TEXT);
  void ctx.queryClient.invalidateQueries({ queryKey: caseKeys.detail(ctx.caseId) });
  ctx.onClose();
  return true;
}

/** The rule and citation of a refusal, when the server named them. */
export function refusalOf(e: unknown): Refusal {
  const details = e instanceof ApiError ? (e.details as { rule?: unknown; citation?: unknown } | null) : null;
  return {
    message: errorText(e),
    citation: typeof details?.citation === 'string' && details.citation ? details.citation : null,
    rule: typeof details?.rule === 'string' ? details.rule : null,
  };
}

/**
 * Puts a 400's message under the form field it names (`action.penalty.fineFen` → `penalty`,
 * `inputs.place` → `place` with `strip: 'inputs'`). Returns whether a field took it.
 */
export function applyNamedField(form: FormInstance, e: unknown, strip: string): boolean {
  if (!(e instanceof ApiError) || e.status !== 400 || isVersionConflict(e)) return false;
  const field = (e.details as { field?: unknown } | null)?.field;
  if (typeof field !== 'string') return false;
  const parts = field.split('.');
  const name = parts[0] === strip ? parts[1] : parts[0];
  if (!name) return false;
  const registered = new Set(Object.keys(form.getFieldsValue() as object));
  if (!registered.has(name)) return false;
  form.setFields([{ name, errors: [e.message] }]);
  return true;
}
