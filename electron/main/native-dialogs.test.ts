import { expect, test } from 'vitest';
import { createDialogAnswerer, isDialogRoute } from './native-dialogs';
import { fakeDialog } from './test-fakes';

interface Win {
  name: string;
}

function setup() {
  const fake = fakeDialog<Win>();
  const windows = new Map<number, Win>([[7, { name: 'main' }]]);
  const answer = createDialogAnswerer(fake.dialog, (id) => windows.get(id) ?? null);
  return { fake, answer };
}

test('only the three shell.dialog routes are answered in the main process', () => {
  expect(['shell.dialog.pickFolder', 'shell.dialog.openFile', 'shell.dialog.saveFile'].every(isDialogRoute)).toBe(true);
  expect(isDialogRoute('workspace.dossier.open')).toBe(false);
  expect(isDialogRoute('shell.openExternal')).toBe(false);
});

test('openFile shows an open dialog on the calling window, filtered by extension', async () => {
  const { fake, answer } = setup();
  fake.answer('/home/claire/riviere.coulisse');
  const result = await answer(7, 'shell.dialog.openFile', { title: 'Ouvrir', extensions: ['coulisse'] });
  expect(result).toEqual({ ok: true, data: { path: '/home/claire/riviere.coulisse' } });
  expect(fake.requests).toEqual([
    {
      kind: 'open',
      window: { name: 'main' },
      options: { title: 'Ouvrir', properties: ['openFile'], filters: [{ name: 'coulisse', extensions: ['coulisse'] }] },
    },
  ]);
});

test('saveFile proposes the default name; a cancelled dialog answers a null path', async () => {
  const { fake, answer } = setup();
  fake.answer(null);
  const result = await answer(7, 'shell.dialog.saveFile', { defaultName: 'Atelier.coulisse' });
  expect(result).toEqual({ ok: true, data: { path: null } });
  expect(fake.requests[0]).toMatchObject({ kind: 'save', options: { defaultPath: 'Atelier.coulisse' } });
});

test('pickFolder asks for a folder', async () => {
  const { fake, answer } = setup();
  fake.answer('/srv/backups');
  expect(await answer(7, 'shell.dialog.pickFolder', {})).toEqual({ ok: true, data: { path: '/srv/backups' } });
  expect(fake.requests[0]?.options['properties']).toEqual(['openDirectory', 'createDirectory']);
});

test('an unknown window is refused and bad input is a validation error, without showing a dialog', async () => {
  const { fake, answer } = setup();
  expect(await answer(99, 'shell.dialog.openFile', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await answer(7, 'shell.dialog.openFile', { extensions: ['../etc'] })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION' },
  });
  expect(fake.requests).toHaveLength(0);
});
