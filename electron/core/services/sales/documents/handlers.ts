import type { salesDocuments } from '../../../../../shared/contract/sales-documents';
import type { Handlers } from '../../../context';

// Filled in as this area is built: every route of the contract gets its handler here.
export const salesDocumentsHandlers = {} as unknown as Handlers<typeof salesDocuments>;
