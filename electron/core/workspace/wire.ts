import { AppError, type ErrorCode, type WireError } from '../../../shared/errors';
import type { Logger } from '../errors';

export function fail(code: ErrorCode, messageKey: string): { ok: false; error: WireError } {
  return { ok: false, error: { code, messageKey } };
}

export const NO_DOSSIER = fail('NOT_FOUND', 'errors.noDossier');
export const NO_NATIVE_DIALOGS = fail('NOT_FOUND', 'errors.nativeDialogsUnavailable');

/**
 * A failure to open a file as a wire error. The core's own file checks raise AppErrors with their messageKeys;
 * SQLite's raw refusal of a file that is not a database is named here too, so it never shows as an internal error.
 */
export function openFailure(error: unknown, log: Logger, path: string): WireError {
  if (error instanceof AppError) return error.toWire();
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return { code: 'VALIDATION', messageKey: 'errors.file.notSqlite' };
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY') {
    return { code: 'FORBIDDEN', messageKey: 'errors.file.noAccess' };
  }
  log(`cannot open ${path}`, error);
  return { code: 'INTERNAL', messageKey: 'errors.internal' };
}
