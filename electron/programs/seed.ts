import seed from '../../resources/seed/programs.json' with { type: 'json' };
import { programInputSchema, type ProgramInput } from '../../shared/domain/programs';
import type { ServiceContext } from '../context';
import { createProgram } from './service';

/** The seed catalogue of DOMAIN.md, validated by the same schema as a user's entry. */
export function seedCatalogue(): ProgramInput[] {
  return seed.programs.map((p) => programInputSchema.parse(p));
}

/** Adds the seed programs whose codes are not registered yet; returns the codes added. */
export function seedPrograms(ctx: ServiceContext): string[] {
  const added: string[] = [];
  for (const program of seedCatalogue()) {
    if (ctx.db.prepare('SELECT 1 FROM programs WHERE code = ?').get(program.code)) continue;
    createProgram(ctx, program);
    added.push(program.code);
  }
  return added;
}
