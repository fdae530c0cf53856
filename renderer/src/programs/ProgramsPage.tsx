import { useEffect, useState } from 'react';
import type { ProgramInput } from '../../../shared/domain/programs';
import { programToInput } from '../../../shared/domain/programs';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { usePrograms } from '../stores/programs';
import { useT } from '../i18n';
import { ConfirmDialog } from '../shell/ConfirmDialog';
import { desilText } from './labels';
import { ProgramDetailPanel } from './ProgramDetailPanel';
import { ProgramForm, type FormMode } from './ProgramForm';

function newProgram(): ProgramInput {
  return {
    code: '',
    name: '',
    description: '',
    level: 'kabkota',
    fundingSource: 'APBD_KABKOTA',
    parentId: null,
    benefit: { kind: 'flat', unit: 'month', perPerson: false, amounts: [{ validFrom: `${new Date().getFullYear()}-01-01`, amount: 0 }] },
    frequency: 'monthly',
    activeFrom: `${new Date().getFullYear()}-01-01`,
    activeTo: null,
    desilMin: null,
    desilMax: null,
    uncertainNote: '',
    quotas: [],
  };
}

export function ProgramsPage() {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const { list, includeInactive, selected, load, setIncludeInactive, select, saved } = usePrograms();
  const [editing, setEditing] = useState<{ mode: FormMode; initial: ProgramInput; id: number | null; parentCode: string | null } | null>(null);
  const [confirm, setConfirm] = useState<{ id: number; code: string } | null>(null);

  useEffect(() => {
    load().catch((err) => notify('error', errorText(err)));
  }, [load, notify]);

  const startVariant = async (id: number) => {
    const parent = (await call('programs.get', { id })).program;
    setEditing({
      mode: 'variant',
      id: null,
      parentCode: parent.code,
      initial: { ...programToInput(parent), code: `${parent.code}-`, parentId: parent.id, level: 'kabkota', fundingSource: 'APBD_KABKOTA' },
    });
  };
  const startEdit = async (id: number) => {
    const program = (await call('programs.get', { id })).program;
    setEditing({ mode: 'edit', id, parentCode: program.parentCode, initial: programToInput(program) });
  };
  const setActive = async (id: number, active: boolean) => {
    try {
      const detail = await call('programs.setActive', { id, active });
      await saved(detail);
      notify('success', t(active ? 'programs.activated' : 'programs.deactivated', { code: detail.program.code }));
    } catch (err) {
      notify('error', errorText(err));
    }
  };

  if (editing) {
    return (
      <ProgramForm
        mode={editing.mode}
        initial={editing.initial}
        programId={editing.id}
        parentCode={editing.parentCode}
        onCancel={() => setEditing(null)}
        onSaved={async (detail) => {
          setEditing(null);
          await saved(detail);
          notify('success', t(editing.mode === 'edit' ? 'programs.updated' : 'programs.created', { code: detail.program.code }));
        }}
      />
    );
  }

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('programs.title')}</h1>
        <div className="toolbar">
          <label className="check">
            <input type="checkbox" checked={includeInactive} onChange={(e) => void setIncludeInactive(e.target.checked)} />
            {t('programs.showInactive')}
          </label>
          <button type="button" className="primary" onClick={() => setEditing({ mode: 'new', id: null, parentCode: null, initial: newProgram() })}>
            {t('programs.add')}
          </button>
        </div>
      </header>
      {list.length === 0 ? (
        <p className="muted">{t('programs.empty')}</p>
      ) : (
        <table className="table" aria-label={t('programs.title')}>
          <thead>
            <tr>
              <th>{t('programs.col.code')}</th>
              <th>{t('programs.col.name')}</th>
              <th>{t('programs.col.level')}</th>
              <th>{t('programs.col.funding')}</th>
              <th>{t('programs.col.desil')}</th>
              <th>{t('programs.col.status')}</th>
              <th>{t('programs.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.id} data-code={p.code} className={selected?.program.id === p.id ? 'selected' : undefined}>
                <td>
                  {p.parentId !== null ? <span className="indent" aria-hidden="true">↳ </span> : null}
                  <button type="button" className="link code" onClick={() => void select(p.id)}>
                    {p.code}
                  </button>
                </td>
                <td>
                  {p.name}
                  {p.parentCode ? <small className="muted"> · {t('programs.col.parent')}: {p.parentCode}</small> : null}
                  {p.uncertainNote ? <span className="badge warn" title={p.uncertainNote}> {t('programs.uncertain')}</span> : null}
                </td>
                <td>{t(`level.${p.level}`)}</td>
                <td>{t(`funding.${p.fundingSource}`)}</td>
                <td>{desilText(p)}</td>
                <td>
                  <span className={p.isActive ? 'badge ok' : 'badge'}>{t(p.isActive ? 'programs.status.active' : 'programs.status.inactive')}</span>
                </td>
                <td className="row-actions">
                  <button type="button" onClick={() => void startEdit(p.id)}>
                    {t('programs.edit')}
                  </button>
                  <button type="button" onClick={() => void startVariant(p.id)}>
                    {t('programs.addVariant')}
                  </button>
                  {p.isActive ? (
                    <button type="button" onClick={() => setConfirm({ id: p.id, code: p.code })}>
                      {t('programs.deactivate')}
                    </button>
                  ) : (
                    <button type="button" onClick={() => void setActive(p.id, true)}>
                      {t('programs.activate')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected ? <ProgramDetailPanel detail={selected} onClose={() => void select(null)} /> : null}
      {confirm ? (
        <ConfirmDialog
          text={t('programs.confirmDeactivate', { code: confirm.code })}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            void setActive(confirm.id, false);
          }}
        />
      ) : null}
    </section>
  );
}
