import { useState } from 'react';
import type { ProgramRealisation } from '../../../shared/domain/report';
import { formatNumber } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { SelectField } from '../shell/SelectField';

/**
 * The BNBA annex (by name and address) of one program's quarter: a separate file, never part of
 * the report. NIK is masked unless asked for; main records a full-NIK annex in the audit log.
 */
export function AnnexPanel({ period, programs }: { period: string; programs: ProgramRealisation[] }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [programId, setProgramId] = useState<number | null>(null);
  const [fullNik, setFullNik] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const save = async () => {
    if (programId === null) {
      setError(t('laporan.annex.programRequired'));
      return;
    }
    setBusy(true);
    try {
      const result = await call('reports.saveAnnex', { programId, period, fullNik });
      if (result === null) notify('success', t('laporan.output.cancelled'));
      else notify('success', t('laporan.annex.saved', { path: result.path, rows: formatNumber(result.rows) }));
    } catch (err) {
      notify('error', errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card lap-annex">
      <h2>{t('laporan.annex.title')}</h2>
      <p className="muted">{t('laporan.annex.intro')}</p>
      <div className="lap-annex-row">
        <SelectField
          id="annex-program"
          label={t('laporan.annex.program')}
          value={programId}
          emptyLabel={t('laporan.annex.programChoose')}
          error={error}
          options={programs.map((p) => ({ value: p.programId, label: `${p.programCode} — ${p.programName}` }))}
          onChange={(id) => {
            setError(undefined);
            setProgramId(id);
          }}
        />
        <label className="check">
          <input type="checkbox" checked={fullNik} disabled={busy} onChange={(e) => setFullNik(e.target.checked)} />
          {t('laporan.annex.fullNik')}
        </label>
        <button type="button" disabled={busy} onClick={() => void save()}>
          {busy ? t('laporan.annex.running') : t('laporan.annex.save')}
        </button>
      </div>
      {fullNik ? (
        <p className="notice warn" role="alert">
          {t('laporan.annex.fullNikWarning')}
        </p>
      ) : null}
    </section>
  );
}
