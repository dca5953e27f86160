import { ComingSoon } from '../../components/coming-soon';

export function ItHome() {
  return <ComingSoon department="it" />;
}
