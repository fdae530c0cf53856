import { useEffect, useState } from 'react';
import type { ProgramSummary } from '../../../shared/domain/programs';
import type { ProgramRealisation } from '../../../shared/domain/report';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useT } from '../i18n';
import { SelectField } from '../shell/SelectField';

/**
 * What a program without any figure in the period shows: nothing allocated, nothing realised.
 * Such a program is not in the overview, yet its bank may send totals only (entered by hand here).
 */
export function withoutFigures(p: ProgramSummary): ProgramRealisation {
  const none = { kpm: 0, amount: 0 };
  return {
    programId: p.id,
    programCode: p.code,
    programName: p.name,
    level: p.level,
    allocation: none,
    allocationUnpriced: 0,
    realised: none,
    failed: none,
    returned: none,
    source: 'none',
    percentKpm: null,
    percentAmount: null,
  };
}

/** Active programs, for opening one the overview does not list (no enrollments, no totals yet). */
export function useActivePrograms(): ProgramSummary[] {
  const notify = useApp((s) => s.notify);
  const [programs, setPrograms] = useState<ProgramSummary[]>([]);
  useEffect(() => {
    call('programs.list', { includeInactive: false }).then(setPrograms, (err) => notify('error', errorText(err)));
  }, [notify]);
  return programs;
}

export function OtherProgramPicker({ programs, listed, onOpen }: { programs: ProgramSummary[]; listed: ProgramRealisation[]; onOpen(programId: number): void }) {
  const t = useT();
  const others = programs.filter((p) => !listed.some((l) => l.programId === p.id));
  if (others.length === 0) return null;
  return (
    <div className="pny-other">
      <SelectField
        id="pny-other-program"
        label={t('penyaluran.other.label')}
        value={null}
        emptyLabel={t('penyaluran.other.choose')}
        options={others.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` }))}
        onChange={(id) => id !== null && onOpen(id)}
      />
      <small className="hint">{t('penyaluran.other.hint')}</small>
    </div>
  );
}
