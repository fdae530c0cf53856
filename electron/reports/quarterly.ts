import { todayIso } from '../../shared/domain/dates';
import { parsePeriod, periodEnd } from '../../shared/domain/period';
import type { QuarterlyFigures } from '../../shared/domain/report';
import { AppError } from '../../shared/errors';
import type { QuarterlyReport, ReportRequest } from '../../shared/ipc/reports';
import type { ServiceContext } from '../context';
import { periodFigures } from '../disbursements/closures';
import { readOfficeSettings } from '../settings/service';
import { readNotes } from './notes';

/**
 * Everything the printed quarterly report shows: the office profile (letterhead and signature),
 * the regency's name, the figures (the closed quarter's snapshot, else live) narrowed to the chosen
 * programs, the closure, the notes, and the date the signature carries.
 */
export function quarterlyReport(ctx: ServiceContext, request: ReportRequest): QuarterlyReport {
  const period = parsePeriod(request.period);
  if (period === null) throw new AppError('VALIDATION_FAILED');
  const office = readOfficeSettings(ctx);
  const { figures, closure } = periodFigures(ctx, request.period);
  const lastDay = periodEnd(period);
  const today = todayIso(ctx.now());
  return {
    request,
    profile: office.profile,
    regencyName: office.regencyName,
    figures: onlyPrograms(figures, request.programIds),
    closure,
    notes: readNotes(ctx, request.period),
    // A report printed before the quarter ends is signed on the day it is printed.
    signedOn: today < lastDay ? today : lastDay,
  };
}

function onlyPrograms(figures: QuarterlyFigures, programIds: readonly number[] | null): QuarterlyFigures {
  if (programIds === null) return figures;
  const keep = new Set(programIds);
  return {
    ...figures,
    programs: figures.programs.filter((p) => keep.has(p.programId)),
    kecamatan: figures.kecamatan.filter((k) => keep.has(k.programId)),
    components: figures.components.filter((c) => keep.has(c.programId)),
    movements: figures.movements.filter((m) => keep.has(m.programId)),
  };
}
