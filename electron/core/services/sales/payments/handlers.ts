import type { salesPayments } from '../../../../../shared/contract/sales-payments';
import type { Handlers } from '../../../context';

// Filled in as this area is built: every route of the contract gets its handler here.
export const salesPaymentsHandlers = {} as unknown as Handlers<typeof salesPayments>;
