import { beforeAll, describe, expect, test } from 'vitest';
import { CompanyInput } from '../../../shared/contract/admin';
import { PartyInput } from '../../../shared/contract/parties';
import { initI18n, setLanguage } from '../i18n';
import { encodeError, issuesToFormErrors, translateError, zodValidate } from './form-errors';

beforeAll(() => {
  initI18n();
  setLanguage('fr');
});

describe('form errors', () => {
  test('a core issue lands on the field named by its dotted path, first issue wins', () => {
    expect(
      issuesToFormErrors([
        { path: 'addresses.0.postalCode', messageKey: 'validation.required' },
        { path: 'addresses.0.postalCode', messageKey: 'validation.tooLong' },
        { path: 'siren', messageKey: 'validation.siren' },
      ]),
    ).toEqual({ 'addresses.0.postalCode': 'validation.required', siren: 'validation.siren' });
  });

  test('the client validates with the contract schema and reports the same keys as the core', () => {
    const validate = zodValidate(PartyInput);
    const errors = validate({
      name: 'ACME',
      isCustomer: false,
      isSupplier: false,
      siren: '123456789',
      addresses: [{ line1: 'x', postalCode: '', city: 'Lyon' }],
    });
    expect(errors.siren).toBe('validation.siren');
    expect(errors.isCustomer).toBe('validation.partyRole');
    expect(errors['addresses.0.postalCode']).toMatch(/^validation\.required/);
    expect(errors.name).toBeUndefined();
  });

  test('a valid company passes', () => {
    const validate = zodValidate(CompanyInput);
    expect(
      validate({
        legalName: 'Atelier Dupont',
        legalForm: 'SARL',
        siren: '732 829 320',
        siret: '73282932000074',
        addressLine1: '1 rue de la Paix',
        postalCode: '75002',
        city: 'Paris',
        fiscalYearStart: '01-01',
      }),
    ).toEqual({});
  });

  test('errors are translated when shown, in the current language, with their parameters', () => {
    expect(translateError('validation.siren')).toMatch(/SIREN invalide/);
    expect(translateError(encodeError('validation.tooLong', { max: 200 }))).toContain('200');
    setLanguage('en');
    expect(translateError('validation.siren')).toMatch(/Invalid SIREN/);
    setLanguage('fr');
    expect(translateError('validation.noSuchKey')).toBe(translateError('validation.invalid'));
    expect(translateError(undefined)).toBeUndefined();
  });
});
