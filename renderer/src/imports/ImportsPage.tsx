import { useImportWizard, type WizardStep } from '../stores/imports';
import { useT } from '../i18n';
import type { MessageKey } from '../../../shared/i18n';
import { FileStep } from './FileStep';
import { SheetStep } from './SheetStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { HistoryPanel } from './HistoryPanel';

const STEPS: [WizardStep, MessageKey][] = [
  ['file', 'wizard.step.file'],
  ['sheet', 'wizard.step.sheet'],
  ['mapping', 'wizard.step.mapping'],
  ['preview', 'wizard.step.preview'],
  ['result', 'wizard.step.result'],
];

export function ImportsPage() {
  const t = useT();
  const step = useImportWizard((s) => s.step);
  const current = STEPS.findIndex(([s]) => s === step);
  return (
    <section className="page">
      <h1>{t('wizard.title')}</h1>
      <p className="muted">{t('wizard.intro')}</p>
      <ol className="steps" aria-label={t('wizard.title')}>
        {STEPS.map(([s, label], i) => (
          <li key={s} className={i === current ? 'current' : i < current ? 'done' : ''} aria-current={i === current ? 'step' : undefined}>
            {t(label)}
          </li>
        ))}
      </ol>
      {step === 'file' ? <FileStep /> : null}
      {step === 'sheet' ? <SheetStep /> : null}
      {step === 'mapping' ? <MappingStep /> : null}
      {step === 'preview' ? <PreviewStep /> : null}
      {step === 'result' ? <ResultStep /> : null}
      <HistoryPanel />
    </section>
  );
}
