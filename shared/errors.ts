// Errors cross every transport in this one shape; the renderer shows `messageKey` translated.
export const ERROR_CODES = [
  'VALIDATION',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED_PERIOD',
  'SCHEMA_TOO_NEW',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ValidationIssue {
  path: string;
  messageKey: string;
  params?: Record<string, unknown>;
}

export interface WireError {
  code: ErrorCode;
  messageKey: string;
  details?: { issues?: ValidationIssue[] } & Record<string, unknown>;
}

export type WireResult<T> = { ok: true; data: T } | { ok: false; error: WireError };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly details?: WireError['details'];

  /**
   * When set, the mutation's transaction commits before the error is returned: a refused sign-in must still
   * count the failed attempt and leave its audit row.
   */
  readonly commit: boolean;

  constructor(code: ErrorCode, messageKey: string, details?: WireError['details'], options: { commit?: boolean } = {}) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
    this.code = code;
    this.messageKey = messageKey;
    this.details = details;
    this.commit = options.commit ?? false;
  }

  toWire(): WireError {
    return this.details === undefined
      ? { code: this.code, messageKey: this.messageKey }
      : { code: this.code, messageKey: this.messageKey, details: this.details };
  }
}

export function isWireError(value: unknown): value is WireError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as WireError).code === 'string' &&
    typeof (value as WireError).messageKey === 'string'
  );
}
