import { normalizeHeader, statusKey } from '../../shared/domain/import-aliases';
import { readAmount, readCount, readDesil } from '../../shared/domain/import-values';
import {
  COMPONENT_FIELDS,
  type ColumnMapping,
  type ImportField,
  type ImportIssue,
  type ImportIssueCode,
  type ParsedRow,
  type RejectedRow,
} from '../../shared/domain/imports';
import { cleanText, normalizeDate, normalizeRtRw, normalizeSex, regionNameKey } from '../../shared/domain/normalize';
import type { Locale } from '../../shared/domain/office';
import type { ComponentCounts, FamilyRecord, Sex } from '../../shared/domain/register';
import type { ErrorParams } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { translate, type MessageKey } from '../../shared/i18n';
import { checkKk, checkNik, cleanIdentityText, nikMatchesBirthDate, type NikFacts } from '../../shared/validators/nik';
import type { CellValue, SheetRow } from './reader';
import type { RegionIndex } from './regions-index';
import { columnNames, RowCheck, type ColumnNames } from './row-check';

/**
 * One data row → a ParsedRow for the register writer, or its problems. Values are normalised
 * only where that is safe (shared/domain/normalize.ts); a NIK that lost a digit is never repaired.
 * Errors reject the row; warnings let it in and tell the clerk.
 */
export interface ValidatorSetup {
  headers: readonly string[];
  mapping: ColumnMapping;
  regions: RegionIndex;
  statuses: ReadonlyMap<string, string>;
  /** The member is the family's pengurus (the NIK or name column says PENGURUS). */
  pengurus: boolean;
  /** `YYYY-MM-DD`: birth dates after it are impossible; desil is stored as of it. */
  today: string;
  locale: Locale;
}

export interface RowOutcome<T = ParsedRow> {
  parsed: T | null;
  rejected: RejectedRow | null;
  issues: ImportIssue[];
}

const EARLIEST_BIRTH = '1900-01-01';
/** Distinct texts RowValidator.shared keeps at most. */
const SHARED_TEXTS = 20_000;

const COMPONENT_ENTRIES = Object.entries(COMPONENT_FIELDS) as [ImportField, string][];

/** Spaces, the apostrophe Excel uses to force text, and a lone dash (the lists' "not known") are a blank cell. */
const BLANK_TEXT = /^'?[\s\u00a0]*-?[\s\u00a0]*$/;

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && BLANK_TEXT.test(value));
}

/** A cell as the clerk sees it, for messages. */
export function shownValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10).split('-').reverse().join('-');
  return cleanText(value);
}

/**
 * A copy of a string that holds only its own characters. Cell text comes out of the XML parser as
 * slices of the chunk it was read from; kept in 200,000 parsed rows, such slices would keep the
 * whole decompressed sheet alive.
 */
export function own(text: string): string {
  return (' ' + text).slice(1);
}

function optionalText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value instanceof Date ? shownValue(value) : cleanText(value);
  return text === '' || text === '-' ? null : own(text);
}

export class RowValidator {
  private readonly firstRowOfNik = new Map<string, number>();
  private readonly column: ColumnNames;
  private readonly components: [ImportField, string, number][];
  private readonly rtRwTogether: boolean;
  private readonly componentCache = new Map<string, ComponentCounts>();
  private lastFamily: FamilyRecord | null = null;
  private readonly sharedTexts = new Map<string, string>();

  constructor(private readonly setup: ValidatorSetup) {
    this.column = columnNames(setup.mapping, setup.headers);
    this.components = COMPONENT_ENTRIES.flatMap(([field, code]) => {
      const index = setup.mapping[field];
      return index === undefined ? [] : [[field, code, index] as [ImportField, string, number]];
    });
    // One `RT/RW` column (`005/002`) when the list has no separate RW column.
    this.rtRwTogether =
      setup.mapping.rt !== undefined && setup.mapping.rw === undefined && normalizeHeader(setup.headers[setup.mapping.rt] ?? '') === 'RT/RW';
  }

  validate(source: SheetRow): RowOutcome {
    const { regions, locale } = this.setup;
    const { row, cells } = source;
    const check = new RowCheck(source, this.setup, this.column);
    const { cell, report, issues } = check;
    const required = (field: ImportField) =>
      report('error', 'REQUIRED_MISSING', field, 'imports.issue.REQUIRED_MISSING', { column: this.column[field] ?? field });

    // Identity: NIK, No. KK, name.
    const nikRaw = cell('nik');
    let facts: NikFacts | null = null;
    if (isBlank(nikRaw)) required('nik');
    else {
      const check = checkNik(nikRaw);
      if (!check.ok) {
        const value = shownValue(nikRaw);
        report('error', check.problem, 'nik', `imports.issue.${check.problem}`, { value, length: cleanIdentityText(value).length });
      } else {
        facts = check.facts;
        facts.nik = own(facts.nik);
        const first = this.firstRowOfNik.get(facts.nik);
        if (first === undefined) this.firstRowOfNik.set(facts.nik, row);
        else report('error', 'NIK_DUPLICATE_IN_FILE', 'nik', 'imports.issue.NIK_DUPLICATE_IN_FILE', { nik: facts.nik, first });
      }
    }
    const kkRaw = cell('kk');
    let kk: string | null = null;
    if (isBlank(kkRaw)) required('kk');
    else {
      const check = checkKk(kkRaw);
      if (check.ok) kk = own(check.kk);
      else report('error', check.problem, 'kk', `imports.issue.${check.problem}`, { value: shownValue(kkRaw) });
    }
    const name = optionalText(cell('name'));
    if (name === null) required('name');

    // Person.
    let sex: Sex | null = null;
    const sexRaw = cell('sex');
    if (!isBlank(sexRaw)) {
      sex = normalizeSex(sexRaw);
      if (sex === null) report('error', 'VALUE_INVALID', 'sex', 'imports.issue.VALUE_INVALID.sex', { value: shownValue(sexRaw) });
      else if (facts && facts.sex !== sex) {
        report('warning', 'NIK_SEX_MISMATCH', 'sex', 'imports.issue.NIK_SEX_MISMATCH', {
          sex: translate(locale, `imports.sex.${sex}`),
          nikSex: translate(locale, `imports.sex.${facts.sex}`),
        });
      }
    }
    let birthDate: string | null = null;
    const birthRaw = cell('birthDate');
    if (!isBlank(birthRaw)) {
      birthDate = normalizeDate(birthRaw);
      if (birthDate === null) report('error', 'DATE_INVALID', 'birthDate', 'imports.issue.DATE_INVALID', { value: shownValue(birthRaw) });
      else if (birthDate < EARLIEST_BIRTH || birthDate > this.setup.today) {
        report('error', 'DATE_INVALID', 'birthDate', 'imports.issue.DATE_INVALID.range', { value: formatDate(birthDate) });
        birthDate = null;
      } else if (facts && !nikMatchesBirthDate(facts, birthDate)) {
        report('warning', 'NIK_BIRTHDATE_MISMATCH', 'birthDate', 'imports.issue.NIK_BIRTHDATE_MISMATCH', {
          date: formatDate(birthDate),
          nikDate: `${pad2(facts.day)}-${pad2(facts.month)}-${pad2(facts.yearTwoDigits)}`,
        });
      }
    }
    if (facts && facts.regencyCode !== regions.regencyCode) {
      report('warning', 'NIK_REGION_MISMATCH', 'nik', 'imports.issue.NIK_REGION_MISMATCH', {
        regency: regions.regencyName,
        code: facts.regencyCode,
      });
    }

    // Address: kecamatan and desa must be the office's own.
    let kecamatanCode: string | null = null;
    let desaCode: string | null = null;
    const kecRaw = cell('kecamatan');
    let kecamatanKnown = true;
    if (!isBlank(kecRaw)) {
      const kec = regions.kecamatanByKey.get(regionNameKey(kecRaw));
      if (kec) kecamatanCode = kec.code;
      else {
        kecamatanKnown = false;
        report('error', 'REGION_UNKNOWN', 'kecamatan', 'imports.issue.REGION_UNKNOWN.kecamatan', {
          value: shownValue(kecRaw),
          regency: regions.regencyName,
        });
      }
    }
    const desaRaw = cell('desa');
    if (!isBlank(desaRaw) && kecamatanKnown) {
      const key = regionNameKey(desaRaw);
      const value = shownValue(desaRaw);
      if (kecamatanCode !== null) {
        desaCode = regions.desaInKecamatan.get(`${kecamatanCode}|${key}`) ?? null;
        if (desaCode === null) {
          report('error', 'REGION_UNKNOWN', 'desa', 'imports.issue.REGION_UNKNOWN.desa', {
            value,
            kecamatan: regions.kecamatanName.get(kecamatanCode) ?? kecamatanCode,
          });
        }
      } else {
        const found = regions.desaByKey.get(key) ?? [];
        if (found.length === 1) {
          desaCode = found[0]!.code;
          kecamatanCode = found[0]!.kecamatanCode;
        } else if (found.length === 0) {
          report('error', 'REGION_UNKNOWN', 'desa', 'imports.issue.REGION_UNKNOWN.desaAnywhere', { value, regency: regions.regencyName });
        } else {
          report('error', 'REGION_UNKNOWN', 'desa', 'imports.issue.REGION_UNKNOWN.desaAmbiguous', {
            value,
            kecamatan: found.map((d) => regions.kecamatanName.get(d.kecamatanCode) ?? d.kecamatanCode).join(', '),
          });
        }
      }
    }
    let rt: string | null = null;
    let rw: string | null = null;
    const rtRaw = cell('rt');
    if (this.rtRwTogether) {
      const text = optionalText(rtRaw);
      if (text !== null) {
        const parts = /^(\d{1,3})\s*[/\\-]\s*(\d{1,3})$/.exec(text);
        if (parts) [rt, rw] = [normalizeRtRw(parts[1]), normalizeRtRw(parts[2])];
        else report('error', 'VALUE_INVALID', 'rt', 'imports.issue.VALUE_INVALID.rtRw', { value: text });
      }
    } else {
      rt = this.rtRw(rtRaw, 'rt', report);
      rw = this.rtRw(cell('rw'), 'rw', report);
    }

    // Program data: desil, tahap amount, components, status.
    let desil: number | null = null;
    const desilRaw = cell('desil');
    if (!isBlank(desilRaw)) {
      desil = readDesil(desilRaw);
      if (desil === null) report('error', 'VALUE_INVALID', 'desil', 'imports.issue.VALUE_INVALID.desil', { value: shownValue(desilRaw) });
    }
    let nominal: number | null = null;
    const nominalRaw = cell('nominal');
    if (!isBlank(nominalRaw)) {
      nominal = readAmount(nominalRaw);
      if (nominal === null) report('error', 'VALUE_INVALID', 'nominal', 'imports.issue.VALUE_INVALID.nominal', { value: shownValue(nominalRaw) });
    }
    let components: ComponentCounts | null = null;
    if (this.components.length > 0) {
      const counts: number[] = [];
      for (const [field, code, index] of this.components) {
        const count = readCount(cells[index] ?? null);
        if (count === null) {
          report('error', 'VALUE_INVALID', field, 'imports.issue.VALUE_INVALID.component', {
            column: this.column[field] ?? code,
            value: shownValue(cells[index]),
          });
        } else counts.push(count);
      }
      if (counts.length === this.components.length) components = this.componentCounts(counts);
    }
    let status: string | null = null;
    const statusRaw = cell('status');
    if (!isBlank(statusRaw)) {
      status = this.setup.statuses.get(statusKey(statusRaw)) ?? null;
      if (status === null) report('error', 'VALUE_INVALID', 'status', 'imports.issue.VALUE_INVALID.status', { value: shownValue(statusRaw) });
    }

    if (check.failed || !facts || kk === null || name === null) return check.rejected();
    return {
      parsed: {
        row,
        family: this.sameFamily({
          kk,
          address: optionalText(cell('address')) ?? '',
          rt,
          rw,
          kecamatanCode,
          desaCode,
          dtksId: optionalText(cell('dtksId')),
          desil,
          desilAsOf: desil === null ? null : this.setup.today,
        }),
        member: {
          nik: facts.nik,
          name,
          // The NIK itself says the sex (day + 40 for women) when the list has no column for it.
          sex: sex ?? facts.sex,
          birthPlace: this.shared(optionalText(cell('birthPlace'))),
          birthDate,
          relationship: this.shared(optionalText(cell('relationship'))),
          motherName: optionalText(cell('motherName')),
          disability: this.shared(optionalText(cell('disability'))),
          schoolLevel: this.shared(optionalText(cell('schoolLevel'))),
          isPengurus: this.setup.pengurus,
        },
        nominal,
        components,
        status,
      },
      rejected: null,
      issues,
    };
  }

  /**
   * Birth places, relationships, disabilities and school levels repeat a few hundred values over
   * a list: one string per value instead of one per row. Bounded, for lists where they do not repeat.
   */
  private shared(text: string | null): string | null {
    if (text === null) return null;
    const known = this.sharedTexts.get(text);
    if (known !== undefined) return known;
    if (this.sharedTexts.size < SHARED_TEXTS) this.sharedTexts.set(text, text);
    return text;
  }

  /**
   * A family's rows (one per member) usually follow each other and repeat its KK and address: they
   * share one record instead of one per row, which keeps 200,000 parsed rows smaller.
   */
  private sameFamily(family: FamilyRecord): FamilyRecord {
    const last = this.lastFamily;
    if (
      last !== null &&
      last.kk === family.kk &&
      last.address === family.address &&
      last.rt === family.rt &&
      last.rw === family.rw &&
      last.kecamatanCode === family.kecamatanCode &&
      last.desaCode === family.desaCode &&
      last.dtksId === family.dtksId &&
      last.desil === family.desil &&
      last.desilAsOf === family.desilAsOf
    ) {
      return last;
    }
    this.lastFamily = Object.freeze(family);
    return family;
  }

  /**
   * Most families share a handful of component combinations: one frozen object per combination
   * instead of one per row keeps 200,000 parsed rows small.
   */
  private componentCounts(counts: number[]): ComponentCounts {
    const key = counts.join(',');
    let shared = this.componentCache.get(key);
    if (!shared) {
      shared = Object.freeze(Object.fromEntries(this.components.map(([, code], i) => [code, counts[i]!])));
      this.componentCache.set(key, shared);
    }
    return shared;
  }

  private rtRw(
    raw: CellValue | undefined,
    field: 'rt' | 'rw',
    report: (severity: 'error', code: ImportIssueCode, field: ImportField, key: MessageKey, params: ErrorParams) => void,
  ): string | null {
    const text = optionalText(raw);
    if (text === null) return null;
    // `RT 05`, `RT.005`: the word repeats the column's name.
    const value = normalizeRtRw(text.replace(/^R[TW]\.?\s*/i, ''));
    if (value === null) report('error', 'VALUE_INVALID', field, `imports.issue.VALUE_INVALID.${field}`, { value: text });
    return value;
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
