import type { QueryRoute, MutationRoute, RouteInput, RouteName, RouteOutput } from '../../../shared/contract';
import type {
  WorkspaceContract,
  WorkspaceRouteInput,
  WorkspaceRouteName,
  WorkspaceRouteOutput,
} from '../../../shared/contract/workspace';

// The renderer calls two kinds of routes through one client: the company file's own (the contract) and the
// host's (the workspace: which file is open, native dialogs).

export type AnyRouteName = RouteName | WorkspaceRouteName;
export type AnyRouteInput<R extends AnyRouteName> = R extends RouteName
  ? RouteInput<R>
  : R extends WorkspaceRouteName
    ? WorkspaceRouteInput<R>
    : never;
export type AnyRouteOutput<R extends AnyRouteName> = R extends RouteName
  ? RouteOutput<R>
  : R extends WorkspaceRouteName
    ? WorkspaceRouteOutput<R>
    : never;

type WorkspaceQuery = {
  [R in WorkspaceRouteName]: WorkspaceContract[R]['kind'] extends 'query' ? R : never;
}[WorkspaceRouteName];
type WorkspaceMutation = Exclude<WorkspaceRouteName, WorkspaceQuery>;

export type AnyQueryRoute = QueryRoute | WorkspaceQuery;
export type AnyMutationRoute = MutationRoute | WorkspaceMutation;
