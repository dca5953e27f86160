// Word lists behind the demo company and its customers and suppliers. Every postal code below is the real
// code of the city next to it; the phone prefix is the one of its region (01 Île-de-France, 02 north-west,
// 03 north-east, 04 south-east, 05 south-west).

export interface DemoCity {
  postalCode: string;
  city: string;
  phonePrefix: '01' | '02' | '03' | '04' | '05';
}

const CITY_ROWS: readonly (readonly [string, string, DemoCity['phonePrefix']])[] = [
  ['75002', 'Paris', '01'],
  ['75008', 'Paris', '01'],
  ['75011', 'Paris', '01'],
  ['75015', 'Paris', '01'],
  ['92100', 'Boulogne-Billancourt', '01'],
  ['93100', 'Montreuil', '01'],
  ['94300', 'Vincennes', '01'],
  ['78000', 'Versailles', '01'],
  ['69002', 'Lyon', '04'],
  ['69003', 'Lyon', '04'],
  ['69007', 'Lyon', '04'],
  ['69100', 'Villeurbanne', '04'],
  ['13001', 'Marseille', '04'],
  ['13008', 'Marseille', '04'],
  ['13100', 'Aix-en-Provence', '04'],
  ['06000', 'Nice', '04'],
  ['06400', 'Cannes', '04'],
  ['83000', 'Toulon', '04'],
  ['84000', 'Avignon', '04'],
  ['30000', 'Nîmes', '04'],
  ['34000', 'Montpellier', '04'],
  ['66000', 'Perpignan', '04'],
  ['11000', 'Carcassonne', '04'],
  ['38000', 'Grenoble', '04'],
  ['74000', 'Annecy', '04'],
  ['74100', 'Annemasse', '04'],
  ['73000', 'Chambéry', '04'],
  ['26000', 'Valence', '04'],
  ['42000', 'Saint-Étienne', '04'],
  ['63000', 'Clermont-Ferrand', '04'],
  ['43000', 'Le Puy-en-Velay', '04'],
  ['01000', 'Bourg-en-Bresse', '04'],
  ['05000', 'Gap', '04'],
  ['20000', 'Ajaccio', '04'],
  ['31000', 'Toulouse', '05'],
  ['33000', 'Bordeaux', '05'],
  ['64000', 'Pau', '05'],
  ['64100', 'Bayonne', '05'],
  ['40000', 'Mont-de-Marsan', '05'],
  ['47000', 'Agen', '05'],
  ['81000', 'Albi', '05'],
  ['82000', 'Montauban', '05'],
  ['65000', 'Tarbes', '05'],
  ['12000', 'Rodez', '05'],
  ['46000', 'Cahors', '05'],
  ['87000', 'Limoges', '05'],
  ['19100', 'Brive-la-Gaillarde', '05'],
  ['24000', 'Périgueux', '05'],
  ['16000', 'Angoulême', '05'],
  ['17000', 'La Rochelle', '05'],
  ['86000', 'Poitiers', '05'],
  ['79000', 'Niort', '05'],
  ['44000', 'Nantes', '02'],
  ['35000', 'Rennes', '02'],
  ['29200', 'Brest', '02'],
  ['56100', 'Lorient', '02'],
  ['49000', 'Angers', '02'],
  ['72000', 'Le Mans', '02'],
  ['53000', 'Laval', '02'],
  ['85000', 'La Roche-sur-Yon', '02'],
  ['14000', 'Caen', '02'],
  ['76000', 'Rouen', '02'],
  ['50100', 'Cherbourg-en-Cotentin', '02'],
  ['37000', 'Tours', '02'],
  ['45000', 'Orléans', '02'],
  ['41000', 'Blois', '02'],
  ['28000', 'Chartres', '02'],
  ['18000', 'Bourges', '02'],
  ['36000', 'Châteauroux', '02'],
  ['59000', 'Lille', '03'],
  ['59100', 'Roubaix', '03'],
  ['62000', 'Arras', '03'],
  ['80000', 'Amiens', '03'],
  ['60200', 'Compiègne', '03'],
  ['02100', 'Saint-Quentin', '03'],
  ['51100', 'Reims', '03'],
  ['08000', 'Charleville-Mézières', '03'],
  ['10000', 'Troyes', '03'],
  ['67000', 'Strasbourg', '03'],
  ['68100', 'Mulhouse', '03'],
  ['68000', 'Colmar', '03'],
  ['57000', 'Metz', '03'],
  ['54000', 'Nancy', '03'],
  ['88000', 'Épinal', '03'],
  ['21000', 'Dijon', '03'],
  ['25000', 'Besançon', '03'],
  ['90000', 'Belfort', '03'],
  ['71100', 'Chalon-sur-Saône', '03'],
  ['89000', 'Auxerre', '03'],
  ['58000', 'Nevers', '03'],
];

export const CITIES: readonly DemoCity[] = CITY_ROWS.map(([postalCode, city, phonePrefix]) => ({
  postalCode,
  city,
  phonePrefix,
}));

/** Real Lyon streets with the postal code of the arrondissement they run through. */
export const LYON_STREETS: readonly (readonly [string, string])[] = [
  ['rue de la République', '69002'],
  ['rue Mercière', '69002'],
  ['quai Saint-Antoine', '69002'],
  ['rue Paul Bert', '69003'],
  ['cours Lafayette', '69003'],
  ['rue Garibaldi', '69006'],
  ['cours Vitton', '69006'],
  ['avenue Jean Jaurès', '69007'],
  ['rue de Marseille', '69007'],
  ['rue Marietton', '69009'],
];

export const STREETS: readonly string[] = [
  'rue de la République',
  'rue Victor Hugo',
  'avenue Jean Jaurès',
  'boulevard Gambetta',
  'rue du Général de Gaulle',
  'rue Pasteur',
  'avenue de la Gare',
  'rue des Écoles',
  'rue Nationale',
  'place de la Liberté',
  'rue du Moulin',
  "rue de l'Église",
  'chemin des Vignes',
  'allée des Tilleuls',
  'impasse des Lilas',
  'rue Émile Zola',
  'rue Jules Ferry',
  'avenue Foch',
  'rue Carnot',
  'rue du Commerce',
  'boulevard de la Liberté',
  'rue Saint-Martin',
  'avenue du Maréchal Leclerc',
  'rue des Forges',
  'rue de la Paix',
  'rue du Stade',
  'rue Voltaire',
  'route de la Forêt',
  'rue du Four',
  'rue de Verdun',
  'avenue des Champs',
  'rue des Artisans',
  'rue Jean Moulin',
  'rue Anatole France',
  'rue du 8 Mai 1945',
  'rue de la Fontaine',
];

export const ADDRESS_COMPLEMENTS: readonly string[] = [
  'Bâtiment B',
  '2e étage',
  'Zone artisanale des Prés',
  'ZI Nord',
  "Parc d'activités du Moulin",
  'BP 42',
  'Résidence Les Érables',
  'Porte 3',
];

// prettier-ignore
export const FEMALE_FIRST_NAMES: readonly string[] = [
  'Claire', 'Sophie', 'Isabelle', 'Nathalie', 'Camille', 'Élodie', 'Julie', 'Émilie', 'Céline', 'Aurélie',
  'Marie', 'Anne', 'Catherine', 'Sandrine', 'Valérie', 'Hélène', 'Léa', 'Chloé', 'Manon', 'Margaux',
  'Agnès', 'Brigitte', 'Françoise', 'Laurence', 'Pauline', 'Inès', 'Mathilde', 'Océane',
];

// prettier-ignore
export const MALE_FIRST_NAMES: readonly string[] = [
  'Jean', 'Pierre', 'Nicolas', 'Philippe', 'Laurent', 'Stéphane', 'Julien', 'Sébastien', 'Thomas', 'François',
  'Olivier', 'Christophe', 'Éric', 'Antoine', 'Mathieu', 'Guillaume', 'Hugo', 'Lucas', 'Benoît', 'Jérôme',
  'Thierry', 'Patrick', 'Frédéric', 'Bruno', 'Damien', 'Rémi', 'Jean-Marc', 'Loïc',
];

// prettier-ignore
export const LAST_NAMES: readonly string[] = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Lefebvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
  'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas',
  'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin',
  'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier',
  'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Pérez', 'Marchand',
  'Dufour', 'Blanchard', 'Marie', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin',
  'Fernandez', 'Pierre', 'Renard', 'Arnaud', 'Rolland', 'Caron', 'Aubert', 'Giraud', 'Leclerc', 'Vidal',
  'Bourgeois', 'Renaud', 'Lemoine', 'Picard', 'Gaillard', 'Philippe', 'Leclercq', 'Lacroix', 'Fabre', 'Dupuis',
];

/** Trades named after their owner: "Boulangerie Martin". */
// prettier-ignore
export const FAMILY_TRADES: readonly string[] = [
  'Boulangerie', 'Boucherie', 'Pâtisserie', 'Fromagerie', 'Librairie', 'Pharmacie', 'Garage', 'Carrosserie',
  'Transports', 'Menuiserie', 'Plomberie', 'Électricité', 'Maçonnerie', 'Couverture', 'Peinture',
  'Imprimerie', 'Optique', 'Fleurs', 'Pressing', 'Ambulances', 'Taxis', 'Chauffage', 'Serrurerie',
  'Quincaillerie', 'Ébénisterie', 'Traiteur', 'Auto-école', 'Jardinerie', 'Caves', 'Charcuterie',
];

/** Trades named after a place: "Garage des Alpes", "Hôtel de la Gare". */
// prettier-ignore
export const PLACE_TRADES: readonly string[] = [
  'Garage', 'Boulangerie', 'Hôtel', 'Café', 'Pharmacie', 'Auberge', 'Imprimerie', 'Restaurant', 'Brasserie',
  'Cave', 'Librairie', 'Clinique vétérinaire', 'Agence immobilière', 'Crèche', 'Salon de coiffure',
];

// prettier-ignore
export const PLACES: readonly string[] = [
  'des Alpes', 'du Centre', 'de la Gare', 'du Lac', 'du Marché', 'des Halles', 'du Port', 'de la Place',
  'du Rhône', 'de la Loire', 'des Vosges', 'du Vieux Port', 'des Tilleuls', 'du Parc', "de l'Ouest",
  'des Coteaux', 'du Château', 'de la Vallée', 'du Moulin', 'de la Cathédrale', 'des Remparts', 'du Pont',
];

/** Liberal professions: "Cabinet Lefèvre Architectes". */
// prettier-ignore
export const PROFESSIONS: readonly string[] = [
  'Architectes', 'Avocats', 'Expertise comptable', 'Conseil', 'Géomètres', 'Kinésithérapie', 'Notaires',
  'Dentaire', 'Assurances', 'Ostéopathie',
];

/** Suppliers of an office furniture seller, named after the goods: "Bois et Panneaux de Savoie". */
// prettier-ignore
export const SUPPLY_TRADES: readonly string[] = [
  'Bois et Panneaux', 'Métallerie', 'Tissus et Garnitures', 'Emballages', 'Fournitures de bureau',
  'Quincaillerie industrielle', 'Luminaires', 'Logistique', 'Informatique', 'Vitrerie', 'Mousses techniques',
  'Peintures et Vernis', 'Sièges et Assises', 'Stores et Rideaux', 'Nettoyage', 'Signalétique',
];

// prettier-ignore
export const REGIONS: readonly string[] = [
  'Rhône-Alpes', 'de Savoie', 'du Dauphiné', 'de Bourgogne', "d'Auvergne", 'du Jura', 'de Provence',
  'du Forez', "d'Alsace", 'de Bretagne', 'du Beaujolais', "de l'Ain", 'Atlantique', 'du Nord', 'Occitanie',
];

/** The role of whoever a business is named after, masculine and feminine. */
export const OWNER_ROLE = ['Gérant', 'Gérante'] as const;

/** Other contact roles, masculine and feminine. */
export const CONTACT_ROLES: readonly (readonly [string, string])[] = [
  ['Comptable', 'Comptable'],
  ['Responsable achats', 'Responsable achats'],
  ['Assistant de direction', 'Assistante de direction'],
  ['Directeur administratif', 'Directrice administrative'],
  ['Secrétaire', 'Secrétaire'],
  ['Responsable logistique', 'Responsable logistique'],
  ['Commercial', 'Commerciale'],
  ['Office manager', 'Office manager'],
  ['Directeur général', 'Directrice générale'],
  ['Responsable des services généraux', 'Responsable des services généraux'],
];

/** Neighbourhoods of Lyon that lend their name to the demo company. */
export const LYON_NAME_PARTS: readonly (readonly [string, string])[] = [
  ['Atelier', 'Bellecour'],
  ['Comptoir', 'des Canuts'],
  ['Bureaux', 'Confluence'],
  ['Maison', 'Croix-Rousse'],
  ['Espace', 'Part-Dieu'],
  ['Atelier', 'Fourvière'],
  ['Comptoir', 'des Terreaux'],
  ['Bureaux', 'de la Saône'],
];

// prettier-ignore
export const PERSONAL_MAIL_DOMAINS: readonly string[] = [
  'orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'wanadoo.fr', 'sfr.fr', 'outlook.fr',
];

export const CUSTOMER_NOTES: readonly string[] = [
  'Paiement à 30 jours fin de mois.',
  'Livraison uniquement le matin, accès par la cour arrière.',
  'Préfère être contacté par e-mail.',
  'Remise de 5 % accordée sur les commandes annuelles.',
  'Relancer au printemps pour le réaménagement des bureaux.',
  'Contrat de maintenance du mobilier renouvelé chaque janvier.',
  'Bon de commande obligatoire avant toute livraison.',
  'Ascenseur étroit : prévoir un montage sur place.',
  'Facturation dématérialisée uniquement.',
];

export const INDIVIDUAL_NOTES: readonly string[] = [
  'Particulier : règlement par chèque ou virement.',
  'Télétravail : bureau et fauteuil livrés à domicile.',
  'Préfère être appelé en fin de journée.',
];

export const SUPPLIER_NOTES: readonly string[] = [
  'Franco de port à partir de 800 € HT.',
  'Délai habituel : trois semaines.',
  'Fournisseur principal pour les plateaux de bureau en chêne.',
  'Règlement par virement à réception de facture.',
  'Commande minimale de 20 pièces.',
  'Catalogue mis à jour chaque année en septembre.',
];
