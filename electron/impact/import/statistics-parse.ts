import type { ImportField, ImportIssueCode } from '../../../shared/domain/imports';
import { cleanText, regionNameKey } from '../../../shared/domain/normalize';
import type { PovertyAreaLevel } from '../../../shared/domain/poverty';
import {
  FIGURE_FIELDS,
  kemendagriCodeOf,
  looksLikeStatistics,
  matchStatisticsHeader,
  poorCountScale,
  readDecimal,
  readPovertyPeriod,
  unmappedStatisticsColumns,
  type StatisticsRow,
} from '../../../shared/domain/statistics-import';
import { AppError, type ErrorParams } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n';
import type { ServiceContext } from '../../context';
import { parseList, type ListSpec, type ParseOptions, type ParseRequest, type ParseResult, type ValidatorBase } from '../../imports/parse';
import type { CellValue, SheetRow } from '../../imports/reader';
import { isBlank, shownValue, type RowOutcome } from '../../imports/validate';
import { readSetting } from '../../settings/service';
import { columnNames, RowCheck, type ColumnNames } from '../../imports/row-check';

/** The office's own areas a BPS table can speak of: its province, its kab/kota and that one's kecamatan. */
interface OfficeAreas {
  provinceCode: string;
  provinceName: string;
  regencyCode: string;
  regencyName: string;
}

interface Area {
  code: string;
  level: PovertyAreaLevel;
  name: string;
}

/** `PROV. JAWA TIMUR`, `PROVINSI JAWA TIMUR` → the province's key (regionNameKey knows kab/kec prefixes only). */
function provinceKey(raw: unknown): string {
  return regionNameKey(String(raw ?? '').toUpperCase().replace(/^\s*(PROVINSI|PROV\.?)\s+/, ''));
}

const KEC_PREFIX = /^\s*(KECAMATAN|KEC\.?)\s+/i;
const REGENCY_PREFIX = /^\s*(KABUPATEN|KAB\.?|KOTA)\s+/i;
const PROVINCE_PREFIX = /^\s*(PROVINSI|PROV\.?)\s+/i;

/**
 * One row of a BPS table → a StatisticsRow, or its problems. The area comes from a Kemendagri
 * code (or a BPS province / kab/kota code, which has the same digits) or, failing that, from the
 * name, matched like the register import matches kecamatan names (case and prefixes ignored).
 */
export class StatisticsValidator {
  private readonly column: ColumnNames;
  private readonly scale: number;
  /** Level a bare name is read at first, from the name column's header (`KECAMATAN`, `KABUPATEN/KOTA`). */
  private readonly nameLevel: PovertyAreaLevel | null;
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly setup: ValidatorBase,
    private readonly office: OfficeAreas,
  ) {
    this.column = columnNames(setup.mapping, setup.headers);
    this.scale = poorCountScale(this.column.poorCount ?? '');
    const nameHeader = (this.column.areaName ?? '').toUpperCase();
    this.nameLevel = /KECAMATAN/.test(nameHeader) ? 'kecamatan' : /KAB|KOTA/.test(nameHeader) ? 'kabkota' : /PROVINSI/.test(nameHeader) ? 'provinsi' : null;
  }

  validate(source: SheetRow): RowOutcome<StatisticsRow> {
    const { mapping } = this.setup;
    const { row } = source;
    const check = new RowCheck(source, this.setup, this.column);
    const { cell, issues } = check;
    // Every problem of a BPS row is an error: a figure is right or it is not imported.
    const report = (code: ImportIssueCode, field: ImportField | null, key: MessageKey, params: ErrorParams = {}) => check.report('error', code, field, key, params);

    const area = this.area(cell('areaCode'), cell('areaName'));
    if (!area) {
      const shown = [cell('areaCode'), cell('areaName')].filter((v) => !isBlank(v)).map(shownValue).join(' ');
      report('AREA_UNKNOWN', mapping.areaCode !== undefined ? 'areaCode' : 'areaName', 'impactImport.issue.AREA_UNKNOWN', {
        value: shown || '-',
        regency: this.office.regencyName,
      });
    }

    const period = readPovertyPeriod(cell('year') ?? null, cell('month') ?? null, mapping.month !== undefined);
    if (period === null) {
      const shown = [cell('month'), cell('year')].filter((v) => !isBlank(v)).map(shownValue).join(' ');
      report('PERIOD_INVALID', mapping.month !== undefined ? 'month' : 'year', 'impactImport.issue.PERIOD_INVALID', { value: shown || '-' });
    }

    const figures: Pick<StatisticsRow, 'p0' | 'poor' | 'povertyLine' | 'p1' | 'p2'> = { p0: null, poor: null, povertyLine: null, p1: null, p2: null };
    const read = (field: (typeof FIGURE_FIELDS)[number], whole: boolean, check: (v: number) => boolean): number | null => {
      const raw = cell(field);
      if (isBlank(raw)) return null;
      const value = readDecimal(raw, whole);
      if (value === null || !check(value)) {
        report('VALUE_INVALID', field, `impactImport.issue.VALUE_INVALID.${field}`, { value: shownValue(raw) });
        return null;
      }
      return value;
    };
    figures.p0 = read('p0', false, (v) => v >= 0 && v <= 100);
    const poor = read('poorCount', this.scale === 1, (v) => v >= 0);
    figures.poor = poor === null ? null : Math.round(poor * this.scale);
    const line = read('povertyLine', true, (v) => v >= 0);
    figures.povertyLine = line === null ? null : Math.round(line);
    figures.p1 = read('p1', false, (v) => v >= 0);
    figures.p2 = read('p2', false, (v) => v >= 0);
    const noFigure = FIGURE_FIELDS.every((f) => isBlank(cell(f)));
    if (noFigure) report('FIGURE_MISSING', null, 'impactImport.issue.FIGURE_MISSING');

    if (area && period !== null && issues.length === 0) {
      const key = `${area.code}|${period}`;
      const first = this.seen.get(key);
      if (first !== undefined) report('AREA_PERIOD_DUPLICATE', null, 'impactImport.issue.AREA_PERIOD_DUPLICATE', { first, area: area.name });
      else this.seen.set(key, row);
    }

    if (check.failed || !area || period === null) return check.rejected();
    return { parsed: { row, areaCode: area.code, areaLevel: area.level, areaName: area.name, period, ...figures }, rejected: null, issues };
  }

  /** The row's area: by code when it is one of the office's areas, else by name; null when neither names one. */
  private area(codeRaw: CellValue | undefined, nameRaw: CellValue | undefined): Area | null {
    const { office } = this;
    const code = isBlank(codeRaw) ? null : kemendagriCodeOf(codeRaw);
    if (code !== null) {
      if (code === office.provinceCode) return { code, level: 'provinsi', name: office.provinceName };
      if (code === office.regencyCode) return { code, level: 'kabkota', name: office.regencyName };
      const kecamatan = this.setup.regions.kecamatanName.get(code);
      if (kecamatan) return { code, level: 'kecamatan', name: kecamatan };
      // Another kab/kota of the province (a province-wide table): kept under the name the table gives.
      const name = isBlank(nameRaw) ? '' : cleanText(nameRaw);
      if (/^\d{2}\.\d{2}$/.test(code) && code.startsWith(`${office.provinceCode}.`) && name !== '') return { code, level: 'kabkota', name };
      if (isBlank(nameRaw)) return null;
    }
    if (isBlank(nameRaw)) return null;
    const text = cleanText(nameRaw);
    const level: PovertyAreaLevel | null = KEC_PREFIX.test(text)
      ? 'kecamatan'
      : REGENCY_PREFIX.test(text)
        ? 'kabkota'
        : PROVINCE_PREFIX.test(text)
          ? 'provinsi'
          : this.nameLevel;
    const key = regionNameKey(text);
    const province = (): Area | null =>
      provinceKey(text) === provinceKey(office.provinceName) ? { code: office.provinceCode, level: 'provinsi', name: office.provinceName } : null;
    const regency = (): Area | null =>
      key === regionNameKey(office.regencyName) && (!/^\s*KOTA\s/i.test(text) || /^KOTA\s/i.test(office.regencyName)) ? { code: office.regencyCode, level: 'kabkota', name: office.regencyName } : null;
    const kecamatan = (): Area | null => {
      const found = this.setup.regions.kecamatanByKey.get(key);
      return found ? { code: found.code, level: 'kecamatan', name: found.name } : null;
    };
    if (level === 'provinsi') return province();
    if (level === 'kabkota') return regency();
    if (level === 'kecamatan') return kecamatan();
    return province() ?? regency() ?? kecamatan();
  }
}

/** The office's province and kab/kota, from its settings (SETUP_REQUIRED before the first start). */
function officeAreas(ctx: Pick<ServiceContext, 'db'>): OfficeAreas {
  const regency = readSetting(ctx, 'regency');
  if (!regency) throw new AppError('SETUP_REQUIRED');
  return { provinceCode: regency.code.slice(0, 2), provinceName: regency.provinceName, regencyCode: regency.code, regencyName: regency.name };
}

/** BPS poverty tables through the import's read side. */
export function statisticsListSpec(ctx: Pick<ServiceContext, 'db'>): ListSpec<StatisticsRow> {
  const office = officeAreas(ctx);
  return {
    kind: 'statistics',
    matchHeader: matchStatisticsHeader,
    unmappedColumns: unmappedStatisticsColumns,
    isData: looksLikeStatistics,
    createValidator: (base) => new StatisticsValidator(base, office),
  };
}

export function parseStatistics(
  ctx: Pick<ServiceContext, 'db' | 'now'>,
  request: ParseRequest,
  options: ParseOptions<StatisticsRow> = {},
): Promise<ParseResult<StatisticsRow>> {
  return parseList(ctx, request, statisticsListSpec(ctx), options);
}
