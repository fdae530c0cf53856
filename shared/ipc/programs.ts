import { z } from 'zod';
import { channel } from './define';
import {
  programInputSchema,
  type Program,
  type ProgramChange,
  type ProgramSummary,
} from '../domain/programs';

export interface ProgramDetail {
  program: Program;
  parent: { id: number; code: string; name: string } | null;
  changesFromParent: ProgramChange[];
  variants: { id: number; code: string; name: string; isActive: boolean }[];
}

const id = z.number().int().positive();

export const programsChannels = {
  'programs.list': channel<ProgramSummary[]>()(z.object({ includeInactive: z.boolean() }).strict()),
  'programs.get': channel<ProgramDetail>()(z.object({ id }).strict()),
  'programs.create': channel<ProgramDetail>()(z.object({ program: programInputSchema }).strict()),
  'programs.update': channel<ProgramDetail>()(z.object({ id, program: programInputSchema }).strict()),
  'programs.setActive': channel<ProgramDetail>()(z.object({ id, active: z.boolean() }).strict()),
};
