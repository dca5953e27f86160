import { describe, expect, test } from 'vitest';
import { companyNumbers, isoDate, profileOf } from './fields';
import { EInvoiceRefused } from './types';

describe('e-invoice fields', () => {
  test('SIREN and SIRET from French identifier schemes', () => {
    expect(companyNumbers([{ scheme: '0002', value: '123456782' }])).toEqual({ siren: '123456782', siret: null });
    expect(companyNumbers([{ scheme: '0009', value: '123 456 782 00015' }])).toEqual({
      siren: '123456782',
      siret: '12345678200015',
    });
    // A SIRET filed under the SIREN scheme still gives both.
    expect(companyNumbers([{ scheme: '0002', value: '99999999800010' }])).toEqual({
      siren: '999999998',
      siret: '99999999800010',
    });
    expect(companyNumbers([{ scheme: '0088', value: '4000001987658' }])).toEqual({ siren: null, siret: null });
    expect(companyNumbers([{ scheme: null, value: '123456782' }])).toEqual({ siren: null, siret: null });
  });

  test('dates from CII format 102 and ISO text, checked for existence', () => {
    expect(isoDate('20220131', 'd')).toBe('2022-01-31');
    expect(isoDate('2013-06-30', 'd')).toBe('2013-06-30');
    expect(isoDate(null, 'd')).toBeNull();
    for (const bad of ['20220231', '2022-13-01', '31/01/2022', '2022131']) {
      expect(() => isoDate(bad, 'd'), bad).toThrow(EInvoiceRefused);
    }
  });

  test('Factur-X profile from the guideline identifier', () => {
    expect(profileOf('urn:factur-x.eu:1p0:minimum')).toBe('MINIMUM');
    expect(profileOf('urn:factur-x.eu:1p0:basicwl')).toBe('BASICWL');
    expect(profileOf('urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic')).toBe('BASIC');
    expect(profileOf('urn:cen.eu:en16931:2017')).toBe('EN16931');
    expect(profileOf('urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended')).toBe('EXTENDED');
    expect(profileOf('urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0')).toBe('XRECHNUNG');
    expect(profileOf('urn:ferd:CrossIndustryDocument:invoice:1p0:comfort')).toBe('EN16931');
    expect(profileOf('urn:example')).toBeNull();
    expect(profileOf(null)).toBeNull();
  });
});
