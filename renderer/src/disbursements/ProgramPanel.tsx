import type { ProgramRealisation } from '../../../shared/domain/report';
import { parsePeriod, tahapLabel } from '../../../shared/domain/period';
import type { MessageKey } from '../../../shared/i18n';
import { useDisbursements, type ProgramTab } from '../stores/disbursements';
import { useImportWizard } from '../stores/imports';
import { useT } from '../i18n';
import { KecamatanTable } from './KecamatanTable';
import { NominalCheck } from './NominalCheck';
import { ReconciliationView } from './ReconciliationView';
import { TotalsForm } from './TotalsForm';
import { KpmCell, SourceBadge } from './figures';

const TABS: { id: ProgramTab; label: MessageKey }[] = [
  { id: 'kecamatan', label: 'penyaluran.tab.kecamatan' },
  { id: 'reconciliation', label: 'penyaluran.tab.reconciliation' },
  { id: 'nominal', label: 'penyaluran.tab.nominal' },
  { id: 'totals', label: 'penyaluran.tab.totals' },
];

/** One program's tahap: per kecamatan, the reconciliation lists, and the hand-entered totals. */
export function ProgramPanel({ program, closed }: { program: ProgramRealisation; closed: boolean }) {
  const t = useT();
  const { period, overview, tab, setTab, openProgram } = useDisbursements();
  const begin = useImportWizard((s) => s.begin);
  const p = parsePeriod(period);
  const title = `${program.programCode} — ${program.programName}`;
  return (
    <section className="card pny-program" aria-label={title}>
      <div className="page-header">
        <div>
          <h2>{title}</h2>
          <p className="muted">
            {p ? tahapLabel(p) : period} · <SourceBadge t={t} source={program.source} />
          </p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={closed}
            title={closed ? t('penyaluran.import.closedHint') : undefined}
            onClick={() => begin({ kind: 'disbursement', programId: program.programId, period })}
          >
            {t('penyaluran.import.button')}
          </button>
          <button type="button" onClick={() => openProgram(null)}>
            {t('penyaluran.program.close')}
          </button>
        </div>
      </div>
      <dl className="pny-summary">
        <div>
          <dt>{t('penyaluran.col.allocation')}</dt>
          <dd>
            <KpmCell value={program.allocation} />
          </dd>
        </div>
        <div>
          <dt>{t('penyaluran.col.realised')}</dt>
          <dd>
            <KpmCell value={program.realised} />
          </dd>
        </div>
        <div>
          <dt>{t('penyaluran.col.failed')}</dt>
          <dd>
            <KpmCell value={program.failed} />
          </dd>
        </div>
        <div>
          <dt>{t('penyaluran.col.returned')}</dt>
          <dd>
            <KpmCell value={program.returned} />
          </dd>
        </div>
      </dl>
      <div className="pny-tabs" role="tablist">
        {TABS.map((x) => (
          <button key={x.id} type="button" role="tab" aria-selected={tab === x.id} onClick={() => setTab(x.id)}>
            {t(x.label)}
          </button>
        ))}
      </div>
      {tab === 'kecamatan' ? <KecamatanTable programId={program.programId} period={period} revision={overview} /> : null}
      {tab === 'reconciliation' ? (
        <ReconciliationView key={`${program.programId}-${period}`} programId={program.programId} period={period} hasLines={program.source === 'lines'} revision={overview} />
      ) : null}
      {tab === 'nominal' ? <NominalCheck programId={program.programId} period={period} revision={overview} /> : null}
      {tab === 'totals' ? (
        program.source === 'lines' ? (
          <p className="notice">{t('penyaluran.totals.hasLines')}</p>
        ) : (
          <TotalsForm key={`${program.programId}-${period}`} programId={program.programId} period={period} closed={closed} />
        )
      ) : null}
    </section>
  );
}
