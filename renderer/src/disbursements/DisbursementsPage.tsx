import { useEffect } from 'react';
import { useDisbursements } from '../stores/disbursements';
import { useT } from '../i18n';
import { ClosureBanner } from './ClosureBanner';
import { ClosureHistory } from './ClosureHistory';
import { OtherProgramPicker, useActivePrograms, withoutFigures } from './OtherProgramPicker';
import { OverviewTable } from './OverviewTable';
import { PeriodPicker } from './PeriodPicker';
import { ProgramPanel } from './ProgramPanel';
import './disbursements.css';

/** Penyaluran: allocation against realisation per program and tahap, reconciliation, and the quarter close. */
export function DisbursementsPage() {
  const t = useT();
  const { period, overview, closures, loading, error, programId, setPeriod, load, openProgram } = useDisbursements();

  useEffect(() => {
    // Lists may have been imported or the register changed elsewhere: read the figures on every visit.
    void load();
  }, [load]);

  const active = useActivePrograms();
  const listed = overview?.programs.find((p) => p.programId === programId);
  const unlisted = listed ? undefined : active.find((p) => p.id === programId);
  const program = listed ?? (unlisted ? withoutFigures(unlisted) : null);
  return (
    <section className="page pny">
      <div className="page-header">
        <h1>{t('penyaluran.title')}</h1>
        <PeriodPicker id="pny-period" period={period} word="tahap" onChange={(p) => void setPeriod(p)} />
      </div>
      {error ? (
        <div className="notice warn" role="alert">
          <p>{error}</p>
          <button type="button" onClick={() => void load()}>
            {t('penyaluran.retry')}
          </button>
        </div>
      ) : null}
      <ClosureBanner />
      <section className="card" aria-busy={loading}>
        <div className="page-header">
          <h2>{t('penyaluran.overview.title')}</h2>
          {loading ? <span className="muted">{t('penyaluran.loading')}</span> : null}
        </div>
        {overview ? (
          <>
            <OverviewTable programs={overview.programs} selected={programId} onOpen={(id) => openProgram(id === programId ? null : id)} />
            <OtherProgramPicker programs={active} listed={overview.programs} onOpen={openProgram} />
          </>
        ) : null}
      </section>
      {program && overview ? <ProgramPanel program={program} closed={overview.closure !== null} /> : null}
      {overview ? <ClosureHistory closures={closures} /> : null}
    </section>
  );
}
