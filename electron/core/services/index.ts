import type { contract } from '../../../shared/contract';
import type { audit } from '../../../shared/contract/audit';
import type { users } from '../../../shared/contract/users';
import type { Handlers } from '../context';
import { accountingHandlers } from './accounting';
import { billHandlers } from './accounting/bills/handlers';
import { bankHandlers } from './accounting/bank/handlers';
import { entryHandlers } from './accounting/entries/handlers';
import { letteringHandlers } from './accounting/lettering/handlers';
import { reportHandlers } from './accounting/reports/handlers';
import { fecHandlers } from './accounting/fec/handlers';
import { adminHandlers } from './admin';
import { auditTrailHandlers } from './admin/audit';
import { chainHandlers } from './admin/chain';
import { restoreHandlers } from './admin/restore-prepare';
import { roleHandlers } from './admin/roles';
import { settingsHandlers } from './admin/settings';
import { userHandlers } from './admin/users';
import { partiesHandlers } from './parties';
import { salesCatalogHandlers } from './sales/catalog/handlers';
import { salesDocumentsHandlers } from './sales/documents/handlers';
import { salesPaymentsHandlers } from './sales/payments/handlers';
import { salesRequestsHandlers } from './sales/requests/handlers';
import { systemHandlers } from './system';

const usersHandlers = { ...userHandlers, ...roleHandlers, ...settingsHandlers } satisfies Handlers<typeof users>;
const auditHandlers = { ...auditTrailHandlers, ...chainHandlers } satisfies Handlers<typeof audit>;

// A route of the contract without its handler here, or with the wrong types, does not compile.
export const handlers = {
  ...systemHandlers,
  ...adminHandlers,
  ...restoreHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...partiesHandlers,
  ...accountingHandlers,
  ...entryHandlers,
  ...letteringHandlers,
  ...reportHandlers,
  ...billHandlers,
  ...fecHandlers,
  ...bankHandlers,
  ...salesCatalogHandlers,
  ...salesDocumentsHandlers,
  ...salesPaymentsHandlers,
  ...salesRequestsHandlers,
} satisfies Handlers<typeof contract>;
