import { Route, Routes } from 'react-router';
import { RequestDetailScreen } from './request-detail-screen';
import { RequestCreateScreen, RequestEditScreen } from './request-edit-screen';
import { RequestListScreen } from './request-list-screen';

/** Ventes › SAV: the list, a request and its history, opening or correcting one. */
export function RequestsScreen() {
  return (
    <Routes>
      <Route index element={<RequestListScreen />} />
      <Route path="new" element={<RequestCreateScreen />} />
      <Route path=":id" element={<RequestDetailScreen />} />
      <Route path=":id/edit" element={<RequestEditScreen />} />
    </Routes>
  );
}
