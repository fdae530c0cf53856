import { extname, resolve } from 'node:path';
import { formatNumber } from '../../../shared/format';
import type { MessageKey } from '../../../shared/i18n';
import { writeBriefPdf } from '../../impact/brief-output';
import { CliFailure, EXIT_USAGE } from '../errors';
import { programIdByCode } from '../program-code';
import type { Session } from '../session';
import { defineCommand } from './types';

const MATCH_VARIABLES = ['desil', 'kecamatan'] as const;
type MatchVariable = (typeof MATCH_VARIABLES)[number];

const interval = (ci: { low: number; high: number } | null) => (ci ? `[${formatNumber(ci.low)}; ${formatNumber(ci.high)}]` : '—');

/** `--match desil,kecamatan` as the estimate's matchBy; anything else is a usage error. */
function matchVariables(session: Session, match: string | undefined): MatchVariable[] {
  const matchBy = (match ?? '')
    .split(',')
    .map((m) => m.trim().toLowerCase())
    .filter((m) => m !== '');
  const unknown = matchBy.find((m) => !(MATCH_VARIABLES as readonly string[]).includes(m));
  if (unknown !== undefined) {
    throw new CliFailure('USAGE', session.t('cli.impact.matchUnknown', { value: unknown }), {
      exitCode: EXIT_USAGE,
      help: { kind: 'command', command: session.command },
    });
  }
  return matchBy as MatchVariable[];
}


/**
 * `sidampak impact did --indicator CODE --program CODE --from WAVE --to WAVE [--match desil,kecamatan] [--json]`:
 * difference-in-differences of an indicator between two survey waves, beneficiaries against
 * families never in the program, with its label, interval and group sizes.
 */
export const impactDidCommand = defineCommand({
  path: ['impact', 'did'],
  summary: 'cli.command.impact.did',
  options: {
    indicator: { type: 'string', valueName: 'cli.value.code', description: 'cli.option.indicator', required: true },
    program: { type: 'string', valueName: 'cli.value.code', description: 'cli.option.program', required: true },
    from: { type: 'string', valueName: 'cli.value.wave', description: 'cli.option.fromWave', required: true },
    to: { type: 'string', valueName: 'cli.value.wave', description: 'cli.option.toWave', required: true },
    match: { type: 'string', valueName: 'cli.value.match', description: 'cli.option.match' },
  },
  database: 'setup',
  fieldFlags: { indicator: '--indicator', programId: '--program', from: '--from', to: '--to', matchBy: '--match' },
  async run(session, { indicator, program, from, to, match }) {
    const matchBy = matchVariables(session, match);
    const programId = await programIdByCode(session, program);
    const e = await session.invoke('impact.estimate', { indicator, programId, from, to, matchBy });
    if (session.json) return session.printJson(e);
    const did = e.did;
    session.print(
      session.t('cli.impact.heading', { indicator: e.indicator.name, unit: e.indicator.unit, program: e.program.code, from: e.from.name, to: e.to.name }),
      '',
      session.t('cli.impact.groups', {
        treatment: formatNumber(did.treatment.n),
        comparison: formatNumber(did.comparison.n),
        dropped: formatNumber(did.treatment.droppedMissingFollowUp + did.comparison.droppedMissingFollowUp),
        partial: formatNumber(e.excludedPartial),
      }),
      session.t('cli.impact.did', {
        estimate: did.estimate === null ? '—' : formatNumber(did.estimate),
        se: did.se === null ? '—' : formatNumber(did.se),
        ci: interval(did.ci95),
      }),
      session.t(`cli.impact.verdict.${e.verdict}` satisfies MessageKey),
      session.t(did.labelKey),
    );
    if (did.warning) session.print(session.t(`impact.warning.${did.warning}` satisfies MessageKey));
    const ba = e.beforeAfter;
    session.print(
      '',
      session.t('cli.impact.beforeAfter', { estimate: ba.estimate === null ? '—' : formatNumber(ba.estimate), ci: interval(ba.ci95), n: formatNumber(ba.n) }),
      session.t(ba.labelKey),
    );
  },
});

/** Output of `impact brief --json`. */
export interface BriefSummary {
  file: string;
  pages: number;
  program: string | null;
  from: string | null;
  to: string | null;
  matchBy: MatchVariable[];
  indicators: string[];
}

/**
 * `sidampak impact brief --out FILE.pdf [--program CODE] [--from WAVE] [--to WAVE] [--match desil,kecamatan] [--year YYYY] [--json]`:
 * the impact brief (ringkasan dampak) as the Dampak page saves it, through the same service and
 * printer (Chromium here, as Electron is not there). Without --program, --from, --to: the
 * program with the most families and the two latest waves.
 */
export const impactBriefCommand = defineCommand({
  path: ['impact', 'brief'],
  summary: 'cli.command.impact.brief',
  options: {
    out: { type: 'string', valueName: 'cli.value.file', description: 'cli.option.briefOut', required: true },
    program: { type: 'string', valueName: 'cli.value.code', description: 'cli.option.briefProgram' },
    from: { type: 'string', valueName: 'cli.value.wave', description: 'cli.option.fromWave' },
    to: { type: 'string', valueName: 'cli.value.wave', description: 'cli.option.toWave' },
    match: { type: 'string', valueName: 'cli.value.match', description: 'cli.option.match' },
    year: { type: 'string', valueName: 'cli.value.year', description: 'cli.option.briefYear' },
  },
  database: 'setup',
  fieldFlags: { programId: '--program', from: '--from', to: '--to', matchBy: '--match', year: '--year' },
  async run(session, { out, program, from, to, match, year }) {
    const usage = (message: string) => new CliFailure('USAGE', message, { exitCode: EXIT_USAGE, help: { kind: 'command', command: session.command } });
    if (extname(out).toLowerCase() !== '.pdf') throw usage(session.t('cli.impact.briefOut', { file: out }));
    if (year !== undefined && !/^\d{4}$/.test(year)) throw usage(session.t('cli.impact.briefYear', { year }));
    const matchBy = matchVariables(session, match);
    const programId = program === undefined ? null : await programIdByCode(session, program);
    const brief = await session.invoke('impact.brief', {
      programId,
      from: from ?? null,
      to: to ?? null,
      matchBy,
      ...(year === undefined ? {} : { year: Number(year) }),
    });
    const written = await writeBriefPdf(session.app().ctx, brief, resolve(out));
    const summary: BriefSummary = {
      file: written.path,
      pages: written.pages,
      program: brief.program?.code ?? null,
      from: brief.from?.code ?? null,
      to: brief.to?.code ?? null,
      matchBy: brief.matchBy,
      indicators: brief.estimates.map((e) => e.indicator.code),
    };
    if (session.json) return session.printJson(summary);
    session.print(session.t('cli.impact.briefSaved', { program: summary.program ?? '—', file: summary.file, pages: summary.pages }));
  },
});
