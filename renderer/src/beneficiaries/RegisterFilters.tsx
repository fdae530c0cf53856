import { useEffect } from 'react';
import { parseRegisterSearch } from '../../../shared/domain/register-query';
import type { RegisterOptions } from '../../../shared/ipc/beneficiaries';
import { useT, type T } from '../i18n';
import { Field } from '../shell/Field';
import { SelectField } from '../shell/SelectField';
import { useRegister } from './store';

const DESIL_OPTIONS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((d) => ({ value: d, label: String(d) }));
/** Typing pauses this long before the register is searched. */
const SEARCH_DELAY_MS = 250;

function searchHint(t: T, text: string): string {
  const search = parseRegisterSearch(text);
  switch (search.kind) {
    case 'identity':
      return t('beneficiaries.search.identity', { digits: search.digits });
    case 'nikPrefix':
      return t('beneficiaries.search.nikPrefix', { prefix: search.prefix });
    case 'name':
      return t('beneficiaries.search.name', { tokens: search.tokens.join(' ') });
    default:
      return '';
  }
}

/** Program, search box and filters of the register view. */
export function RegisterFilters({ options }: { options: RegisterOptions }) {
  const t = useT();
  const query = useRegister((s) => s.query);
  const searchText = useRegister((s) => s.searchText);
  const setQuery = useRegister((s) => s.setQuery);
  const setSearchText = useRegister((s) => s.setSearchText);

  useEffect(() => {
    if (searchText === query.search) return;
    const timer = setTimeout(() => setQuery({ search: searchText }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText, query.search, setQuery]);

  const program = options.programs.find((p) => p.id === query.programId) ?? null;
  const kecamatan = options.kecamatan.find((k) => k.code === query.kecamatanCode) ?? null;
  const any = t('beneficiaries.filter.any');

  return (
    <div className="bn-filters" role="search">
      <div className="bn-program">
        <SelectField
          id="bn-program"
          label={t('beneficiaries.program')}
          value={query.programId}
          emptyLabel={t('beneficiaries.allPrograms')}
          options={options.programs.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` }))}
          onChange={(programId) => setQuery({ programId })}
        />
      </div>
      <div className="bn-search">
        <Field id="bn-search" label={t('beneficiaries.search')}>
          <input
            id="bn-search"
            type="search"
            autoComplete="off"
            value={searchText}
            placeholder={t('beneficiaries.searchPlaceholder')}
            onChange={(e) => setSearchText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') setQuery({ search: searchText });
            }}
          />
        </Field>
        <div className="bn-search-hint" aria-live="polite">
          {searchHint(t, searchText)}
        </div>
      </div>
      <div className="bn-pengurus">
        <label className="check">
          <input type="checkbox" checked={query.pengurusOnly} onChange={(e) => setQuery({ pengurusOnly: e.target.checked })} />
          {t('beneficiaries.filter.pengurusOnly')}
        </label>
      </div>
      <SelectField
        id="bn-kecamatan"
        label={t('beneficiaries.filter.kecamatan')}
        value={query.kecamatanCode}
        emptyLabel={any}
        options={options.kecamatan.map((k) => ({ value: k.code, label: k.name }))}
        onChange={(kecamatanCode) => setQuery({ kecamatanCode })}
      />
      <SelectField
        id="bn-desa"
        label={t('beneficiaries.filter.desa')}
        value={query.desaCode}
        emptyLabel={any}
        options={(kecamatan?.desa ?? []).map((d) => ({ value: d.code, label: d.name }))}
        onChange={(desaCode) => setQuery({ desaCode })}
      />
      <SelectField
        id="bn-status"
        label={t('beneficiaries.filter.status')}
        value={query.status}
        emptyLabel={any}
        options={options.statuses.map((s) => ({ value: s.code, label: s.label }))}
        onChange={(status) => setQuery({ status })}
      />
      <SelectField
        id="bn-desil-min"
        label={t('beneficiaries.filter.desilMin')}
        value={query.desilMin}
        emptyLabel={any}
        options={DESIL_OPTIONS}
        onChange={(desilMin) => setQuery({ desilMin })}
      />
      <SelectField
        id="bn-desil-max"
        label={t('beneficiaries.filter.desilMax')}
        value={query.desilMax}
        emptyLabel={any}
        options={DESIL_OPTIONS}
        onChange={(desilMax) => setQuery({ desilMax })}
      />
      {program && program.components.length > 0 ? (
        <SelectField
          id="bn-component"
          label={t('beneficiaries.filter.component')}
          value={query.component}
          emptyLabel={any}
          options={program.components.map((c) => ({ value: c.code, label: `${c.code} — ${c.name}` }))}
          onChange={(component) => setQuery({ component })}
        />
      ) : (
        <div />
      )}
    </div>
  );
}
