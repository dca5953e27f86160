import { z } from 'zod';

/** Database ids are positive integers. */
export const Id = z.number().int().positive();
export type Id = z.infer<typeof Id>;

/** Calendar dates travel as YYYY-MM-DD strings, never as Date objects. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.date' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { error: 'validation.date' },
  );

/** Instants are ISO-8601 UTC strings. */
export const Instant = z.string();

/** Money is an integer number of cents. */
export const Cents = z.number().int().safe();

/** An optional free text: empty strings are stored as null. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
}

export function requiredText(max: number) {
  return z.string().trim().min(1).max(max);
}

export const Email = z
  .string()
  .trim()
  .max(254)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: 'validation.email' })
  .nullish()
  .transform((v) => (v ? v : null));

export const Phone = z
  .string()
  .trim()
  .max(40)
  .refine((v) => v === '' || /^\+?[0-9 ().-]{6,}$/.test(v), { error: 'validation.phone' })
  .nullish()
  .transform((v) => (v ? v : null));

export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'validation.country' });
