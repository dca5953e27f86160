import { ACTIONS, DEPARTMENTS, type Department, type Permission, PERMISSIONS } from './permissions';

// The preset roles: the one table docs/permissions.md is rendered from (npm run docs:permissions).

export const PRESET_ROLES = [
  'administrateur',
  'direction',
  'comptable',
  'commercial',
  'achats-logistique',
  'rh',
  'informatique',
  'juridique',
  'lecture-seule',
] as const;
export type PresetRole = (typeof PRESET_ROLES)[number];

const all = (d: Department): Permission[] => ACTIONS.map((a) => `${d}.${a}` as const);
const reads = (...ds: Department[]): Permission[] => ds.map((d) => `${d}.read` as const);

// Personnel and payroll (hr) are seen only by RH and Administrateur: no other preset role reads them.
const NOT_HR = DEPARTMENTS.filter((d) => d !== 'hr');

export const PRESET_ROLE_PERMISSIONS: Record<PresetRole, readonly Permission[]> = {
  administrateur: PERMISSIONS,
  direction: ['session', ...reads(...NOT_HR)],
  comptable: ['session', ...all('accounting'), 'parties.read', 'parties.write', ...reads('sales', 'purchasing')],
  commercial: ['session', 'sales.read', 'sales.write', 'sales.validate', 'parties.read', 'parties.write'],
  'achats-logistique': [
    'session',
    'purchasing.read',
    'purchasing.write',
    'purchasing.validate',
    'parties.read',
    'parties.write',
  ],
  rh: ['session', ...all('hr')],
  informatique: ['session', ...all('it')],
  juridique: ['session', ...all('legal'), 'parties.read'],
  'lecture-seule': ['session', ...reads(...NOT_HR.filter((d) => d !== 'admin'))],
};

export const PRESET_ROLE_NAMES: Record<PresetRole, { fr: string; en: string }> = {
  administrateur: { fr: 'Administrateur', en: 'Administrator' },
  direction: { fr: 'Direction', en: 'Management' },
  comptable: { fr: 'Comptable', en: 'Accountant' },
  commercial: { fr: 'Commercial', en: 'Sales' },
  'achats-logistique': { fr: 'Achats-Logistique', en: 'Purchasing and logistics' },
  rh: { fr: 'RH', en: 'HR' },
  informatique: { fr: 'Informatique', en: 'IT' },
  juridique: { fr: 'Juridique', en: 'Legal' },
  'lecture-seule': { fr: 'Lecture seule', en: 'Read only' },
};
