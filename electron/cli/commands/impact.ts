import { formatNumber } from '../../../shared/format';
import type { MessageKey } from '../../../shared/i18n';
import { CliFailure, EXIT_FAILED, EXIT_USAGE } from '../errors';
import { defineCommand } from './types';

const MATCH_VARIABLES = ['desil', 'kecamatan'] as const;
type MatchVariable = (typeof MATCH_VARIABLES)[number];

const interval = (ci: { low: number; high: number } | null) => (ci ? `[${formatNumber(ci.low)}; ${formatNumber(ci.high)}]` : '—');

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
    const programs = await session.invoke('programs.list', { includeInactive: true });
    const target = programs.find((p) => p.code.toUpperCase() === program.trim().toUpperCase());
    if (!target) throw new CliFailure('NOT_FOUND', session.t('cli.import.programUnknown', { code: program }), { exitCode: EXIT_FAILED });

    const e = await session.invoke('impact.estimate', { indicator, programId: target.id, from, to, matchBy: matchBy as MatchVariable[] });
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
