// Messages of the FEC import and export: the route errors and the reader's and writer's issues, line by line.

export const fr: Record<string, string> = {
  'errors.fecCompanyHasEntries':
    'Ce dossier contient déjà des écritures : un FEC ne peut être importé que dans une société sans écritures.',
  'errors.fecUnbalanced':
    "Le FEC n'est pas importé : l'écriture {{ecritureNum}} du journal {{journalCode}} (ligne {{line}}) n'est pas équilibrée (écart {{difference}}).",
  'errors.fecInvalid': "Le FEC n'est pas importé : le fichier n'est pas conforme (ligne {{line}}).",
  'errors.fecAccount': 'Le compte {{account}} du FEC ne peut pas être ouvert : 3 à 10 chiffres, classes 1 à 8.',
  'validation.base64': 'Contenu de fichier illisible (base64 attendu).',
  'fec.account.invalid': 'Compte {{value}} : les trois premiers caractères doivent être des chiffres.',
  'fec.amount.invalid': 'Montant invalide dans {{field}} : « {{value}} ».',
  'fec.date.invalid': 'Date invalide dans {{field}} : « {{value}} » (AAAAMMJJ attendu).',
  'fec.entry.unbalanced':
    "L'écriture {{ecritureNum}} du journal {{journalCode}} du {{date}} n'est pas équilibrée (écart {{difference}}).",
  'fec.field.required': 'Le champ {{field}} est obligatoire.',
  'fec.file.noLines': 'Le fichier ne contient aucune ligne d’écriture.',
  'fec.fileName.invalid': 'Le nom « {{fileName}} » ne suit pas le modèle <SIREN>FEC<AAAAMMJJ>.',
  'fec.header.empty': 'La première ligne (les noms des colonnes) est vide.',
  'fec.header.missingColumns': 'Colonnes manquantes dans la première ligne : {{columns}}.',
  'fec.line.columnCount': '{{actual}} colonnes au lieu de {{expected}}.',
  'fec.sens.invalid': 'Sens invalide : « {{value}} » (D ou C attendu).',
  'fec.validDate.missing': '{{count}} lignes sans date de validation.',
  'fec.write.closingDate': "Date de clôture de l'exercice invalide.",
  'fec.write.siren': 'Le SIREN de la société doit compter 9 chiffres.',
  'fec.write.unencodable':
    'Le caractère « {{character}} » ({{codePoint}}) de {{field}} ne peut pas être écrit en ISO-8859-15 (écriture {{ecritureNum}} du journal {{journalCode}}).',
};

export const en: Record<string, string> = {
  'errors.fecCompanyHasEntries':
    'This company already has entries: a FEC can only be imported into a company without entries.',
  'errors.fecUnbalanced':
    'The FEC was not imported: entry {{ecritureNum}} of journal {{journalCode}} (line {{line}}) does not balance (difference {{difference}}).',
  'errors.fecInvalid': 'The FEC was not imported: the file does not conform (line {{line}}).',
  'errors.fecAccount': 'Account {{account}} of the FEC cannot be opened: 3 to 10 digits, classes 1 to 8.',
  'validation.base64': 'Unreadable file content (base64 expected).',
  'fec.account.invalid': 'Account {{value}}: the first three characters must be digits.',
  'fec.amount.invalid': 'Invalid amount in {{field}}: "{{value}}".',
  'fec.date.invalid': 'Invalid date in {{field}}: "{{value}}" (YYYYMMDD expected).',
  'fec.entry.unbalanced':
    'Entry {{ecritureNum}} of journal {{journalCode}} dated {{date}} does not balance (difference {{difference}}).',
  'fec.field.required': 'The field {{field}} is required.',
  'fec.file.noLines': 'The file holds no entry lines.',
  'fec.fileName.invalid': 'The name "{{fileName}}" does not follow the pattern <SIREN>FEC<YYYYMMDD>.',
  'fec.header.empty': 'The first line (the column names) is empty.',
  'fec.header.missingColumns': 'Columns missing from the first line: {{columns}}.',
  'fec.line.columnCount': '{{actual}} columns instead of {{expected}}.',
  'fec.sens.invalid': 'Invalid direction: "{{value}}" (D or C expected).',
  'fec.validDate.missing': '{{count}} lines without a validation date.',
  'fec.write.closingDate': 'Invalid closing date of the fiscal year.',
  'fec.write.siren': "The company's SIREN must have 9 digits.",
  'fec.write.unencodable':
    'The character "{{character}}" ({{codePoint}}) in {{field}} cannot be written in ISO-8859-15 (entry {{ecritureNum}} of journal {{journalCode}}).',
};
