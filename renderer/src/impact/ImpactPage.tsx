import { useCallback, useEffect, useState } from 'react';
import type { ProgramSummary } from '../../../shared/domain/programs';
import type { Indicator, SurveyWave } from '../../../shared/domain/welfare';
import { call, errorText } from '../api';
import { useT } from '../i18n';
import { useApp } from '../stores/app';
import { DesilView } from './DesilView';
import { EstimateView } from './EstimateView';
import { GraduationView } from './GraduationView';
import { PovertyView } from './PovertyView';
import { TargetingView } from './TargetingView';
import { WavesView } from './WavesView';
import './impact.css';

type ImpactTab = 'poverty' | 'estimate' | 'desil' | 'graduation' | 'targeting' | 'waves';

const TABS: { id: ImpactTab; label: `impact.tab.${ImpactTab}` }[] = [
  { id: 'poverty', label: 'impact.tab.poverty' },
  { id: 'estimate', label: 'impact.tab.estimate' },
  { id: 'desil', label: 'impact.tab.desil' },
  { id: 'graduation', label: 'impact.tab.graduation' },
  { id: 'targeting', label: 'impact.tab.targeting' },
  { id: 'waves', label: 'impact.tab.waves' },
];

interface Lists {
  programs: ProgramSummary[];
  indicators: Indicator[];
  waves: SurveyWave[];
}

/** Dampak: poverty statistics, impact estimates, desil movement, graduation, targeting, survey waves. */
export function ImpactPage() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [tab, setTab] = useState<ImpactTab>('poverty');
  const [lists, setLists] = useState<Lists | null>(null);

  const load = useCallback(() => {
    Promise.all([call('programs.list', { includeInactive: true }), call('impact.indicators', {}), call('impact.waves', {})])
      .then(([programs, indicators, waves]) => setLists({ programs, indicators, waves }))
      .catch((err) => notify('error', errorText(err)));
  }, [notify]);
  useEffect(load, [load]);

  return (
    <section className="page">
      <h1>{t('impact.title')}</h1>
      <div className="tabs" role="tablist">
        {TABS.map((x) => (
          <button key={x.id} type="button" role="tab" aria-selected={tab === x.id} onClick={() => setTab(x.id)}>
            {t(x.label)}
          </button>
        ))}
      </div>
      {!lists ? (
        <p className="muted">{t('app.loading')}</p>
      ) : tab === 'poverty' ? (
        <PovertyView />
      ) : tab === 'estimate' ? (
        <EstimateView programs={lists.programs} indicators={lists.indicators} waves={lists.waves} />
      ) : tab === 'desil' ? (
        <DesilView programs={lists.programs} waves={lists.waves} />
      ) : tab === 'graduation' ? (
        <GraduationView programs={lists.programs} />
      ) : tab === 'targeting' ? (
        <TargetingView />
      ) : (
        <WavesView waves={lists.waves} indicators={lists.indicators} onChanged={load} />
      )}
    </section>
  );
}
