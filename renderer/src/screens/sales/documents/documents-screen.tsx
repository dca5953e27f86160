import { Route, Routes } from 'react-router';
import { DocumentDetailScreen } from './document-detail-screen';
import { DocumentCreateScreen, DocumentEditScreen } from './document-edit-screen';
import type { DocumentPage } from './document-kinds';
import { DocumentListScreen } from './document-list-screen';

/** One page of documents: the list, a document, a new draft, a draft being corrected. */
function DocumentsScreen({ page }: { page: DocumentPage }) {
  return (
    <Routes>
      <Route index element={<DocumentListScreen page={page} />} />
      <Route path="new" element={<DocumentCreateScreen page={page} />} />
      <Route path=":id" element={<DocumentDetailScreen page={page} />} />
      <Route path=":id/edit" element={<DocumentEditScreen page={page} />} />
    </Routes>
  );
}

export const QuotesScreen = () => <DocumentsScreen page="quotes" />;
export const OrdersScreen = () => <DocumentsScreen page="orders" />;
export const DeliveriesScreen = () => <DocumentsScreen page="deliveries" />;
export const InvoicesScreen = () => <DocumentsScreen page="invoices" />;
