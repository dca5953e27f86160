import { Route, Routes } from 'react-router';
import { PaymentFormScreen } from './payment-form-screen';
import { PaymentListScreen } from './payment-list-screen';

/** Ventes › Règlements: the list and recording a payment. */
export function PaymentsScreen() {
  return (
    <Routes>
      <Route index element={<PaymentListScreen />} />
      <Route path="new" element={<PaymentFormScreen />} />
    </Routes>
  );
}
