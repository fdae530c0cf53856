import { useEffect } from 'react';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { SetupWizard } from '../setup/SetupWizard';
import { AppShell } from './AppShell';
import { Toasts } from './Toasts';

export function App() {
  const { status, loadError, load } = useApp();
  const t = useT();
  useEffect(() => {
    void load();
  }, [load]);

  if (loadError) {
    return (
      <main className="centered">
        <h1>{t('common.error')}</h1>
        <p role="alert">{loadError}</p>
      </main>
    );
  }
  if (!status) return <main className="centered">{t('app.loading')}</main>;
  return (
    <>
      {status.setupComplete ? <AppShell /> : <SetupWizard />}
      <Toasts />
    </>
  );
}
