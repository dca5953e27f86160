import { Route, Routes } from 'react-router';
import { BillDetailScreen } from './bill-detail-screen';
import { BillCreateScreen, BillEditScreen } from './bill-edit-screen';
import { BillListScreen } from './bill-list-screen';

/** Comptabilité › Factures fournisseurs: the list, a bill, entering or correcting a draft. */
export function BillsScreen() {
  return (
    <Routes>
      <Route index element={<BillListScreen />} />
      <Route path="new" element={<BillCreateScreen />} />
      <Route path=":id" element={<BillDetailScreen />} />
      <Route path=":id/edit" element={<BillEditScreen />} />
    </Routes>
  );
}
