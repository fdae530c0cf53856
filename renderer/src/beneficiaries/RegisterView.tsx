import { useCallback, useMemo } from 'react';
import { periodText } from '../../../shared/domain/period';
import type { RegisterOptions, RegisterRow } from '../../../shared/ipc/beneficiaries';
import { formatNumber, formatRupiah } from '../../../shared/format';
import { useT } from '../i18n';
import { ExportBar } from './ExportBar';
import { componentsText, StatusBadge } from './labels';
import { RegisterFilters } from './RegisterFilters';
import { useRegister } from './store';
import { useRegisterWindows } from './useRegisterWindows';
import { VirtualTable, type VirtualColumn } from './VirtualTable';

const ROW_HEIGHT = 34;

/** The register: filters, the windowed table of members, and the export of what it shows. */
export function RegisterView({ options }: { options: RegisterOptions }) {
  const t = useT();
  // Selected one by one: the scroll position changes every frame and must not re-render the page.
  const query = useRegister((s) => s.query);
  const setScrollTop = useRegister((s) => s.setScrollTop);
  const openFamily = useRegister((s) => s.openFamily);
  const resetFilters = useRegister((s) => s.resetFilters);
  const windows = useRegisterWindows(query);
  const { ensureRange } = windows;
  const onRangeChange = useCallback((first: number, last: number) => ensureRange(first, last), [ensureRange]);
  const statuses = options.statuses;
  const programView = query.programId !== null;

  const columns = useMemo<VirtualColumn<RegisterRow>[]>(
    () => [
      { key: 'nik', header: t('beneficiaries.col.nik'), width: '168px', render: (r) => <span className="code">{r.nik}</span> },
      {
        key: 'name',
        header: t('beneficiaries.col.name'),
        width: 'minmax(180px, 2fr)',
        render: (r) => (
          <>
            {r.name}
            {r.isPengurus ? <span className="badge pengurus">{t('beneficiaries.pengurus')}</span> : null}
          </>
        ),
      },
      { key: 'kk', header: t('beneficiaries.col.kk'), width: '168px', render: (r) => <span className="code">{r.kk}</span> },
      {
        key: 'region',
        header: t('beneficiaries.col.region'),
        width: 'minmax(150px, 1.3fr)',
        render: (r) => {
          const place = [r.desa, r.kecamatan].filter(Boolean).join(', ') || t('common.none');
          return <span title={r.rt ? `${place}, RT ${r.rt}/RW ${r.rw ?? '—'}` : place}>{place}</span>;
        },
      },
      { key: 'desil', header: t('beneficiaries.col.desil'), width: '60px', render: (r) => (r.desil === null ? t('common.none') : String(r.desil)) },
      programView
        ? {
            key: 'status',
            header: t('beneficiaries.col.status'),
            width: 'minmax(180px, 1.7fr)',
            render: (r) =>
              r.enrollment ? (
                <>
                  <StatusBadge statuses={statuses} code={r.enrollment.status} />
                  {r.enrollment.period ? (
                    <span className="bn-sub" title={r.enrollment.nominal !== null ? formatRupiah(r.enrollment.nominal) : undefined}>
                      {[periodText(r.enrollment.period), componentsText(r.enrollment.components)].filter(Boolean).join(' · ')}
                    </span>
                  ) : null}
                </>
              ) : null,
          }
        : {
            key: 'programs',
            header: t('beneficiaries.col.programs'),
            width: 'minmax(180px, 1.7fr)',
            render: (r) =>
              r.programs.length === 0 ? (
                <span className="muted">{t('beneficiaries.noProgram')}</span>
              ) : (
                <span className="bn-programs">
                  {r.programs.map((p) => (
                    <StatusBadge key={p.code} statuses={statuses} code={p.status} text={p.code} />
                  ))}
                </span>
              ),
          },
    ],
    [t, statuses, programView],
  );

  const filtered =
    query.search.trim() !== '' ||
    query.kecamatanCode !== null ||
    query.status !== null ||
    query.desilMin !== null ||
    query.desilMax !== null ||
    query.component !== null ||
    query.pengurusOnly;

  return (
    <>
      <RegisterFilters options={options} />
      <ExportBar query={query} total={windows.total}>
        <span className="bn-count" aria-live="polite">
          {windows.total === null ? t('beneficiaries.loading') : t('beneficiaries.count', { count: formatNumber(windows.total) })}
        </span>
        {filtered ? (
          <button type="button" className="link" onClick={resetFilters}>
            {t('beneficiaries.filter.reset')}
          </button>
        ) : null}
        <small className="muted">{t('beneficiaries.openHint')}</small>
      </ExportBar>
      {windows.error ? <p className="notice warn">{windows.error}</p> : null}
      <VirtualTable
        key={JSON.stringify(query)}
        label={t('beneficiaries.tab.register')}
        columns={columns}
        total={windows.total ?? 0}
        rowHeight={ROW_HEIGHT}
        rowAt={windows.rowAt}
        onRangeChange={onRangeChange}
        initialScrollTop={useRegister.getState().scrollTop}
        onScrollTopChange={setScrollTop}
        onActivate={(row) => openFamily(row.familyId)}
        loadingText="…"
        emptyText={windows.total === null ? t('beneficiaries.loading') : filtered || query.programId !== null ? t('beneficiaries.empty') : t('beneficiaries.emptyRegister')}
      />
    </>
  );
}
