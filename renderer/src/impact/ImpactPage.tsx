import { useEffect, useState } from 'react';
import type { ProgramSummary } from '../../../shared/domain/programs';
import { call, errorText } from '../api';
import { useT } from '../i18n';
import { useApp } from '../stores/app';
import { GraduationView } from './GraduationView';
import { PovertyView } from './PovertyView';
import { TargetingView } from './TargetingView';
import './impact.css';

type ImpactTab = 'poverty' | 'graduation' | 'targeting';

const TABS: { id: ImpactTab; label: 'impact.tab.poverty' | 'impact.tab.graduation' | 'impact.tab.targeting' }[] = [
  { id: 'poverty', label: 'impact.tab.poverty' },
  { id: 'graduation', label: 'impact.tab.graduation' },
  { id: 'targeting', label: 'impact.tab.targeting' },
];

/** Dampak: poverty statistics, graduation and targeting. */
export function ImpactPage() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [tab, setTab] = useState<ImpactTab>('poverty');
  const [programs, setPrograms] = useState<ProgramSummary[]>([]);

  useEffect(() => {
    call('programs.list', { includeInactive: true })
      .then(setPrograms)
      .catch((err) => notify('error', errorText(err)));
  }, [notify]);

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
      {tab === 'poverty' ? <PovertyView /> : tab === 'graduation' ? <GraduationView programs={programs} /> : <TargetingView />}
    </section>
  );
}
