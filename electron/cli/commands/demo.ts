import { formatNumber } from '../../../shared/format';
import { CliFailure, EXIT_USAGE } from '../errors';
import { defineCommand } from './types';

/** The task id progress events carry; the command line shows no progress bar. */
const TASK = 'cli-demo';

/** Reads an integer flag; anything else goes to the service as NaN and fails its validation there. */
function integer(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** `sidampak demo --families N [--seed S]` loads demo families; `sidampak demo --remove` removes them all. */
export const demoCommand = defineCommand({
  path: ['demo'],
  summary: 'cli.command.demo',
  options: {
    families: { type: 'string', valueName: 'cli.value.number', description: 'cli.option.families' },
    seed: { type: 'string', valueName: 'cli.value.number', description: 'cli.option.seed' },
    remove: { type: 'boolean', description: 'cli.option.remove' },
  },
  database: 'setup',
  fieldFlags: { families: '--families', seed: '--seed' },
  async run(session, { families, seed, remove }) {
    if (remove) {
      const removed = await session.invoke('demo.remove', { taskId: TASK });
      if (session.json) return session.printJson(removed);
      session.print(
        session.t('cli.demo.removed', {
          families: formatNumber(removed.families),
          members: formatNumber(removed.members),
          enrollments: formatNumber(removed.enrollments),
        }),
      );
      if (removed.keptFamilies > 0) session.print(session.t('cli.demo.kept', { count: formatNumber(removed.keptFamilies) }));
      return;
    }
    if (families === undefined) {
      throw new CliFailure('USAGE', session.t('cli.demo.familiesRequired'), {
        exitCode: EXIT_USAGE,
        help: { kind: 'command', command: session.command },
      });
    }
    const loaded = await session.invoke('demo.load', {
      families: integer(families),
      ...(seed === undefined ? {} : { seed: integer(seed) }),
      taskId: TASK,
    });
    if (session.json) return session.printJson(loaded);
    session.print(
      session.t('cli.demo.loaded', {
        families: formatNumber(loaded.families),
        members: formatNumber(loaded.members),
        enrollments: formatNumber(loaded.enrollments),
        periods: loaded.periods.join(', '),
        seconds: loaded.seconds.toLocaleString('id-ID'),
      }),
    );
  },
});
