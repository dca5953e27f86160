import type { salesRequests } from '../../../../../shared/contract/sales-requests';
import type { Handlers } from '../../../context';

// Filled in as this area is built: every route of the contract gets its handler here.
export const salesRequestsHandlers = {} as unknown as Handlers<typeof salesRequests>;
