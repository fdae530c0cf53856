import { useEffect, useState } from 'react';
import { periodText } from '../../../shared/domain/period';
import type { EnrollmentInfo, FamilyDetail, RegisterOptions, SaveResult, StatusInfo } from '../../../shared/ipc/beneficiaries';
import type { MemberWarning } from '../../../shared/domain/register-edit';
import { formatDate, formatDateTime, formatRupiah } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { AuditTrail } from './AuditTrail';
import { FamilyForm } from './FamilyForm';
import { componentsText, StatusBadge } from './labels';
import { MemberForm } from './MemberForm';
import { StatusDialog } from './StatusDialog';

type Editing = { kind: 'family' } | { kind: 'member'; id: number } | null;

/** One family: its data, members, enrollments in every program with their history, and the audit trail. */
export function FamilyView(props: { familyId: number; options: RegisterOptions; onBack(): void; onStatusesChanged(list: StatusInfo[]): void }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const [detail, setDetail] = useState<FamilyDetail | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [statusFor, setStatusFor] = useState<EnrollmentInfo | null>(null);
  const [warnings, setWarnings] = useState<MemberWarning[]>([]);
  const statuses = props.options.statuses;
  const { onBack } = props;

  useEffect(() => {
    call('beneficiaries.family', { familyId: props.familyId }).then(setDetail, (err) => {
      notify('error', errorText(err));
      // The family may be gone (an undone import, a restored backup): back to the list.
      onBack();
    });
  }, [props.familyId, notify, onBack]);

  const saved = (result: SaveResult) => {
    setDetail(result.detail);
    setEditing(null);
    setWarnings(result.warnings);
    notify('success', t('beneficiaries.edit.saved'));
  };

  const back = (
    <button type="button" onClick={props.onBack}>
      {t('beneficiaries.detail.back')}
    </button>
  );
  if (!detail) {
    return (
      <div>
        {back}
        <p className="muted">{t('beneficiaries.loading')}</p>
      </div>
    );
  }
  const f = detail.family;
  const history = detail.enrollments
    .flatMap((e) => e.history.map((h) => ({ ...h, program: e.programCode })))
    .sort((a, b) => b.statusDate.localeCompare(a.statusDate) || b.id - a.id);

  return (
    <div className="bn-detail">
      <div className="bn-detail-head">
        {back}
        <h2>{t('beneficiaries.detail.title', { kk: f.kk })}</h2>
        {f.isDemo ? <span className="badge demo">{t('beneficiaries.demo')}</span> : null}
        <span className="bn-receiving" aria-label={t('beneficiaries.detail.receiving')}>
          {detail.receiving.length === 0 ? (
            <span className="muted">{t('beneficiaries.detail.receivingNone')}</span>
          ) : (
            <>
              <span className="muted">{t('beneficiaries.detail.receiving')}:</span>
              {detail.receiving.map((code) => (
                <span key={code} className="badge ok">
                  {code}
                </span>
              ))}
            </>
          )}
        </span>
      </div>

      <section className="card" aria-label={t('beneficiaries.detail.family')}>
        <header className="page-header">
          <h3>{t('beneficiaries.detail.family')}</h3>
          {editing?.kind !== 'family' ? (
            <button type="button" onClick={() => setEditing({ kind: 'family' })}>
              {t('beneficiaries.edit.family')}
            </button>
          ) : null}
        </header>
        {editing?.kind === 'family' ? (
          <FamilyForm family={f} options={props.options} onCancel={() => setEditing(null)} onSaved={saved} />
        ) : (
          <dl className="facts">
            <dt>{t('beneficiaries.field.kk')}</dt>
            <dd className="code">{f.kk}</dd>
            <dt>{t('beneficiaries.detail.address')}</dt>
            <dd>
              {f.address || t('common.none')}
              {f.rt ? `, RT ${f.rt}/RW ${f.rw ?? '—'}` : ''}
            </dd>
            <dt>{t('beneficiaries.field.desaCode')}</dt>
            <dd>{[f.desa, f.kecamatan ? `Kec. ${f.kecamatan}` : null].filter(Boolean).join(', ') || t('common.none')}</dd>
            <dt>{t('beneficiaries.field.desil')}</dt>
            <dd>
              {f.desil ?? t('common.none')}
              {f.desil !== null && f.desilAsOf ? ` (${t('beneficiaries.detail.desilAsOf', { date: formatDate(f.desilAsOf) })})` : ''}
            </dd>
            <dt>{t('beneficiaries.detail.dtksId')}</dt>
            <dd>{f.dtksId ?? t('common.none')}</dd>
            <dt>{t('beneficiaries.detail.updatedAt')}</dt>
            <dd>{formatDateTime(f.updatedAt)}</dd>
          </dl>
        )}
      </section>

      <section className="card" aria-label={t('beneficiaries.detail.members', { count: detail.members.length })}>
        <h3>{t('beneficiaries.detail.members', { count: detail.members.length })}</h3>
        {warnings.map((w) => (
          <p key={w} className="notice warn" role="status">
            {t(`beneficiaries.edit.warning.${w}`)}
          </p>
        ))}
        <table className="table compact" aria-label={t('beneficiaries.detail.members', { count: detail.members.length })}>
          <thead>
            <tr>
              <th>{t('beneficiaries.col.nik')}</th>
              <th>{t('beneficiaries.col.name')}</th>
              <th>{t('beneficiaries.col.sex')}</th>
              <th>{t('beneficiaries.col.birthDate')}</th>
              <th>{t('beneficiaries.col.relationship')}</th>
              <th>{t('beneficiaries.col.disability')}</th>
              <th>{t('beneficiaries.col.schoolLevel')}</th>
              <th>{t('beneficiaries.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.members.map((m) => (
              <tr key={m.id} data-nik={m.nik}>
                <td className="code">{m.nik}</td>
                <td>
                  {m.name}
                  {m.isPengurus ? <span className="badge pengurus">{t('beneficiaries.pengurus')}</span> : null}
                </td>
                <td>{m.sex ?? t('common.none')}</td>
                <td>
                  {m.birthPlace ? `${m.birthPlace}, ` : ''}
                  {m.birthDate ? formatDate(m.birthDate) : t('common.none')}
                </td>
                <td>{m.relationship ?? t('common.none')}</td>
                <td>{m.disability ?? t('common.none')}</td>
                <td>{m.schoolLevel ?? t('common.none')}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" onClick={() => setEditing({ kind: 'member', id: m.id })}>
                      {t('beneficiaries.edit.member')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {editing?.kind === 'member' ? (
          <MemberForm
            key={editing.id}
            member={detail.members.find((m) => m.id === editing.id)!}
            onCancel={() => setEditing(null)}
            onSaved={saved}
          />
        ) : null}
      </section>

      <section className="card" aria-label={t('beneficiaries.detail.enrollments')}>
        <h3>{t('beneficiaries.detail.enrollments')}</h3>
        {detail.enrollments.length === 0 ? (
          <p className="muted">{t('beneficiaries.detail.noEnrollments')}</p>
        ) : (
          <table className="table compact" aria-label={t('beneficiaries.detail.enrollments')}>
            <thead>
              <tr>
                <th>{t('beneficiaries.program')}</th>
                <th>{t('beneficiaries.detail.coverage')}</th>
                <th>{t('beneficiaries.col.status')}</th>
                <th>{t('beneficiaries.detail.since')}</th>
                <th>{t('beneficiaries.detail.enrolledOn')}</th>
                <th>{t('beneficiaries.detail.latestPeriod')}</th>
                <th>{t('beneficiaries.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.enrollments.map((e) => {
                const latest = e.periods[0];
                return (
                  <tr key={e.id} data-program={e.programCode}>
                    <td>
                      <strong>{e.programCode}</strong> <small className="muted">{e.programName}</small>
                    </td>
                    <td>{e.memberName ?? t('beneficiaries.wholeFamily')}</td>
                    <td>
                      <StatusBadge statuses={statuses} code={e.status} />
                    </td>
                    <td>{formatDate(e.statusDate)}</td>
                    <td>{formatDate(e.enrolledOn)}</td>
                    <td>
                      {latest
                        ? [periodText(latest.period), latest.nominal !== null ? formatRupiah(latest.nominal) : null, componentsText(latest.components) || null]
                            .filter(Boolean)
                            .join(' · ')
                        : t('common.none')}
                    </td>
                    <td>
                      <div className="row-actions">
                        <button type="button" onClick={() => setStatusFor(e)}>
                          {t('beneficiaries.status.change')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {history.length > 0 ? (
          <>
            <h4>{t('beneficiaries.detail.history')}</h4>
            <table className="table compact bn-history" aria-label={t('beneficiaries.detail.history')}>
              <thead>
                <tr>
                  <th>{t('beneficiaries.program')}</th>
                  <th>{t('beneficiaries.col.statusDate')}</th>
                  <th>{t('beneficiaries.col.status')}</th>
                  <th>{t('beneficiaries.detail.reason')}</th>
                  <th>{t('beneficiaries.detail.by')}</th>
                  <th>{t('beneficiaries.detail.recordedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.id}>
                    <td>{h.program}</td>
                    <td>{formatDate(h.statusDate)}</td>
                    <td>
                      <StatusBadge statuses={statuses} code={h.status} />
                    </td>
                    <td>{h.reason || t('common.none')}</td>
                    <td>
                      {h.actor}
                      {h.batchId !== null ? <small className="muted"> · {t('beneficiaries.detail.viaImport', { batch: h.batchId })}</small> : null}
                    </td>
                    <td>{formatDateTime(h.at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </section>

      <AuditTrail detail={detail} statuses={statuses} />

      {statusFor ? (
        <StatusDialog
          enrollment={statusFor}
          statuses={statuses}
          onStatusesChanged={props.onStatusesChanged}
          onCancel={() => setStatusFor(null)}
          onSaved={(next) => {
            setDetail(next);
            setStatusFor(null);
          }}
        />
      ) : null}
    </div>
  );
}
