export { renderDocumentPdf } from './document-pdf';
export { renderDunningLetter, type DunningLetterInput } from './dunning-letter';
