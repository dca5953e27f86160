import { expect, test } from 'vitest';
import { pathIn } from './dossier-paths';

test('a new file goes in the default folder, with that folder’s separator', () => {
  expect(pathIn('/home/claire/.config/Coulisse/companies', 'mon-entreprise')).toBe(
    '/home/claire/.config/Coulisse/companies/mon-entreprise.coulisse',
  );
  expect(pathIn('C:\\Users\\Claire\\AppData\\Roaming\\Coulisse\\companies\\', 'atelier')).toBe(
    'C:\\Users\\Claire\\AppData\\Roaming\\Coulisse\\companies\\atelier.coulisse',
  );
  expect(pathIn('/srv/dossiers/', 'a')).toBe('/srv/dossiers/a.coulisse');
});
