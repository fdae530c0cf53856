import { useCallback, useEffect } from 'react';
import { errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { FamilyView } from './FamilyView';
import { OverlapView } from './OverlapView';
import { RegisterView } from './RegisterView';
import { useRegister, type RegisterTab } from './store';
import './beneficiaries.css';

const TABS: { id: RegisterTab; label: 'beneficiaries.tab.register' | 'beneficiaries.tab.overlap' }[] = [
  { id: 'register', label: 'beneficiaries.tab.register' },
  { id: 'overlap', label: 'beneficiaries.tab.overlap' },
];

/** Penerima (KPM): the register per program or of all programs, a family's detail, and the overlap matrix. */
export function BeneficiariesPage() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const tab = useRegister((s) => s.tab);
  const options = useRegister((s) => s.options);
  const familyId = useRegister((s) => s.familyId);
  const loadOptions = useRegister((s) => s.loadOptions);
  const setTab = useRegister((s) => s.setTab);
  const openFamily = useRegister((s) => s.openFamily);
  const closeFamily = useCallback(() => openFamily(null), [openFamily]);

  useEffect(() => {
    // Statuses and programs may have changed elsewhere (an import, Pengaturan): read them on every visit.
    loadOptions().catch((err) => notify('error', errorText(err)));
  }, [loadOptions, notify]);

  return (
    <section className="page">
      <h1>{t('beneficiaries.title')}</h1>
      {familyId === null ? (
        <div className="tabs" role="tablist">
          {TABS.map((x) => (
            <button key={x.id} type="button" role="tab" aria-selected={tab === x.id} onClick={() => setTab(x.id)}>
              {t(x.label)}
            </button>
          ))}
        </div>
      ) : null}
      {options === null ? (
        <p className="muted">{t('beneficiaries.loading')}</p>
      ) : familyId !== null ? (
        <FamilyView
          familyId={familyId}
          options={options}
          onBack={closeFamily}
          onStatusesChanged={(statuses) => useRegister.setState({ options: { ...options, statuses } })}
        />
      ) : tab === 'overlap' ? (
        <OverlapView />
      ) : (
        <RegisterView options={options} />
      )}
    </section>
  );
}
