import { describe, expect, test } from 'vitest';
import { CompanyInput } from '../../../../shared/contract/admin';
import { zodValidate } from '../../components/form-errors';
import { EMPTY_COMPANY, joinMonthDay, splitMonthDay, valuesToCompanyInput } from './company-values';

describe('company form values', () => {
  test('an empty form reports required fields, not malformed identifiers', () => {
    const errors = zodValidate(CompanyInput, valuesToCompanyInput)(EMPTY_COMPANY);
    const keys = Object.fromEntries(Object.entries(errors).map(([path, e]) => [path, e.split('|')[0]]));
    expect(keys).toMatchObject({
      legalName: 'validation.required',
      legalForm: 'validation.required',
      siren: 'validation.required',
      siret: 'validation.required',
      city: 'validation.required',
    });
  });

  test('fiscal year start: month and day join as MM-DD, a day the month lacks is clamped', () => {
    expect(joinMonthDay(1, 1)).toBe('01-01');
    expect(joinMonthDay(2, 31)).toBe('02-28');
    expect(joinMonthDay(4, 31)).toBe('04-30');
    expect(splitMonthDay('07-01')).toEqual({ month: 7, day: 1 });
    expect(splitMonthDay('junk')).toEqual({ month: 1, day: 1 });
  });
});
