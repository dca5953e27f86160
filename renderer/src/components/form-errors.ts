import { issueToWire } from '../../../shared/domain/zod-messages';
import type { ValidationIssue } from '../../../shared/errors';
import { translateKey } from '../i18n';
import type { z } from 'zod';

// Form errors are kept as i18n keys (with their parameters) rather than sentences, so that a language switch
// re-translates the errors already on screen.
const SEPARATOR = '|';

export function encodeError(messageKey: string, params?: Record<string, unknown>): string {
  return params && Object.keys(params).length ? `${messageKey}${SEPARATOR}${JSON.stringify(params)}` : messageKey;
}

export function translateError(error: unknown): string | undefined {
  if (typeof error !== 'string' || error === '') return undefined;
  const cut = error.indexOf(SEPARATOR);
  if (cut < 0) return translateKey(error);
  let params: Record<string, unknown> | undefined;
  try {
    params = JSON.parse(error.slice(cut + 1)) as Record<string, unknown>;
  } catch {
    params = undefined;
  }
  return translateKey(error.slice(0, cut), params);
}

/** Issues (from zod here, or from the core) → { 'addresses.0.city': 'validation.required' }, first issue per field. */
export function issuesToFormErrors(issues: readonly ValidationIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    errors[issue.path] ??= encodeError(issue.messageKey, issue.params);
  }
  return errors;
}

/** A @mantine/form `validate` function backed by the contract's own zod schema. */
export function zodValidate<V>(schema: z.ZodType, prepare: (values: V) => unknown = (v) => v) {
  return (values: V): Record<string, string> => {
    const input = prepare(values);
    const result = schema.safeParse(input);
    if (result.success) return {};
    const issues = result.error.issues.map((iss) => {
      const wire = issueToWire(iss as never);
      // An untouched select is "missing", not a wrong choice.
      const value = iss.path.reduce<unknown>((node, k) => (node as Record<PropertyKey, unknown>)?.[k], input);
      return wire.messageKey === 'validation.invalidChoice' && (value === undefined || value === '')
        ? { ...wire, messageKey: 'validation.required' }
        : wire;
    });
    return issuesToFormErrors(issues);
  };
}

/** Passed as `enhanceGetInputProps`: inputs receive their error translated into the current language. */
export function translateInputError({ inputProps }: { inputProps: { error?: unknown } }) {
  return inputProps.error ? { error: translateError(inputProps.error) } : {};
}
