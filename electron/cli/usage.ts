import { translate, type MessageKey } from '../../shared/i18n';
import { GLOBAL_OPTIONS } from './args';
import { flagOf, type CommandSpec, type OptionSpec, type OptionSpecs } from './commands/types';
import type { HelpTopic } from './errors';
import { CLI_LOCALE } from './locale';
import { twoColumns } from './output';

export interface HelpInfo {
  version: string;
  defaultDatabase: string;
}

const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(CLI_LOCALE, key, params);

function optionTerm(key: string, spec: OptionSpec): string {
  if (spec.type === 'boolean') return spec.short ? `-${spec.short}, ${flagOf(key)}` : flagOf(key);
  return `${flagOf(key)} <${t(spec.valueName)}>`;
}

function optionRows(options: OptionSpecs): [string, string][] {
  return Object.entries(options).map(([key, spec]) => [
    optionTerm(key, spec),
    spec.type === 'string' && spec.required ? `${t(spec.description)} ${t('cli.help.required')}` : t(spec.description),
  ]);
}

function commandTerm(c: CommandSpec): string {
  return c.rest ? `${c.path.join(' ')} [${t(c.rest)}]` : c.path.join(' ');
}

/** `sidampak init --regency <kode> [--office-name <nama>]`: required options bare, the rest in brackets. */
export function usageLine(c: CommandSpec): string {
  const options = Object.entries(c.options).map(([key, spec]) => {
    const term = spec.type === 'boolean' ? flagOf(key) : `${flagOf(key)} <${t(spec.valueName)}>`;
    return spec.type === 'string' && spec.required ? term : `[${term}]`;
  });
  return ['sidampak', commandTerm(c), ...options].join(' ');
}

function commandList(commands: readonly CommandSpec[]): string[] {
  return twoColumns(commands.map((c) => [commandTerm(c), t(c.summary)]));
}

function globalSection(): string[] {
  return [t('cli.help.globalOptions'), ...twoColumns(optionRows(GLOBAL_OPTIONS))];
}

export function renderHelp(topic: HelpTopic, commands: readonly CommandSpec[], info: HelpInfo): string {
  const lines: string[] = [];
  if (topic.kind === 'command') {
    const c = topic.command;
    lines.push(t('cli.help.usage'), `  ${usageLine(c)}`, '', t(c.summary), '');
    if (Object.keys(c.options).length > 0) lines.push(t('cli.help.options'), ...twoColumns(optionRows(c.options)), '');
    lines.push(...globalSection());
  } else if (topic.kind === 'group') {
    const group = topic.words.join(' ');
    const members = commands.filter((c) => topic.words.every((w, i) => c.path[i] === w));
    lines.push(t('cli.help.usage'), `  sidampak ${group} <${t('cli.value.command')}> [${t('cli.value.options')}]`, '');
    lines.push(t('cli.help.commands'), ...commandList(members), '', t('cli.help.more'));
  } else {
    lines.push(t('cli.title', { version: info.version }), '');
    lines.push(t('cli.help.usage'), `  sidampak <${t('cli.value.command')}> [${t('cli.value.options')}]`, '');
    lines.push(t('cli.help.commands'), ...commandList(commands), '');
    lines.push(...globalSection(), '');
    lines.push(t('cli.help.database', { path: info.defaultDatabase }), t('cli.help.exitCodes'), t('cli.help.more'));
  }
  return `${lines.join('\n')}\n`;
}
