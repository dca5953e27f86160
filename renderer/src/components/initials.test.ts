import { expect, test } from 'vitest';
import { initials } from './initials';

test('initials', () => {
  expect(initials('Atelier Coulisse')).toBe('AC');
  expect(initials('Administrateur')).toBe('AD');
  expect(initials("L'Épicerie du coin")).toBe('LÉ');
  expect(initials('  ')).toBe('');
});
