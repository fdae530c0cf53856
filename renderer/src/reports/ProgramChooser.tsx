import type { ProgramRealisation } from '../../../shared/domain/report';
import { useReports } from '../stores/reports';
import { useT } from '../i18n';

/** The programs the report covers: every program with figures in the quarter, all ticked by default. */
export function ProgramChooser({ available }: { available: ProgramRealisation[] }) {
  const t = useT();
  const chosen = useReports((s) => s.chosen);
  const toggle = useReports((s) => s.toggle);
  if (available.length === 0) return <p className="notice warn">{t('laporan.programs.none')}</p>;
  return (
    <fieldset className="lap-programs">
      <legend>{t('laporan.programs.title')}</legend>
      <div className="lap-program-list">
        {available.map((p) => (
          <label key={p.programId} className="check">
            <input type="checkbox" checked={chosen.includes(p.programId)} onChange={(e) => void toggle(p.programId, e.target.checked)} />
            <span className="code">{p.programCode}</span> <span className="muted">{p.programName}</span>
          </label>
        ))}
      </div>
      {chosen.length === 0 ? <p className="error">{t('laporan.programs.pickOne')}</p> : null}
    </fieldset>
  );
}
