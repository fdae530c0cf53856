import { NotBuilt } from '../shell/NotBuilt';

export function ReportsPage() {
  return <NotBuilt title="nav.reports" body="notBuilt.reports" />;
}
