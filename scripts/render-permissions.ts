// Renders docs/permissions.md from the permission grid, the preset roles and the contract, so the document
// cannot drift from what the core enforces (a test compares the file with a fresh rendering).
// Run: npx tsx scripts/render-permissions.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { contract } from '../shared/contract';
import { DEPARTMENTS, type Department, PERMISSIONS, type Permission } from '../shared/permissions';
import { PRESET_ROLE_NAMES, PRESET_ROLE_PERMISSIONS, PRESET_ROLES } from '../shared/roles';

export const PERMISSIONS_DOC = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'permissions.md');

const DEPARTMENT_LABELS: Record<Department, string> = {
  parties: 'Third parties',
  accounting: 'Accounting',
  sales: 'Sales',
  purchasing: 'Purchasing and stock',
  hr: 'Human resources',
  it: 'IT',
  legal: 'Legal',
  admin: 'Administration',
};

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function departmentOf(p: Permission): Department | null {
  return p === 'session' ? null : (p.split('.')[0] as Department);
}

function grid(): string[] {
  const lines = [
    row(['Department', 'Permission', ...PRESET_ROLES.map((r) => PRESET_ROLE_NAMES[r].fr)]),
    row(['---', '---', ...PRESET_ROLES.map(() => ':---:')]),
  ];
  for (const group of [null, ...DEPARTMENTS]) {
    const permissions = PERMISSIONS.filter((p) => departmentOf(p) === group);
    permissions.forEach((p, i) => {
      const label = i > 0 ? '' : group === null ? 'Everyone signed in' : DEPARTMENT_LABELS[group];
      const marks = PRESET_ROLES.map((r) => (PRESET_ROLE_PERMISSIONS[r].includes(p) ? '✓' : ''));
      lines.push(row([label, `\`${p}\``, ...marks]));
    });
  }
  return lines;
}

function routesByPermission(): string[] {
  const lines: string[] = [];
  const unused: Permission[] = [];
  for (const p of PERMISSIONS) {
    const routes = Object.entries(contract).filter(([, def]) => def.permission === p);
    if (routes.length === 0) {
      unused.push(p);
      continue;
    }
    lines.push(`### \`${p}\``, '');
    for (const [name, def] of routes) lines.push(`- \`${name}\` (${def.kind}${def.public ? ', public' : ''})`);
    lines.push('');
  }
  if (unused.length) lines.push(`No route needs these yet: ${unused.map((p) => `\`${p}\``).join(', ')}.`, '');
  return lines;
}

/** The document, formatted the way the repository's Prettier settings format Markdown. */
export async function renderPermissions(): Promise<string> {
  const markdown = [
    '# Permissions',
    '',
    '<!-- Rendered by scripts/render-permissions.ts from shared/permissions.ts, shared/roles.ts and',
    'shared/contract: edit those, then run `npx tsx scripts/render-permissions.ts`. -->',
    '',
    'Permissions form a grid: each department × each action (`read`: see; `write`: create and edit; `validate`:',
    'make a document final; `admin`: the settings of the department). Every route of the core names the one',
    'permission it needs, and a role is a set of permissions. The core checks the permission at each call,',
    'before it reads the input; the screens only hide what the user may not do.',
    '',
    '## Preset roles',
    '',
    'The preset roles ship with the app and cannot be changed in a company file. Administrators can create',
    'custom roles with any set of permissions (`session` is always included).',
    '',
    ...grid(),
    '',
    `Role codes: ${PRESET_ROLES.map((r) => `\`${r}\` (${PRESET_ROLE_NAMES[r].en})`).join(', ')}.`,
    '',
    '## Routes by permission',
    '',
    'Routes marked public can be called before anyone signs in (first run, application info, sign-in).',
    '',
    ...routesByPermission(),
  ].join('\n');
  const options = (await resolveConfig(PERMISSIONS_DOC)) ?? {};
  return format(markdown, { ...options, filepath: PERMISSIONS_DOC });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(PERMISSIONS_DOC, await renderPermissions());
  process.stdout.write(`wrote ${PERMISSIONS_DOC}\n`);
}
