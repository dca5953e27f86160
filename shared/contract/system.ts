import { z } from 'zod';
import { PERMISSIONS } from '../permissions';
import { route } from './route';

export const SessionInfo = z.object({
  userId: z.number().int(),
  login: z.string(),
  displayName: z.string(),
  permissions: z.array(z.enum(PERMISSIONS)),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  dbPath: z.string(),
  hasCompany: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const SearchHit = z.object({
  kind: z.enum(['party']),
  id: z.number().int(),
  title: z.string(),
  subtitle: z.string().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const system = {
  'system.app.info': route({
    kind: 'query',
    permission: 'session',
    public: true,
    input: z.object({}).strict(),
    output: AppInfo,
  }),
  'system.session.get': route({
    kind: 'query',
    permission: 'session',
    input: z.object({}).strict(),
    output: SessionInfo,
  }),
  'system.search.query': route({
    kind: 'query',
    permission: 'session',
    input: z
      .object({ text: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(50).default(10) })
      .strict(),
    output: z.object({ hits: z.array(SearchHit) }),
  }),
} as const;
