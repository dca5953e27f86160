import { Navigate, Route, Routes } from 'react-router';
import { lazyNamed } from '../components/lazy-named';
import type { ComponentType } from 'react';
import type { Permission } from '../../../shared/permissions';
import { ACCOUNTING_PAGES, type AccountingPage } from '../screens/accounting/accounting-pages';
import { ACCOUNTING_SCREENS } from '../screens/accounting/accounting-screens';
import { ADMIN_PAGES } from '../screens/admin/admin-pages';
import { SALES_PAGES, type SalesPage } from '../screens/sales/sales-pages';
import { SALES_SCREENS } from '../screens/sales/sales-screens';
import { Guard } from './session/guard';
import { anyIn } from './session/permissions';
import { Shell } from './shell';

const Dashboard = lazyNamed(() => import('../screens/home/dashboard'), 'Dashboard');
const PartyListScreen = lazyNamed(() => import('../screens/parties/party-list-screen'), 'PartyListScreen');
const PartyDetailScreen = lazyNamed(() => import('../screens/parties/party-detail-screen'), 'PartyDetailScreen');
const PartyCreateScreen = lazyNamed(() => import('../screens/parties/party-edit-screen'), 'PartyCreateScreen');
const PartyEditScreen = lazyNamed(() => import('../screens/parties/party-edit-screen'), 'PartyEditScreen');
const AccountingLayout = lazyNamed(() => import('../screens/accounting/accounting-layout'), 'AccountingLayout');
const AccountingIndex = lazyNamed(() => import('../screens/accounting/accounting-layout'), 'AccountingIndex');
const SalesLayout = lazyNamed(() => import('../screens/sales/sales-layout'), 'SalesLayout');
const SalesIndex = lazyNamed(() => import('../screens/sales/sales-layout'), 'SalesIndex');
const PurchasingHome = lazyNamed(() => import('../screens/purchasing/purchasing-home'), 'PurchasingHome');
const HrHome = lazyNamed(() => import('../screens/hr/hr-home'), 'HrHome');
const ItHome = lazyNamed(() => import('../screens/it/it-home'), 'ItHome');
const LegalHome = lazyNamed(() => import('../screens/legal/legal-home'), 'LegalHome');
const AdminLayout = lazyNamed(() => import('../screens/admin/admin-layout'), 'AdminLayout');
const AdminIndex = lazyNamed(() => import('../screens/admin/admin-layout'), 'AdminIndex');
const ADMIN_SCREENS = {
  company: lazyNamed(() => import('../screens/admin/company-screen'), 'CompanyScreen'),
  users: lazyNamed(() => import('../screens/admin/users/user-list-screen'), 'UserListScreen'),
  roles: lazyNamed(() => import('../screens/admin/roles/role-screen'), 'RoleScreen'),
  security: lazyNamed(() => import('../screens/admin/security-screen'), 'SecurityScreen'),
  audit: lazyNamed(() => import('../screens/admin/audit/audit-screen'), 'AuditScreen'),
  integrity: lazyNamed(() => import('../screens/admin/integrity-screen'), 'IntegrityScreen'),
  backups: lazyNamed(() => import('../screens/admin/backups/backups-screen'), 'BackupsScreen'),
};

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<Dashboard />} />
        <Route path="parties" element={<Guard need="parties.read" />}>
          <Route index element={<PartyListScreen />} />
          <Route
            path="new"
            element={
              <Guard need="parties.write">
                <PartyCreateScreen />
              </Guard>
            }
          />
          <Route path=":id" element={<PartyDetailScreen />} />
          <Route
            path=":id/edit"
            element={
              <Guard need="parties.write">
                <PartyEditScreen />
              </Guard>
            }
          />
        </Route>
        <Route path="accounting" element={<Guard need="accounting.read" />}>
          <Route element={<AccountingLayout />}>
            <Route index element={<AccountingIndex />} />
            {(ACCOUNTING_PAGES as readonly { key: AccountingPage; need: Permission }[]).map(({ key, need }) => {
              const Screen = (ACCOUNTING_SCREENS as Record<string, ComponentType>)[key]!;
              return (
                <Route
                  key={key}
                  path={`${key}/*`}
                  element={
                    <Guard need={need}>
                      <Screen />
                    </Guard>
                  }
                />
              );
            })}
          </Route>
        </Route>
        <Route path="sales" element={<Guard need="sales.read" />}>
          <Route element={<SalesLayout />}>
            <Route index element={<SalesIndex />} />
            {(SALES_PAGES as readonly { key: SalesPage; need: Permission }[]).map(({ key, need }) => {
              const Screen = SALES_SCREENS[key];
              if (!Screen) return null;
              return (
                <Route
                  key={key}
                  path={`${key}/*`}
                  element={
                    <Guard need={need}>
                      <Screen />
                    </Guard>
                  }
                />
              );
            })}
          </Route>
        </Route>
        <Route
          path="purchasing"
          element={
            <Guard need="purchasing.read">
              <PurchasingHome />
            </Guard>
          }
        />
        <Route
          path="hr"
          element={
            <Guard need="hr.read">
              <HrHome />
            </Guard>
          }
        />
        <Route
          path="it"
          element={
            <Guard need="it.read">
              <ItHome />
            </Guard>
          }
        />
        <Route
          path="legal"
          element={
            <Guard need="legal.read">
              <LegalHome />
            </Guard>
          }
        />
        <Route path="admin" element={<Guard need={anyIn('admin')} />}>
          <Route element={<AdminLayout />}>
            <Route index element={<AdminIndex />} />
            {ADMIN_PAGES.map(({ key, need }) => {
              const Screen = ADMIN_SCREENS[key];
              return (
                <Route
                  key={key}
                  path={`${key}/*`}
                  element={
                    <Guard need={need}>
                      <Screen />
                    </Guard>
                  }
                />
              );
            })}
          </Route>
        </Route>
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
