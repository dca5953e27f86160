import type { PartyInput } from '../../shared/contract/parties';
import type { ProductInput } from '../../shared/contract/sales-catalog';
import { Dice } from '../../electron/core/services/admin/demo-data';

// Third parties and products drawn from a seed: names varied enough that searching and sorting them means
// something, addresses in real French towns.

const FIRST = ['Atelier', 'Boulangerie', 'Cabinet', 'Garage', 'Imprimerie', 'Librairie', 'Menuiserie', 'Pharmacie'];
const MORE = ['Transports', 'Ferme', 'Studio', 'Maison', 'Brasserie', 'Clinique', 'Agence', 'Quincaillerie'];
const SURNAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
];
const TOWNS: readonly [string, string][] = [
  ['69002', 'Lyon'],
  ['75011', 'Paris'],
  ['13001', 'Marseille'],
  ['31000', 'Toulouse'],
  ['44000', 'Nantes'],
  ['67000', 'Strasbourg'],
  ['33000', 'Bordeaux'],
  ['59000', 'Lille'],
  ['35000', 'Rennes'],
  ['21000', 'Dijon'],
];
const STREETS = ['rue de la République', 'avenue Jean Jaurès', 'place du Marché', 'boulevard Victor Hugo'];

export function partyInputs(count: number, seed: number): PartyInput[] {
  const dice = new Dice(seed, 21);
  const out: PartyInput[] = [];
  for (let i = 0; i < count; i++) {
    // Three customers for one supplier; a few are both.
    const supplier = i % 4 === 3;
    const [postalCode, city] = dice.pick(TOWNS);
    out.push({
      kind: 'company',
      name: `${dice.pick([...FIRST, ...MORE])} ${dice.pick(SURNAMES)} ${String(i + 1).padStart(5, '0')}`,
      isCustomer: !supplier || dice.chance(0.1),
      isSupplier: supplier,
      email: `compta${i + 1}@exemple.fr`,
      addresses: [
        { kind: 'billing', line1: `${dice.int(1, 120)} ${dice.pick(STREETS)}`, postalCode, city, country: 'FR' },
      ],
    });
  }
  return out;
}

const GOODS = ['Écran', 'Câble', 'Imprimante', 'Chaise', 'Bureau', 'Lampe', 'Café', 'Thé', 'Papier', 'Clavier'];
const SERVICES = ['Conseil', 'Installation', 'Maintenance', 'Formation', 'Déplacement', 'Audit', 'Réparation'];
const RATES = [2000, 2000, 2000, 1000, 550];

export function productInputs(count: number, seed: number): ProductInput[] {
  const dice = new Dice(seed, 22);
  const out: ProductInput[] = [];
  for (let i = 0; i < count; i++) {
    const goods = dice.chance(0.6);
    out.push({
      reference: `${goods ? 'ART' : 'PRE'}-${String(i + 1).padStart(6, '0')}`,
      label: `${dice.pick(goods ? GOODS : SERVICES)} modèle ${dice.int(1, 999)}`,
      kind: goods ? 'goods' : 'service',
      unit: goods ? 'u' : 'h',
      unitPrice: dice.int(100, 200_000),
      vatCategory: 'S',
      vatRate: dice.pick(RATES),
      revenueAccount: goods ? '707' : '706',
    });
  }
  return out;
}
