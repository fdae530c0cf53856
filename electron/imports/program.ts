import { AppError } from '../../shared/errors';
import type { Benefit } from '../../shared/domain/programs';
import type { ServiceContext } from '../context';
import { getProgram } from '../programs/service';

/** What the import needs to know about the program a list belongs to. */
export interface ImportProgram {
  id: number;
  code: string;
  /** Per-person programs (PBI-JK, ASPD) enroll members; the others enroll the whole family. */
  perPerson: boolean;
  benefit: Benefit;
}

/** Throws NOT_FOUND for an unknown program id, PROGRAM_REQUIRED without one (the request leaves it out for program-less kinds). */
export function importProgram(ctx: ServiceContext, programId: number | undefined): ImportProgram {
  if (programId === undefined) throw new AppError('PROGRAM_REQUIRED');
  const program = getProgram(ctx, programId);
  return {
    id: program.id,
    code: program.code,
    perPerson: program.benefit.kind === 'flat' && program.benefit.perPerson,
    benefit: program.benefit,
  };
}
