import type { ValidationIssue, WireError } from '../../../shared/errors';
import { ApiError } from './client';

/** Every failure the UI may show, reduced to the wire shape: a raw exception never reaches the screen. */
export function toWireError(error: unknown): WireError {
  if (error instanceof ApiError) return error.wire;
  return { code: 'INTERNAL', messageKey: 'errors.internal' };
}

export function issuesOf(error: unknown): ValidationIssue[] {
  return toWireError(error).details?.issues ?? [];
}

/** Field path (dotted, as the core sends it) → i18n key of the first issue on that path. */
export function issuesToFieldErrors(issues: readonly ValidationIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path || '_root';
    errors[path] ??= issue.messageKey;
  }
  return errors;
}
