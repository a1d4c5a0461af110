// Error model of the API: every failure a user can cause is an AppError with a stable code, an HTTP
// status and a Chinese message; the error handler turns it into {code, message, details}.
/** Every code an error answer can carry (the OpenAPI document lists them). */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'SESSION_EXPIRED',
  'CSRF_FAILED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'VERSION_CONFLICT',
  'DUPLICATE',
  'RULE_VIOLATION',
  'SEPARATION_OF_DUTIES',
  'PASSWORD_POLICY',
  /** The session signed in with a one-time initial password: only the password change is open. */
  'PASSWORD_CHANGE_REQUIRED',
  /** The session has shown the password but still owes its second factor (a code, or an enrolment). */
  'SECOND_FACTOR_REQUIRED',
  'IMPORT_FAILED',
  'CALENDAR_NOT_COVERED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  /** A stored file no longer matches the fingerprint recorded when it was received (C8). */
  'INTEGRITY_FAILED',
  /** An Idempotency-Key sent again with a different request (422, IETF draft). */
  'IDEMPOTENCY_KEY_REUSED',
  /** An Idempotency-Key whose first request is still running (409, IETF draft). */
  'IDEMPOTENCY_IN_FLIGHT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** The PostgreSQL error behind a failure, whether thrown by pg directly or wrapped by drizzle (`cause`). */
export function pgErrorOf(e: unknown): { code: string; constraint?: string } | null {
  for (
    let cur: unknown = e, depth = 0;
    cur && typeof cur === 'object' && depth < 3;
    cur = (cur as { cause?: unknown }).cause, depth++
  ) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code))
      return { code, constraint: (cur as { constraint?: string }).constraint };
  }
  return null;
}

export const notFound = (what = '记录') => new AppError(404, 'NOT_FOUND', `${what}不存在或无权访问`);
export const forbidden = (message = '无权执行此操作') => new AppError(403, 'FORBIDDEN', message);
export const badRequest = (message: string, details?: unknown) =>
  new AppError(400, 'VALIDATION_FAILED', message, details);
/** A 400 naming one field, in the shape of a schema failure ({ issues: [{ field, message }] }). */
export const fieldError = (field: string, message: string) =>
  badRequest(`字段「${field}」${message}`, { issues: [{ field, message }] });
export const conflict = (code: ErrorCode, message: string, details?: unknown) =>
  new AppError(409, code, message, details);
export const unprocessable = (code: ErrorCode, message: string, details?: unknown) =>
  new AppError(422, code, message, details);
