import { NotBuilt } from '../shell/NotBuilt';

export function ImpactPage() {
  return <NotBuilt title="nav.impact" body="notBuilt.impact" />;
}
