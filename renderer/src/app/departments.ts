import {
  IconAddressBook,
  IconBuildingWarehouse,
  IconCalculator,
  IconDeviceDesktop,
  IconGavel,
  IconLayoutDashboard,
  IconReceipt,
  IconSettings,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export interface Department {
  /** i18n key under `departments.` and the folder under screens/. */
  key: 'home' | 'parties' | 'accounting' | 'sales' | 'purchasing' | 'hr' | 'it' | 'legal' | 'admin';
  path: string;
  icon: Icon;
}

export const DEPARTMENTS: readonly Department[] = [
  { key: 'home', path: '/', icon: IconLayoutDashboard },
  { key: 'parties', path: '/parties', icon: IconAddressBook },
  { key: 'accounting', path: '/accounting', icon: IconCalculator },
  { key: 'sales', path: '/sales', icon: IconReceipt },
  { key: 'purchasing', path: '/purchasing', icon: IconBuildingWarehouse },
  { key: 'hr', path: '/hr', icon: IconUsersGroup },
  { key: 'it', path: '/it', icon: IconDeviceDesktop },
  { key: 'legal', path: '/legal', icon: IconGavel },
  { key: 'admin', path: '/admin', icon: IconSettings },
];

export function isActive(department: Department, pathname: string): boolean {
  if (department.path === '/') return pathname === '/';
  return pathname === department.path || pathname.startsWith(`${department.path}/`);
}
