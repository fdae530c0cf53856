import { NotBuilt } from '../shell/NotBuilt';

export function ImportsPage() {
  return <NotBuilt title="nav.imports" body="notBuilt.imports" />;
}
