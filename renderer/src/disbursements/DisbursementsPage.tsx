import { NotBuilt } from '../shell/NotBuilt';

export function DisbursementsPage() {
  return <NotBuilt title="nav.disbursements" body="notBuilt.disbursements" />;
}
