// A made-up but plausible French company and its customers and suppliers, to try the application on.
// Everything derives from a seed: the same seed always yields the same data, on every machine.

import { type CompanyInput } from '../../../../shared/contract/admin';
import { type PartyInput } from '../../../../shared/contract/parties';
import { frenchVatNumber, luhnValid } from '../../../../shared/domain/identifiers';
import {
  ADDRESS_COMPLEMENTS,
  CITIES,
  CONTACT_ROLES,
  CUSTOMER_NOTES,
  FAMILY_TRADES,
  FEMALE_FIRST_NAMES,
  INDIVIDUAL_NOTES,
  LAST_NAMES,
  LYON_NAME_PARTS,
  LYON_STREETS,
  MALE_FIRST_NAMES,
  OWNER_ROLE,
  PERSONAL_MAIL_DOMAINS,
  PLACES,
  PLACE_TRADES,
  PROFESSIONS,
  REGIONS,
  STREETS,
  SUPPLIER_NOTES,
  SUPPLY_TRADES,
  type DemoCity,
} from './demo-names';

type AddressInput = NonNullable<PartyInput['addresses']>[number];
type ContactInput = NonNullable<PartyInput['contacts']>[number];

/** mulberry32: a 32-bit generator, small and identical on every platform. Returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Dice {
  private readonly next: () => number;

  /** Each stream of a seed is an independent sequence, so the company and the parties do not share draws. */
  constructor(seed: number, stream: number) {
    this.next = mulberry32((seed >>> 0) ^ Math.imul(stream, 0x9e3779b9));
  }

  /** An integer between min and max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(list: readonly T[]): T {
    const value = list[this.int(0, list.length - 1)];
    if (value === undefined) throw new Error('Cannot pick from an empty list');
    return value;
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }

  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [list[i], list[j]] = [list[j] as T, list[i] as T];
    }
    return list;
  }
}

/** The digit that makes `body + digit` pass the Luhn check. */
function luhnKey(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${body}${d}`)) return String(d);
  throw new Error(`No Luhn key for ${body}`);
}

// La Poste's SIREN follows another rule for its establishments: never draw it.
const LA_POSTE_SIREN = '356000000';

function drawSiren(dice: Dice, used: Set<string>): string {
  for (;;) {
    const body = `${dice.int(3, 9)}${dice.digits(7)}`;
    const siren = body + luhnKey(body);
    if (siren !== LA_POSTE_SIREN && !used.has(siren)) {
      used.add(siren);
      return siren;
    }
  }
}

/** SIRET: the SIREN, a 4-digit establishment number and a Luhn key over the 14 digits. */
function siretOf(siren: string, establishment: number): string {
  const body = `${siren}${String(establishment).padStart(4, '0')}`;
  return body + luhnKey(body);
}

/** Lowercase ASCII without accents, words joined by hyphens: "Lefèvre & Fils" → "lefevre-et-fils". */
function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' et ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function pairs(dice: Dice, count: number): string {
  return Array.from({ length: count }, () => String(dice.int(0, 99)).padStart(2, '0')).join(' ');
}

function landline(dice: Dice, city: DemoCity): string {
  return `${city.phonePrefix} ${String(dice.int(10, 99))} ${pairs(dice, 3)}`;
}

function mobile(dice: Dice): string {
  return `0${dice.pick(['6', '7'])} ${String(dice.int(10, 99))} ${pairs(dice, 3)}`;
}

function streetAddress(dice: Dice, street: string): string {
  return `${dice.int(1, 180)}${dice.chance(0.05) ? ' bis' : ''} ${street}`;
}

function address(dice: Dice, kind: 'billing' | 'shipping', city: DemoCity): AddressInput {
  return {
    kind,
    line1: streetAddress(dice, dice.pick(STREETS)),
    line2: dice.chance(0.15) ? dice.pick(ADDRESS_COMPLEMENTS) : null,
    postalCode: city.postalCode,
    city: city.city,
    country: 'FR',
  };
}

interface Person {
  firstName: string;
  lastName: string;
  female: boolean;
}

function person(dice: Dice, lastName?: string): Person {
  const female = dice.chance(0.5);
  const firstName = dice.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  return { firstName, lastName: lastName ?? dice.pick(LAST_NAMES), female };
}

function contact(dice: Dice, who: Person, role: readonly [string, string], domain: string, city: DemoCity) {
  const first = asciiSlug(who.firstName);
  const local = `${dice.chance(0.8) ? first : first.slice(0, 1)}.${asciiSlug(who.lastName)}`;
  const value: ContactInput = {
    firstName: who.firstName,
    lastName: who.lastName,
    role: who.female ? role[1] : role[0],
    email: dice.chance(0.9) ? `${local}@${domain}` : null,
    phone: dice.chance(0.5) ? mobile(dice) : landline(dice, city),
  };
  return value;
}

type Role = 'customer' | 'supplier' | 'both' | 'individual';

/** A company name and, when it bears a family name, the family running it. */
function companyName(dice: Dice, role: Role): { name: string; owner?: string } {
  const last = dice.pick(LAST_NAMES);
  const form = dice.int(0, 9);
  if (role === 'supplier' && form < 5) {
    return dice.chance(0.6)
      ? { name: `${dice.pick(SUPPLY_TRADES)} ${dice.pick(REGIONS)}` }
      : { name: `${dice.pick(SUPPLY_TRADES)} ${last}`, owner: last };
  }
  if (form < 4) return { name: `${dice.pick(FAMILY_TRADES)} ${last}`, owner: last };
  if (form < 6) return { name: `${dice.pick(PLACE_TRADES)} ${dice.pick(PLACES)}` };
  if (form < 8) return { name: `Cabinet ${last} ${dice.pick(PROFESSIONS)}`, owner: last };
  const other = dice.pick(LAST_NAMES);
  const family = [
    `SARL ${last} et Fils`,
    `${last} Frères`,
    `Ets ${last}`,
    `Établissements ${last}`,
    `${last} & Associés`,
    `SAS ${last}-${other}`,
  ];
  return { name: dice.pick(family), owner: last };
}

function uniqueName<T extends { name: string }>(used: Set<string>, draw: () => T): T {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const drawn = draw();
    if (!used.has(drawn.name)) {
      used.add(drawn.name);
      return drawn;
    }
  }
  throw new Error('Ran out of demo party names');
}

function companyParty(dice: Dice, role: Role, names: Set<string>, sirens: Set<string>): PartyInput {
  const { name, owner } = uniqueName(names, () => companyName(dice, role));
  const domain = `${asciiSlug(name.replace(/^(SARL|SAS|Ets) /, ''))}.${dice.chance(0.8) ? 'fr' : 'com'}`;
  const city = dice.pick(CITIES);
  const siren = drawSiren(dice, sirens);
  const isSupplier = role !== 'customer';
  const addresses = [address(dice, 'billing', city)];
  if (dice.chance(0.2)) addresses.push(address(dice, 'shipping', dice.chance(0.5) ? city : dice.pick(CITIES)));

  const contacts: ContactInput[] = [];
  const contactCount = dice.int(0, 3);
  const seen = new Set<string>();
  for (let i = 0; i < contactCount; i++) {
    const who = person(dice, i === 0 && owner ? owner : undefined);
    const key = `${who.firstName} ${who.lastName}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const role = i === 0 && owner ? OWNER_ROLE : dice.pick(CONTACT_ROLES);
    contacts.push(contact(dice, who, role, domain, city));
  }

  const mailbox = isSupplier ? dice.pick(['contact', 'commandes', 'ventes']) : dice.pick(['contact', 'accueil']);
  return {
    kind: 'company',
    name,
    isCustomer: role !== 'supplier',
    isSupplier,
    siren,
    siret: siretOf(siren, dice.chance(0.8) ? 1 : dice.int(2, 40)),
    vatNumber: dice.chance(0.9) ? frenchVatNumber(siren) : null,
    email: dice.chance(0.85) ? `${mailbox}@${domain}` : null,
    phone: landline(dice, city),
    website: dice.chance(0.6) ? `https://www.${domain}` : null,
    notes: dice.chance(0.3) ? dice.pick(isSupplier ? SUPPLIER_NOTES : CUSTOMER_NOTES) : null,
    addresses,
    contacts,
  };
}

function individualParty(dice: Dice, names: Set<string>): PartyInput {
  const { name, who } = uniqueName(names, () => {
    const drawn = person(dice);
    return { name: `${drawn.female ? 'Mme' : 'M.'} ${drawn.firstName} ${drawn.lastName}`, who: drawn };
  });
  const city = dice.pick(CITIES);
  const local = `${asciiSlug(who.firstName)}.${asciiSlug(who.lastName)}${dice.chance(0.3) ? dice.int(1, 99) : ''}`;
  return {
    kind: 'individual',
    name,
    isCustomer: true,
    isSupplier: false,
    siren: null,
    siret: null,
    vatNumber: null,
    email: dice.chance(0.8) ? `${local}@${dice.pick(PERSONAL_MAIL_DOMAINS)}` : null,
    phone: dice.chance(0.7) ? mobile(dice) : landline(dice, city),
    website: null,
    notes: dice.chance(0.15) ? dice.pick(INDIVIDUAL_NOTES) : null,
    addresses: [address(dice, 'billing', city)],
    contacts: [],
  };
}

/** A small SAS of Lyon that sells office furniture and fits out offices. */
export function generateDemoCompany(seed: number): CompanyInput {
  const dice = new Dice(seed, 0);
  const legalName = `${dice.pick(LYON_NAME_PARTS)[0]} ${dice.pick(LYON_NAME_PARTS)[1]}`;
  const [street, postalCode] = dice.pick(LYON_STREETS);
  const siren = drawSiren(dice, new Set());
  return {
    legalName,
    legalForm: 'SAS',
    siren,
    siret: siretOf(siren, 1),
    vatNumber: frenchVatNumber(siren),
    addressLine1: streetAddress(dice, street),
    addressLine2: dice.chance(0.3) ? dice.pick(['Bâtiment A', '3e étage', 'Showroom au rez-de-chaussée']) : null,
    postalCode,
    city: 'Lyon',
    country: 'FR',
    email: `contact@${asciiSlug(legalName)}.fr`,
    phone: `04 ${dice.pick(['72', '78'])} ${pairs(dice, 3)}`,
    fiscalYearStart: '01-01',
    currency: 'EUR',
    logo: null,
  };
}

/**
 * Customers and suppliers of the demo company: at least 200 customers and 50 suppliers, a few parties
 * being both, mostly companies with a handful of private customers. Names and SIRENs are unique.
 */
export function generateDemoParties(seed: number): PartyInput[] {
  const dice = new Dice(seed, 1);
  const individuals = dice.int(25, 35);
  const roles: Role[] = [
    ...Array<Role>(200 + dice.int(0, 20) - individuals).fill('customer'),
    ...Array<Role>(individuals).fill('individual'),
    ...Array<Role>(48 + dice.int(0, 8)).fill('supplier'),
    ...Array<Role>(5 + dice.int(0, 4)).fill('both'),
  ];
  const names = new Set<string>();
  const sirens = new Set([generateDemoCompany(seed).siren]);
  return dice
    .shuffle(roles)
    .map((role) => (role === 'individual' ? individualParty(dice, names) : companyParty(dice, role, names, sirens)));
}

/** The demo company's staff besides its administrator: one person per preset role worth trying. */
export const DEMO_USERS = [
  { login: 'direction', displayName: 'Hélène Garnier', role: 'direction' },
  { login: 'compta', displayName: 'Marc Lemaire', role: 'comptable' },
  { login: 'commercial', displayName: 'Sophie Bernard', role: 'commercial' },
  { login: 'achats', displayName: 'Julien Roux', role: 'achats-logistique' },
  { login: 'rh', displayName: 'Nadia Benali', role: 'rh' },
  { login: 'lecture', displayName: 'Paul Chevalier', role: 'lecture-seule' },
] as const;
