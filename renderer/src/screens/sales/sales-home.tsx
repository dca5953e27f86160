import { ComingSoon } from '../../components/coming-soon';

export function SalesHome() {
  return <ComingSoon department="sales" />;
}
