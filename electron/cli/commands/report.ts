import { extname, resolve } from 'node:path';
import { formatPeriodCode, triwulanLabel, type Period } from '../../../shared/domain/period';
import { writeReportPdf, writeReportWorkbook } from '../../reports/outputs';
import { CliFailure, EXIT_USAGE } from '../errors';
import { programIdByCode } from '../program-code';
import { defineCommand } from './types';

/**
 * `sidampak report quarterly --year 2024 --quarter 3 [--program PKH,SEMBAKO] --out FILE.pdf|FILE.xlsx [--json]`
 *
 * The same report as the Laporan page: built by the `reports.quarterly` channel, written by the
 * same output services as reports.savePdf and reports.saveExcel (the PDF through Chromium, as
 * Electron is not there; without a browser, PDF_UNAVAILABLE suggests the .xlsx).
 */

/** Output of `report quarterly --json`. */
export interface ReportSummary {
  file: string;
  format: 'pdf' | 'xlsx';
  period: string;
  programs: string[];
  pages: number | null;
  final: boolean;
}

export const reportQuarterlyCommand = defineCommand({
  path: ['report', 'quarterly'],
  summary: 'cli.command.reportQuarterly',
  options: {
    year: { type: 'string', valueName: 'cli.value.year', description: 'cli.option.year', required: true },
    quarter: { type: 'string', valueName: 'cli.value.quarter', description: 'cli.option.quarter', required: true },
    program: { type: 'string', valueName: 'cli.value.codes', description: 'cli.option.reportPrograms' },
    out: { type: 'string', valueName: 'cli.value.file', description: 'cli.option.out', required: true },
  },
  database: 'setup',
  fieldFlags: { period: '--year/--quarter', programIds: '--program' },
  async run(session, { year, quarter, program, out }) {
    const usage = (message: string) =>
      new CliFailure('USAGE', message, { exitCode: EXIT_USAGE, help: { kind: 'command', command: session.command } });
    if (!/^\d{4}$/.test(year) || !/^[1-4]$/.test(quarter)) throw usage(session.t('cli.report.periodInvalid', { year, quarter }));
    const period: Period = { year: Number(year), quarter: Number(quarter) as Period['quarter'] };
    const format = extname(out).toLowerCase() === '.pdf' ? 'pdf' : extname(out).toLowerCase() === '.xlsx' ? 'xlsx' : null;
    if (format === null) throw usage(session.t('cli.report.outFormat', { file: out }));

    let programIds: number[] | null = null;
    if (program !== undefined) {
      const codes = program
        .split(',')
        .map((code) => code.trim())
        .filter((code) => code !== '');
      if (codes.length === 0) throw usage(session.t('cli.report.programUnknown', { code: program }));
      programIds = [];
      for (const code of codes) programIds.push(await programIdByCode(session, code, 'cli.report.programUnknown'));
    }

    const report = await session.invoke('reports.quarterly', { period: formatPeriodCode(period), programIds });
    const file = resolve(out);
    const ctx = session.app().ctx;
    const pages = format === 'pdf' ? (await writeReportPdf(ctx, report, file)).pages : (await writeReportWorkbook(ctx, report, file), null);
    const summary: ReportSummary = {
      file,
      format,
      period: report.request.period,
      programs: report.figures.programs.map((p) => p.programCode),
      pages,
      final: report.closure !== null,
    };
    if (session.json) return session.printJson(summary);
    const words = triwulanLabel(period);
    session.print(
      pages === null ? session.t('cli.report.savedXlsx', { period: words, file }) : session.t('cli.report.savedPdf', { period: words, file, pages }),
    );
  },
});
