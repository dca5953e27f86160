import type { z } from 'zod';
import { accounting } from './accounting';
import { accountingBills } from './accounting-bills';
import { accountingBank } from './accounting-bank';
import { accountingEntries } from './accounting-entries';
import { accountingLettering } from './accounting-lettering';
import { accountingReports } from './accounting-reports';
import { accountingFec } from './accounting-fec';
import { admin } from './admin';
import { adminRestore } from './admin-restore';
import { adminBackup } from './admin-backup';
import { adminExport } from './admin-export';
import { audit } from './audit';
import { parties } from './parties';
import { salesCatalog } from './sales-catalog';
import { salesDocuments } from './sales-documents';
import { salesPayments } from './sales-payments';
import { salesRequests } from './sales-requests';
import { system } from './system';
import { users } from './users';

export const contract = {
  ...system,
  ...admin,
  ...adminRestore,
  ...adminBackup,
  ...adminExport,
  ...users,
  ...audit,
  ...parties,
  ...accounting,
  ...accountingEntries,
  ...accountingLettering,
  ...accountingReports,
  ...accountingBills,
  ...accountingFec,
  ...accountingBank,
  ...salesCatalog,
  ...salesDocuments,
  ...salesPayments,
  ...salesRequests,
} as const;

export type Contract = typeof contract;
export type RouteName = keyof Contract;
export type RouteInput<R extends RouteName> = z.input<Contract[R]['input']>;
export type RouteParsedInput<R extends RouteName> = z.output<Contract[R]['input']>;
export type RouteOutput<R extends RouteName> = z.output<Contract[R]['output']>;
export type QueryRoute = { [R in RouteName]: Contract[R]['kind'] extends 'query' ? R : never }[RouteName];
export type MutationRoute = { [R in RouteName]: Contract[R]['kind'] extends 'mutation' ? R : never }[RouteName];

export function isRouteName(name: string): name is RouteName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export { route } from './route';
export type { RouteDef, RouteKind } from './route';
