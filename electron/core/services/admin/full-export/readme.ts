export interface ReadmeFacts {
  companyName: string;
  siren: string;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
}

/** The first file anyone opens: what the archive holds, in French then in English, with no software needed. */
export function readmeText(f: ReadmeFacts): string {
  const lines = [
    `Export complet des données — ${f.companyName} (SIREN ${f.siren})`,
    '',
    `Exporté le ${f.exportedAt} par Coulisse ${f.appVersion} (version du schéma : ${f.schemaVersion}).`,
    '',
    'tables/       une table du dossier par fichier CSV (UTF-8, virgule, guillemets doubles, lignes CRLF),',
    '              la première ligne donne les noms des colonnes. Les montants sont des entiers en centimes,',
    '              les dates au format AAAA-MM-JJ, les instants en UTC (ISO 8601). Une cellule vide est une',
    '              valeur absente. La colonne content de attachment.csv donne le fichier de attachments/ qui',
    '              contient le document ; les autres données binaires sont en base64.',
    'fec/          le fichier des écritures comptables (FEC, article A47 A-1 du LPF) de chaque exercice qui a',
    '              des écritures validées : <SIREN>FEC<AAAAMMJJ>.txt, tabulations, UTF-8.',
    'attachments/  les documents joints (factures reçues, pièces), octet pour octet : <id>-<nom du fichier>.',
    'manifest.json la liste des fichiers avec leur taille et leur empreinte SHA-256, et le nombre de lignes',
    '              de chaque table.',
    '',
    'Toutes les données ont été lues dans un même instantané du dossier : les nombres de lignes concordent.',
    '',
    '----------------------------------------------------------------------------------------------------',
    '',
    `Full data export — ${f.companyName} (SIREN ${f.siren})`,
    '',
    `Exported on ${f.exportedAt} by Coulisse ${f.appVersion} (schema version: ${f.schemaVersion}).`,
    '',
    'tables/       one table of the company file per CSV file (UTF-8, comma, double quotes, CRLF line ends),',
    '              the first line names the columns. Amounts are integers in cents, dates are YYYY-MM-DD,',
    '              instants are UTC (ISO 8601). An empty cell is a missing value. The content column of',
    '              attachment.csv names the file in attachments/ that holds the document; other binary data',
    '              is written in base64.',
    'fec/          the French audit file of accounting entries (FEC) of every fiscal year with validated',
    '              entries: <SIREN>FEC<YYYYMMDD>.txt, tab separated, UTF-8.',
    'attachments/  the attached documents (received invoices, vouchers), byte for byte: <id>-<file name>.',
    'manifest.json every file with its size and SHA-256 digest, and the row count of each table.',
    '',
    'All data was read from one snapshot of the company file: the row counts agree with each other.',
    '',
  ];
  return lines.join('\r\n');
}
