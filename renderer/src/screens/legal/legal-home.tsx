import { ComingSoon } from '../../components/coming-soon';

export function LegalHome() {
  return <ComingSoon department="legal" />;
}
