// Export complet des données, sur l'écran Intégrité.
export const fullExportFr = {
  title: 'Exporter toutes les données',
  intro:
    'Une archive zip de tout le dossier, lisible sans Coulisse : chaque table en CSV, le FEC de chaque exercice, les documents joints, et un fichier README.txt qui décrit le tout.',
  contents: {
    tables: 'tables/ : une table par fichier CSV (UTF-8), montants en centimes',
    fec: 'fec/ : le fichier des écritures comptables de chaque exercice',
    attachments: 'attachments/ : les documents joints, à l’identique',
    manifest: 'manifest.json : empreinte SHA-256 et nombre de lignes de chaque fichier',
  },
  start: 'Exporter',
  running: 'Export en cours : lecture du dossier et compression…',
  done: 'Archive écrite : {{tables}} tables, {{rows}} lignes, {{attachments}} pièces jointes, {{fecYears}} FEC ({{size}}).',
  writtenTo: 'Enregistrée dans {{path}}',
  download: 'Télécharger l’archive',
  sizeKb: '{{value}} ko',
  sizeMb: '{{value}} Mo',
};
