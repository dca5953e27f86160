import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { contract } from '../shared/contract';
import { PRESET_ROLE_NAMES, PRESET_ROLES } from '../shared/roles';
import { PERMISSIONS_DOC, renderPermissions } from './render-permissions';

test('docs/permissions.md is the rendering of shared/roles.ts, shared/permissions.ts and the contract', async () => {
  const rendered = await renderPermissions();
  expect(
    readFileSync(PERMISSIONS_DOC, 'utf8'),
    'docs/permissions.md is out of date: run npx tsx scripts/render-permissions.ts',
  ).toBe(rendered);
});

test('the rendering names every preset role and every route', async () => {
  const rendered = await renderPermissions();
  for (const role of PRESET_ROLES) expect(rendered).toContain(PRESET_ROLE_NAMES[role].fr);
  for (const route of Object.keys(contract)) expect(rendered).toContain(`\`${route}\``);
  // The administrator's column is all ticks; the HR row is ticked for RH and Administrateur only.
  const hrRead = rendered.split('\n').find((l) => l.includes('`hr.read`'))!;
  expect(hrRead.match(/✓/g)).toHaveLength(2);
});
