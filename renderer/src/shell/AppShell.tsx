import { useApp, NAV_LABELS, PAGES, type Page } from '../stores/app';
import { useT } from '../i18n';
import { HomePage } from '../home/HomePage';
import { ProgramsPage } from '../programs/ProgramsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { BeneficiariesPage } from '../beneficiaries/BeneficiariesPage';
import { ImportsPage } from '../imports/ImportsPage';
import { DisbursementsPage } from '../disbursements/DisbursementsPage';
import { ImpactPage } from '../impact/ImpactPage';
import { ReportsPage } from '../reports/ReportsPage';
import { DemoBadge } from '../settings/DemoBadge';

const PAGE_COMPONENTS: Record<Page, () => React.JSX.Element> = {
  home: HomePage,
  programs: ProgramsPage,
  beneficiaries: BeneficiariesPage,
  imports: ImportsPage,
  disbursements: DisbursementsPage,
  impact: ImpactPage,
  reports: ReportsPage,
  settings: SettingsPage,
};

export function AppShell() {
  const { page, go, status, revision } = useApp();
  const t = useT();
  const Current = PAGE_COMPONENTS[page];
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Navigasi utama">
        <div className="brand">
          <strong>{t('app.name')}</strong>
          <small>{status?.regencyName}</small>
          <DemoBadge />
        </div>
        <ul>
          {PAGES.map((p) => (
            <li key={p}>
              <button
                type="button"
                className={p === page ? 'nav-item active' : 'nav-item'}
                aria-current={p === page ? 'page' : undefined}
                onClick={() => go(p)}
              >
                {t(NAV_LABELS[p])}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <Current key={revision} />
      </main>
    </div>
  );
}
