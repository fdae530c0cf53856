import { demoCommand } from './demo';
import { disbursementsImportCommand } from './disbursements-import';
import { helpCommand } from './help';
import { impactBriefCommand, impactDidCommand } from './impact';
import { importCommand } from './import';
import { initCommand } from './init';
import { programsListCommand } from './programs';
import { reportQuarterlyCommand } from './report';
import { statsImportCommand } from './stats-import';
import type { CommandSpec } from './types';

/**
 * Every command of `sidampak`, in the order the help lists them. A new command is one file in
 * this folder and one line here.
 */
export const COMMANDS: readonly CommandSpec[] = [
  helpCommand,
  initCommand,
  programsListCommand,
  importCommand,
  disbursementsImportCommand,
  reportQuarterlyCommand,
  demoCommand,
  impactDidCommand,
  impactBriefCommand,
  statsImportCommand,
];
