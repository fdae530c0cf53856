import { useEffect, useRef, useState } from 'react';
import type { Kecamatan } from '../../../shared/domain/regions';
import { disbursementsChannels, type ManualTotal } from '../../../shared/ipc/disbursements';
import { formatDateTime, formatNumber, formatRupiah } from '../../../shared/format';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useDisbursements } from '../stores/disbursements';
import { useT } from '../i18n';
import { useValidatedSave } from '../validate';

const saveSchema = disbursementsChannels['disbursements.saveTotals'].input;
const NUMBER_FIELDS = ['kpmPaid', 'amountPaid', 'kpmFailed', 'amountFailed'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
type DraftRow = Record<NumberField, string> & { note: string };

const EMPTY_ROW: DraftRow = { kpmPaid: '', amountPaid: '', kpmFailed: '', amountFailed: '', note: '' };

/** `1.250.000` or `1250000` → 1250000; empty → 0; anything else → NaN, which the schema refuses. */
export function parseWhole(text: string): number {
  const compact = text.replace(/[\s.]/g, '');
  if (compact === '') return 0;
  return /^\d+$/.test(compact) ? Number(compact) : Number.NaN;
}

function isEmpty(row: DraftRow): boolean {
  return NUMBER_FIELDS.every((f) => parseWhole(row[f]) === 0) && row.note.trim() === '';
}

function draftOf(totals: ManualTotal[]): Record<string, DraftRow> {
  const out: Record<string, DraftRow> = {};
  for (const r of totals) {
    out[r.kecamatanCode] = {
      kpmPaid: String(r.kpmPaid),
      amountPaid: String(r.amountPaid),
      kpmFailed: String(r.kpmFailed),
      amountFailed: String(r.amountFailed),
      note: r.note,
    };
  }
  return out;
}

/**
 * Realisation entered by hand per kecamatan, for programs whose bank sends totals only. Empty
 * rows are left out; saving replaces the program's totals for the period.
 */
export function TotalsForm({ programId, period, closed }: { programId: number; period: string; closed: boolean }) {
  const t = useT();
  const notify = useApp((s) => s.notify);
  const reload = useDisbursements((s) => s.load);
  const [kecamatan, setKecamatan] = useState<Kecamatan[] | null>(null);
  const [saved, setSaved] = useState<ManualTotal[]>([]);
  const [draft, setDraft] = useState<Record<string, DraftRow>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  // The kecamatan codes in the order they were sent, to put `rows.3.amountPaid` back on its input.
  const sentCodes = useRef<string[]>([]);

  useEffect(() => {
    let live = true;
    Promise.all([call('regions.kecamatan', {}), call('disbursements.totals', { programId, period })]).then(
      ([k, totals]) => {
        if (!live) return;
        setKecamatan(k);
        setSaved(totals);
        setDraft(draftOf(totals));
      },
      (err) => live && setLoadError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [programId, period]);

  const { errors, saving, save } = useValidatedSave({
    schema: saveSchema,
    prefix: '',
    send: (value) => call('disbursements.saveTotals', value),
    onSaved: async (totals) => {
      setSaved(totals);
      setDraft(draftOf(totals));
      notify('success', t('penyaluran.totals.saved', { count: formatNumber(totals.length) }));
      await reload();
    },
  });

  if (loadError) return <p className="notice warn" role="alert">{loadError}</p>;
  if (kecamatan === null) return <p className="muted">{t('penyaluran.loading')}</p>;

  const rowOf = (code: string): DraftRow => draft[code] ?? EMPTY_ROW;
  const errorOf = (code: string, field: NumberField | 'note'): string | undefined => {
    const index = sentCodes.current.indexOf(code);
    return index < 0 ? undefined : errors[`rows.${index}.${field}`];
  };
  const edit = (code: string, field: NumberField | 'note', value: string) => setDraft((d) => ({ ...d, [code]: { ...rowOf(code), [field]: value } }));

  const submit = () => {
    const filled = kecamatan.filter((k) => !isEmpty(rowOf(k.code)));
    sentCodes.current = filled.map((k) => k.code);
    void save({
      programId,
      period,
      rows: filled.map((k) => {
        const row = rowOf(k.code);
        return {
          kecamatanCode: k.code,
          kpmPaid: parseWhole(row.kpmPaid),
          amountPaid: parseWhole(row.amountPaid),
          kpmFailed: parseWhole(row.kpmFailed),
          amountFailed: parseWhole(row.amountFailed),
          note: row.note,
        };
      }),
    });
  };

  const sum = (field: NumberField) => kecamatan.reduce((s, k) => s + (parseWhole(rowOf(k.code)[field]) || 0), 0);
  const last = saved.reduce<ManualTotal | null>((a, r) => (a === null || r.at > a.at ? r : a), null);
  const fieldLabel: Record<NumberField | 'note', string> = {
    kpmPaid: t('penyaluran.totals.kpmPaid'),
    amountPaid: t('penyaluran.totals.amountPaid'),
    kpmFailed: t('penyaluran.totals.kpmFailed'),
    amountFailed: t('penyaluran.totals.amountFailed'),
    note: t('penyaluran.totals.note'),
  };

  return (
    <form
      noValidate
      className="pny-totals"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p className="muted">{t('penyaluran.totals.intro')}</p>
      {closed ? <p className="notice warn">{t('penyaluran.totals.closed')}</p> : null}
      {last ? <p className="muted">{t('penyaluran.totals.lastSaved', { actor: last.actor, at: formatDateTime(last.at) })}</p> : null}
      <div className="scroll-x">
        <table className="table compact" aria-label={t('penyaluran.totals.title')}>
          <thead>
            <tr>
              <th>{t('penyaluran.col.kecamatan')}</th>
              {NUMBER_FIELDS.map((f) => (
                <th key={f} className="num">
                  {fieldLabel[f]}
                </th>
              ))}
              <th>{fieldLabel.note}</th>
            </tr>
          </thead>
          <tbody>
            {kecamatan.map((k) => (
              <tr key={k.code} data-kecamatan={k.code}>
                <th scope="row">{k.name}</th>
                {NUMBER_FIELDS.map((f) => {
                  const error = errorOf(k.code, f);
                  return (
                    <td key={f} className="num">
                      <input
                        className="pny-num"
                        inputMode="numeric"
                        value={rowOf(k.code)[f]}
                        disabled={closed}
                        placeholder="0"
                        aria-label={`${fieldLabel[f]} ${k.name}`}
                        aria-invalid={error ? true : undefined}
                        title={error}
                        onChange={(e) => edit(k.code, f, e.target.value)}
                      />
                      {error ? <small className="error">{error}</small> : null}
                    </td>
                  );
                })}
                <td>
                  <input
                    value={rowOf(k.code).note}
                    disabled={closed}
                    aria-label={`${fieldLabel.note} ${k.name}`}
                    aria-invalid={errorOf(k.code, 'note') ? true : undefined}
                    onChange={(e) => edit(k.code, 'note', e.target.value)}
                  />
                  {errorOf(k.code, 'note') ? <small className="error">{errorOf(k.code, 'note')}</small> : null}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('penyaluran.totals.sum')}</th>
              <td className="num">{formatNumber(sum('kpmPaid'))}</td>
              <td className="num">{formatRupiah(sum('amountPaid'))}</td>
              <td className="num">{formatNumber(sum('kpmFailed'))}</td>
              <td className="num">{formatRupiah(sum('amountFailed'))}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={closed || saving}>
          {saving ? t('penyaluran.totals.saving') : t('penyaluran.totals.save')}
        </button>
      </div>
    </form>
  );
}
