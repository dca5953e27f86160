import { ComingSoon } from '../../components/coming-soon';

export function HrHome() {
  return <ComingSoon department="hr" />;
}
