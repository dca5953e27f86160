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
import { anyIn, type Need } from './session/permissions';

export interface Department {
  /** i18n key under `departments.` and the folder under screens/. */
  key: 'home' | 'parties' | 'accounting' | 'sales' | 'purchasing' | 'hr' | 'it' | 'legal' | 'admin';
  path: string;
  icon: Icon;
  /** What the session needs for the department to show in the menu and open by its address. */
  need: Need;
}

export const DEPARTMENTS: readonly Department[] = [
  { key: 'home', path: '/', icon: IconLayoutDashboard, need: 'session' },
  { key: 'parties', path: '/parties', icon: IconAddressBook, need: 'parties.read' },
  { key: 'accounting', path: '/accounting', icon: IconCalculator, need: 'accounting.read' },
  { key: 'sales', path: '/sales', icon: IconReceipt, need: 'sales.read' },
  { key: 'purchasing', path: '/purchasing', icon: IconBuildingWarehouse, need: 'purchasing.read' },
  { key: 'hr', path: '/hr', icon: IconUsersGroup, need: 'hr.read' },
  { key: 'it', path: '/it', icon: IconDeviceDesktop, need: 'it.read' },
  { key: 'legal', path: '/legal', icon: IconGavel, need: 'legal.read' },
  { key: 'admin', path: '/admin', icon: IconSettings, need: anyIn('admin') },
];

export function isActive(department: Department, pathname: string): boolean {
  if (department.path === '/') return pathname === '/';
  return pathname === department.path || pathname.startsWith(`${department.path}/`);
}
