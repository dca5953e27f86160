import type { z } from 'zod';
import type { Permission } from '../permissions';
import '../domain/zod-messages';

export type RouteKind = 'query' | 'mutation';

export interface RouteDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: RouteKind;
  permission: Permission;
  input: I;
  output: O;
  /** Whether a caller without a signed-in session may call it (first run, app info). */
  public?: boolean;
}

export function route<I extends z.ZodType, O extends z.ZodType>(def: RouteDef<I, O>): RouteDef<I, O> {
  return def;
}

export type RouteMap = Record<string, RouteDef>;
