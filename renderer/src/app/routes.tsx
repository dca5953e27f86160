import { Navigate, Route, Routes } from 'react-router';
import { lazyNamed } from '../components/lazy-named';
import { Shell } from './shell';

const Dashboard = lazyNamed(() => import('../screens/home/dashboard'), 'Dashboard');
const PartyListScreen = lazyNamed(() => import('../screens/parties/party-list-screen'), 'PartyListScreen');
const PartyDetailScreen = lazyNamed(() => import('../screens/parties/party-detail-screen'), 'PartyDetailScreen');
const PartyCreateScreen = lazyNamed(() => import('../screens/parties/party-edit-screen'), 'PartyCreateScreen');
const PartyEditScreen = lazyNamed(() => import('../screens/parties/party-edit-screen'), 'PartyEditScreen');
const AccountingHome = lazyNamed(() => import('../screens/accounting/accounting-home'), 'AccountingHome');
const SalesHome = lazyNamed(() => import('../screens/sales/sales-home'), 'SalesHome');
const PurchasingHome = lazyNamed(() => import('../screens/purchasing/purchasing-home'), 'PurchasingHome');
const HrHome = lazyNamed(() => import('../screens/hr/hr-home'), 'HrHome');
const ItHome = lazyNamed(() => import('../screens/it/it-home'), 'ItHome');
const LegalHome = lazyNamed(() => import('../screens/legal/legal-home'), 'LegalHome');
const CompanyScreen = lazyNamed(() => import('../screens/admin/company-screen'), 'CompanyScreen');

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<Dashboard />} />
        <Route path="parties">
          <Route index element={<PartyListScreen />} />
          <Route path="new" element={<PartyCreateScreen />} />
          <Route path=":id" element={<PartyDetailScreen />} />
          <Route path=":id/edit" element={<PartyEditScreen />} />
        </Route>
        <Route path="accounting" element={<AccountingHome />} />
        <Route path="sales" element={<SalesHome />} />
        <Route path="purchasing" element={<PurchasingHome />} />
        <Route path="hr" element={<HrHome />} />
        <Route path="it" element={<ItHome />} />
        <Route path="legal" element={<LegalHome />} />
        <Route path="admin" element={<Navigate to="/admin/company" replace />} />
        <Route path="admin/company" element={<CompanyScreen />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
