import { useEffect, useState } from 'react';
import type { ProgramSummary } from '../../../shared/domain/programs';
import type { SurveyWave } from '../../../shared/domain/welfare';
import { call, errorText } from '../api';
import { useT } from '../i18n';
import { programOptions, waveOptions } from '../impact/options';
import { useApp } from '../stores/app';
import { useReports } from '../stores/reports';
import { SelectField } from '../shell/SelectField';

/**
 * Which program and survey waves the attached impact brief is about, and whether its comparison
 * families are matched by desil or kecamatan. "Otomatis" leaves the choice to the service: the
 * program with the most families now, the two latest waves.
 */
const MATCHES = ['desil', 'kecamatan'] as const;

export function BriefChooser() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const { briefChoice, setBriefChoice } = useReports();
  const [programs, setPrograms] = useState<ProgramSummary[]>([]);
  const [waves, setWaves] = useState<SurveyWave[]>([]);

  useEffect(() => {
    Promise.all([call('programs.list', { includeInactive: false }), call('impact.waves', {})]).then(
      ([p, w]) => {
        setPrograms(p);
        setWaves(w);
      },
      (err) => notify('error', errorText(err)),
    );
  }, [notify]);

  const auto = t('laporan.brief.auto');
  return (
    <div className="lap-brief-choice" role="group" aria-label={t('laporan.brief.title')}>
      <SelectField<number>
        id="lap-brief-program"
        label={t('laporan.brief.program')}
        value={briefChoice.programId}
        options={programOptions(programs)}
        emptyLabel={auto}
        onChange={(programId) => void setBriefChoice({ programId })}
      />
      <SelectField<number>
        id="lap-brief-from"
        label={t('laporan.brief.from')}
        value={briefChoice.from}
        options={waveOptions(waves)}
        emptyLabel={auto}
        onChange={(from) => void setBriefChoice({ from })}
      />
      <SelectField<number>
        id="lap-brief-to"
        label={t('laporan.brief.to')}
        value={briefChoice.to}
        options={waveOptions(waves)}
        emptyLabel={auto}
        onChange={(to) => void setBriefChoice({ to })}
      />
      {MATCHES.map((m) => (
        <label key={m} className="check">
          <input
            type="checkbox"
            checked={briefChoice.matchBy.includes(m)}
            onChange={(e) => void setBriefChoice({ matchBy: e.target.checked ? [...briefChoice.matchBy, m] : briefChoice.matchBy.filter((x) => x !== m) })}
          />{' '}
          {t(m === 'desil' ? 'impact.estimate.matchDesil' : 'impact.estimate.matchKecamatan')}
        </label>
      ))}
    </div>
  );
}
