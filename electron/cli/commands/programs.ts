import type { MessageKey } from '../../../shared/i18n';
import { defineCommand } from './types';

export const programsListCommand = defineCommand({
  path: ['programs', 'list'],
  summary: 'cli.command.programs.list',
  options: {
    all: { type: 'boolean', description: 'cli.option.all' },
  },
  database: 'setup',
  async run(session, { all }) {
    const programs = await session.invoke('programs.list', { includeInactive: all });
    if (session.json) return session.printJson(programs);
    if (programs.length === 0) return session.print(session.t('programs.empty'));
    session.printTable(
      [
        session.t('programs.col.code'),
        session.t('programs.col.name'),
        session.t('programs.col.level'),
        session.t('programs.col.funding'),
        session.t('programs.col.status'),
      ],
      programs.map((p) => [
        p.code,
        p.name,
        session.t(`level.${p.level}` satisfies MessageKey),
        session.t(`funding.${p.fundingSource}` satisfies MessageKey),
        session.t(p.isActive ? 'programs.status.active' : 'programs.status.inactive'),
      ]),
    );
    session.print('', session.t('cli.programs.count', { count: programs.length }));
  },
});
