import { sql } from 'kysely';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { kyselyFor, openSqlite } from '../../db/connection';
import { openCompany, type TestCore } from '../../testing';
import { customer } from '../../testdata/fixtures';

let t: TestCore;
beforeEach(async () => {
  t = await openCompany();
});
afterEach(async () => {
  await t.close();
});

describe('third parties', () => {
  test('parties.party.create stores a party with its addresses and contacts and gives it a code', async () => {
    const p = await t.call('parties.party.create', { ...customer(), isSupplier: true, vatNumber: 'FR 96 552100554' });
    expect(p).toMatchObject({
      code: 'T00001',
      name: 'Boulangerie Martin',
      isCustomer: true,
      isSupplier: true,
      vatNumber: 'FR96552100554',
      archived: false,
      referenced: false,
    });
    expect(p.addresses).toEqual([expect.objectContaining({ kind: 'billing', city: 'Lyon', line2: null })]);
    expect(p.contacts).toEqual([expect.objectContaining({ lastName: 'Martin', role: 'Gérante' })]);
    expect(await t.call('parties.party.get', { id: p.id })).toEqual(p);
  });

  test('a party must be a customer, a supplier or both', async () => {
    const err = await t.fail('parties.party.create', customer({ isCustomer: false }));
    expect(err.details?.issues).toEqual([{ path: 'isCustomer', messageKey: 'validation.partyRole' }]);
  });

  test('parties.party.update keeps address and contact ids it is given, adds and removes the others', async () => {
    const p = await t.call('parties.party.create', customer());
    const addr = p.addresses[0]!;
    const u = await t.call('parties.party.update', {
      id: p.id,
      party: {
        ...customer(),
        addresses: [
          { ...addr, city: 'Villeurbanne', postalCode: '69100' },
          { kind: 'shipping', line1: 'Quai 4', postalCode: '69007', city: 'Lyon', country: 'FR' },
        ],
        contacts: [],
      },
    });
    expect(u.addresses.map((a) => [a.id === addr.id, a.city])).toEqual([
      [true, 'Villeurbanne'],
      [false, 'Lyon'],
    ]);
    expect(u.contacts).toEqual([]);
    // The list shows the billing city.
    expect((await t.call('parties.party.list', {})).rows[0]).toMatchObject({
      city: 'Villeurbanne',
      postalCode: '69100',
    });
    expect((await t.fail('parties.party.update', { id: 999, party: customer() })).code).toBe('NOT_FOUND');
  });

  test('parties.party.archive and parties.party.restore move a party out of and back into the active list', async () => {
    const p = await t.call('parties.party.create', customer());
    expect((await t.call('parties.party.archive', { id: p.id })).archived).toBe(true);
    expect((await t.call('parties.party.list', {})).total).toBe(0);
    expect((await t.call('parties.party.list', { status: 'archived' })).total).toBe(1);
    expect((await t.call('parties.party.restore', { id: p.id })).archived).toBe(false);
    expect((await t.call('parties.party.list', {})).total).toBe(1);
  });

  test('parties.party.delete removes an unreferenced party, refuses one a document points at', async () => {
    const a = await t.call('parties.party.create', customer());
    const b = await t.call('parties.party.create', customer({ name: 'Garage des Alpes', siren: null, siret: null }));
    // Any table that references party by foreign key counts, without the parties service knowing it.
    const sqlite = openSqlite(t.dbPath);
    sqlite.exec('create table some_document (id integer primary key, party_id integer references party(id)) strict');
    sqlite.prepare('insert into some_document (party_id) values (?)').run(b.id);
    sqlite.close();

    expect((await t.call('parties.party.get', { id: b.id })).referenced).toBe(true);
    const err = await t.fail('parties.party.delete', { id: b.id });
    expect(err).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.partyReferenced' });
    expect(await t.call('parties.party.delete', { id: a.id })).toEqual({ id: a.id });
    expect((await t.fail('parties.party.get', { id: a.id })).code).toBe('NOT_FOUND');
    expect((await t.call('system.search.query', { text: a.code })).hits).toEqual([]);
  });
});

describe('third-party list', () => {
  beforeEach(async () => {
    const names = [
      ['Électricité Durand', 'Annecy', true, false],
      ['Atelier Zéphyr', 'Brest', false, true],
      ['Bureau Moreau', 'annecy-le-vieux', true, true],
    ] as const;
    for (const [name, city, isCustomer, isSupplier] of names) {
      await t.call('parties.party.create', {
        name,
        isCustomer,
        isSupplier,
        addresses: [{ line1: '1 rue Haute', postalCode: '74000', city }],
      });
    }
  });

  test('parties.party.list pages, sorts, filters and searches on the server', async () => {
    const all = await t.call('parties.party.list', { pageSize: 200, sort: 'name' });
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.name)).toEqual(['Atelier Zéphyr', 'Bureau Moreau', 'Électricité Durand']);
    const desc = await t.call('parties.party.list', { sort: 'name', dir: 'desc', pageSize: 2, page: 1 });
    expect(desc.rows.map((r) => r.name)).toEqual(['Atelier Zéphyr']);
    expect((await t.call('parties.party.list', { role: 'supplier' })).rows.map((r) => r.name)).toEqual([
      'Atelier Zéphyr',
      'Bureau Moreau',
    ]);
    expect((await t.call('parties.party.list', { city: 'ANNECY' })).total).toBe(2);
    expect((await t.call('parties.party.list', { search: 'electric' })).rows.map((r) => r.name)).toEqual([
      'Électricité Durand',
    ]);
    expect((await t.call('parties.party.list', { sort: 'city' })).rows[0]!.city).toBe('Annecy');
    const err = await t.fail('parties.party.list', { sort: 'siren', pageSize: 5000 });
    expect(err.details?.issues?.map((i) => i.path).sort()).toEqual(['pageSize', 'sort']);
  });

  test('parties.party.exportCsv writes the filtered list as a spreadsheet opens it', async () => {
    const out = await t.call('parties.party.exportCsv', { role: 'customer', sort: 'name', locale: 'fr' });
    expect(out.rows).toBe(2);
    expect(out.fileName).toMatch(/^tiers-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(out.csv.startsWith('\ufeffCode;Nom;Client;')).toBe(true);
    const parsed = Papa.parse<string[]>(out.csv.slice(1).trim(), { delimiter: ';' }).data;
    expect(parsed.map((r) => r[1])).toEqual(['Nom', 'Bureau Moreau', 'Électricité Durand']);
    const en = await t.call('parties.party.exportCsv', { locale: 'en' });
    expect(en.csv).toContain('Code;Name;Customer;Supplier');
  });

  test('the list queries use their indexes', async () => {
    const sqlite = openSqlite(t.dbPath);
    const db = kyselyFor(sqlite);
    const plan = async (q: string) =>
      (await sql.raw<{ detail: string }>(`explain query plan ${q}`).execute(db)).rows.map((r) => r.detail).join(' | ');
    expect(await plan('select id from party where archived = 0 order by name_folded, id limit 50')).toContain(
      'INDEX party_name',
    );
    expect(
      await plan('select id from party where archived = 0 order by city_folded, name_folded, id limit 50'),
    ).toContain('INDEX party_city');
    await db.destroy();
  });
});
