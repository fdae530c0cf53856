import { NotBuilt } from '../shell/NotBuilt';

export function BeneficiariesPage() {
  return <NotBuilt title="nav.beneficiaries" body="notBuilt.beneficiaries" />;
}
