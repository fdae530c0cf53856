import type { ProgramSummary } from '../../../shared/domain/programs';
import type { SurveyWave } from '../../../shared/domain/welfare';
import type { Option } from '../shell/SelectField';

export const programOptions = (programs: readonly ProgramSummary[]): Option<number>[] =>
  programs.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` }));

export const waveOptions = (waves: readonly SurveyWave[]): Option<number>[] => waves.map((w) => ({ value: w.id, label: w.name }));
