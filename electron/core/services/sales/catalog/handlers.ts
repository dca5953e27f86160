import type { salesCatalog } from '../../../../../shared/contract/sales-catalog';
import type { Handlers } from '../../../context';

// Filled in as this area is built: every route of the contract gets its handler here.
export const salesCatalogHandlers = {} as unknown as Handlers<typeof salesCatalog>;
