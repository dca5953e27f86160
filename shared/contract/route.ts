import type { z } from 'zod';
import type { Permission } from '../permissions';
import '../domain/zod-messages';

export type RouteKind = 'query' | 'mutation';

export interface RouteDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  K extends RouteKind = RouteKind,
> {
  kind: K;
  permission: Permission;
  input: I;
  output: O;
  /** Whether a caller without a signed-in session may call it (first run, app info). */
  public?: boolean;
}

export function route<I extends z.ZodType, O extends z.ZodType, const K extends RouteKind>(
  def: RouteDef<I, O, K>,
): RouteDef<I, O, K> {
  return def;
}

export type RouteMap = Record<string, RouteDef>;
