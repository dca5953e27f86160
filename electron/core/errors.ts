import { AppError, type WireError } from '../../shared/errors';
import { issueToWire, type IssueLike } from '../../shared/domain/zod-messages';

export type Logger = (message: string, error?: unknown) => void;

export const stderrLogger: Logger = (message, error) => {
  console.error(`[coulisse] ${message}`, error instanceof Error ? (error.stack ?? error.message) : (error ?? ''));
};

export function validationError(issues: readonly IssueLike[]): AppError {
  return new AppError('VALIDATION', 'errors.validation', { issues: issues.map(issueToWire) });
}

/** Whatever was thrown, the caller gets a typed error; anything unexpected is logged here with its stack. */
export function toWireError(error: unknown, log: Logger, route: string): WireError {
  if (error instanceof AppError) return error.toWire();
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    log(`constraint refused in ${route}`, error);
    return { code: 'CONFLICT', messageKey: 'errors.conflict' };
  }
  if (code === 'SQLITE_BUSY') return { code: 'CONFLICT', messageKey: 'errors.busy' };
  log(`internal error in ${route}`, error);
  return { code: 'INTERNAL', messageKey: 'errors.internal' };
}
