import { z } from 'zod';

// Every zod issue carries an i18n key as its message, so the renderer translates the same errors the core sends.
// Schemas that need a specific message pass their own validation key as `error`, which wins over this map.
let installed = false;

export function installZodMessages(): void {
  if (installed) return;
  installed = true;
  z.config({
    customError: (iss) => {
      switch (iss.code) {
        case 'invalid_type':
          return iss.input === undefined || iss.input === null ? 'validation.required' : 'validation.invalidType';
        case 'too_small':
          if (iss.origin === 'string') return Number(iss.minimum) <= 1 ? 'validation.required' : 'validation.tooShort';
          if (iss.origin === 'array') return 'validation.tooFew';
          return 'validation.tooSmall';
        case 'too_big':
          if (iss.origin === 'string') return 'validation.tooLong';
          if (iss.origin === 'array') return 'validation.tooMany';
          return 'validation.tooBig';
        case 'invalid_format':
          return iss.format === 'email' ? 'validation.email' : 'validation.format';
        case 'invalid_value':
          return 'validation.invalidChoice';
        case 'unrecognized_keys':
          return 'validation.unknownField';
        case 'not_multiple_of':
          return 'validation.format';
        default:
          return 'validation.invalid';
      }
    },
  });
}

installZodMessages();

export interface IssueLike {
  path: PropertyKey[];
  message: string;
  code?: string;
  minimum?: unknown;
  maximum?: unknown;
}

/** The wire form of a zod issue: a dotted path, the key, and the bounds the message may quote. */
export function issueToWire(iss: IssueLike): { path: string; messageKey: string; params?: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  if (iss.minimum !== undefined) params.min = Number(iss.minimum);
  if (iss.maximum !== undefined) params.max = Number(iss.maximum);
  const messageKey = iss.message.startsWith('validation.') ? iss.message : 'validation.invalid';
  const out = { path: iss.path.map(String).join('.'), messageKey };
  return Object.keys(params).length ? { ...out, params } : out;
}
