import { ComingSoon } from '../../components/coming-soon';

export function PurchasingHome() {
  return <ComingSoon department="purchasing" />;
}
