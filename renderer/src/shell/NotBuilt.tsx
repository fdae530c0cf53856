import type { MessageKey } from '../../../shared/i18n';
import { useT } from '../i18n';

/** An area whose features come in a later version: says so plainly instead of showing a fake screen. */
export function NotBuilt({ title, body }: { title: MessageKey; body: MessageKey }) {
  const t = useT();
  return (
    <section className="page">
      <h1>{t('notBuilt.title', { area: t(title) })}</h1>
      <div className="notice">
        <p>{t('notBuilt.body')}</p>
        <p>{t(body)}</p>
      </div>
    </section>
  );
}
