import { ComingSoon } from '../../components/coming-soon';

export function AccountingHome() {
  return <ComingSoon department="accounting" />;
}
