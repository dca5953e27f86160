import { z } from 'zod';

export const SortDir = z.enum(['asc', 'desc']);

/** What every server-paged list accepts. Each list names the fields it can sort on. */
export function listQuery<const S extends readonly [string, ...string[]]>(sortFields: S) {
  return z.object({
    page: z.number().int().min(0).max(1_000_000).default(0),
    pageSize: z.number().int().min(1).max(200).default(50),
    sort: z.enum(sortFields).optional(),
    dir: SortDir.default('asc'),
    search: z.string().trim().max(200).optional(),
  });
}

export function page<T extends z.ZodType>(row: T) {
  return z.object({
    rows: z.array(row),
    total: z.number().int().min(0),
    page: z.number().int().min(0),
    pageSize: z.number().int().min(1),
  });
}
