import type { SalesDocument } from '../../../../../shared/contract/sales-documents';
import { LATE_PENALTY_RATE_BP, RECOVERY_FEE_CENTS } from '../../../../../shared/domain/sales';
import { centsToDecimal } from '../../../../../shared/domain/money';
import { percentText } from './source';

// The payment terms and late-payment mentions French law requires on every invoice (art. L441-9 and L441-10
// of the Code de commerce), in the document's language. The same texts go in the notes the French e-invoicing
// rules ask for (PMD penalties, PMT recovery fee, AAB early payment discount).

const TERMS = {
  fr: {
    on_receipt: 'Paiement à réception de facture',
    days_30: 'Paiement à 30 jours',
    days_45_eom: 'Paiement à 45 jours fin de mois',
    days_60: 'Paiement à 60 jours',
  },
  en: {
    on_receipt: 'Payment on receipt of invoice',
    days_30: 'Payment within 30 days',
    days_45_eom: 'Payment within 45 days end of month',
    days_60: 'Payment within 60 days',
  },
} as const;

export interface LegalNotes {
  terms: string;
  penalties: string;
  recoveryFee: string;
  discount: string;
}

export function legalNotes(document: SalesDocument): LegalNotes {
  const fr = document.language === 'fr';
  const rate = percentText(LATE_PENALTY_RATE_BP);
  const fee = centsToDecimal(RECOVERY_FEE_CENTS);
  return {
    terms: TERMS[document.language][document.paymentTerms],
    penalties: fr
      ? `Pénalités de retard : ${rate.replace('.', ',')} % par an (art. L441-10 du Code de commerce)`
      : `Late payment penalties: ${rate}% per year (art. L441-10 of the French Commercial Code)`,
    recoveryFee: fr
      ? `Indemnité forfaitaire pour frais de recouvrement : ${fee.replace('.', ',')} €`
      : `Fixed compensation for recovery costs: €${fee}`,
    discount: fr ? 'Pas d’escompte pour paiement anticipé' : 'No discount for early payment',
  };
}

/** BT-20: the terms and the late-payment mentions in one text. */
export function paymentTermsText(document: SalesDocument): string {
  const n = legalNotes(document);
  return `${n.terms}. ${n.penalties}. ${n.recoveryFee}. ${n.discount}.`;
}
