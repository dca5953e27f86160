import { expect, test } from 'vitest';
import { toggleDepartment, togglePermission, withSession } from './permission-grid';

test('ticking an action ticks reading the department; unticking reading clears the row', () => {
  expect(togglePermission([], 'sales', 'write', true).sort()).toEqual(['sales.read', 'sales.write']);
  expect(togglePermission(['sales.read', 'sales.write', 'parties.read'], 'sales', 'read', false)).toEqual([
    'parties.read',
  ]);
  expect(togglePermission(['sales.read', 'sales.write'], 'sales', 'write', false)).toEqual(['sales.read']);
});

test('a row header ticks or clears the whole department, and every role keeps the session', () => {
  expect(toggleDepartment([], 'hr', true).sort()).toEqual(['hr.admin', 'hr.read', 'hr.validate', 'hr.write']);
  expect(toggleDepartment(['hr.read', 'hr.admin', 'it.read'], 'hr', false)).toEqual(['it.read']);
  expect(withSession(['it.read'])).toEqual(['session', 'it.read']);
  expect(withSession(['session', 'it.read'])).toEqual(['session', 'it.read']);
});
