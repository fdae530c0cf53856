import { amountOn, type DatedAmount } from '../../../shared/domain/programs';
import type { ProgramDetail } from '../../../shared/ipc/programs';
import { formatDate, formatNumber, formatRupiah } from '../../../shared/format';
import type { Kecamatan } from '../../../shared/domain/regions';
import { useEffect, useState } from 'react';
import { call } from '../api';
import { todayIso } from '../../../shared/domain/dates';
import { useT } from '../i18n';
import { changeLabel, changeValue, desilText } from './labels';

function AmountList({ amounts }: { amounts: DatedAmount[] }) {
  const t = useT();
  return (
    <ul className="amounts">
      {amounts.map((a) => (
        <li key={a.validFrom}>
          {formatRupiah(a.amount)} <small className="muted">{t('programs.since', { date: formatDate(a.validFrom) })}</small>
        </li>
      ))}
    </ul>
  );
}

export function ProgramDetailPanel({ detail, onClose }: { detail: ProgramDetail; onClose(): void }) {
  const t = useT();
  const p = detail.program;
  const today = todayIso();
  const [kecamatan, setKecamatan] = useState<Kecamatan[]>([]);
  useEffect(() => {
    if (p.quotas.length > 0) call('regions.kecamatan', {}).then(setKecamatan, () => setKecamatan([]));
  }, [p.quotas.length]);
  const kecamatanName = (code: string) => kecamatan.find((k) => k.code === code)?.name ?? code;
  return (
    <section className="card detail" aria-label={t('programs.detail')}>
      <header className="page-header">
        <h2>
          {p.code} — {p.name}
        </h2>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </header>
      {p.description ? <p>{p.description}</p> : null}
      {p.uncertainNote ? <p className="notice warn">{t('programs.uncertain')}: {p.uncertainNote}</p> : null}
      <dl className="facts">
        <dt>{t('form.level')}</dt>
        <dd>{t(`level.${p.level}`)}</dd>
        <dt>{t('form.funding')}</dt>
        <dd>{t(`funding.${p.fundingSource}`)}</dd>
        <dt>{t('form.frequency')}</dt>
        <dd>{t(`frequency.${p.frequency}`)}</dd>
        <dt>{t('programs.col.desil')}</dt>
        <dd>{desilText(p)}</dd>
        <dt>{t('form.activeFrom')}</dt>
        <dd>
          {formatDate(p.activeFrom)}
          {p.activeTo ? ` – ${formatDate(p.activeTo)}` : ''}
        </dd>
        <dt>{t('form.benefitKind')}</dt>
        <dd>{t(`benefit.${p.benefit.kind}`)}</dd>
      </dl>
      {p.benefit.kind === 'components' ? (
        <table className="table compact">
          <thead>
            <tr>
              <th>{t('form.componentCode')}</th>
              <th>{t('form.componentName')}</th>
              <th>{t('unit.year')} ({formatDate(today)})</th>
              <th>{t('form.amounts')}</th>
            </tr>
          </thead>
          <tbody>
            {p.benefit.components.map((c) => {
              const now = amountOn(c.amounts, today);
              return (
                <tr key={c.code}>
                  <td className="code">{c.code}</td>
                  <td>{c.name}</td>
                  <td>{now === null ? '—' : formatRupiah(now)}</td>
                  <td>
                    <AmountList amounts={c.amounts} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {p.benefit.kind === 'flat' ? (
        <div>
          <strong>
            {t(`unit.${p.benefit.unit}`)}
            {p.benefit.perPerson ? `, ${t('benefit.summary.perPerson')}` : ''}
          </strong>
          <AmountList amounts={p.benefit.amounts} />
        </div>
      ) : null}
      {p.benefit.kind === 'in_kind' ? <p>{p.benefit.note}</p> : null}
      {p.quotas.length > 0 ? (
        <div>
          <h3>{t('form.quotas')}</h3>
          <table className="table compact" aria-label={t('form.quotas')}>
            <tbody>
              {p.quotas.map((q) => (
                <tr key={q.kecamatanCode}>
                  <td>{kecamatanName(q.kecamatanCode)}</td>
                  <td>{formatNumber(q.quota)} KPM</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {detail.parent ? (
        <div>
          <h3>{t('programs.changesFromParent', { code: detail.parent.code })}</h3>
          {detail.changesFromParent.length === 0 ? (
            <p className="muted">{t('programs.noChanges')}</p>
          ) : (
            <table className="table compact changes" aria-label={t('programs.changesFromParent', { code: detail.parent.code })}>
              <thead>
                <tr>
                  <th>{t('programs.change.field')}</th>
                  <th>{t('programs.change.parent')}</th>
                  <th>{t('programs.change.variant')}</th>
                </tr>
              </thead>
              <tbody>
                {detail.changesFromParent.map((c) => (
                  <tr key={c.field}>
                    <td>{changeLabel(t, c.field)}</td>
                    <td>{changeValue(t, c.field, c.parentValue)}</td>
                    <td>{changeValue(t, c.field, c.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ) : null}
      {detail.variants.length > 0 ? (
        <div>
          <h3>{t('programs.variants')}</h3>
          <ul>
            {detail.variants.map((v) => (
              <li key={v.id}>
                <span className="code">{v.code}</span> — {v.name} {v.isActive ? '' : `(${t('programs.status.inactive')})`}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
