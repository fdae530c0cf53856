import type { ImportIssueCode } from '../../../shared/domain/imports';
import { normalizeDate } from '../../../shared/domain/normalize';
import {
  buildSurveyMatcher,
  isBinaryUnit,
  looksLikeSurvey,
  readSurveyValue,
  unmappedSurveyColumns,
  type SurveyIndicator,
  type SurveyMatcher,
  type SurveyRow,
} from '../../../shared/domain/survey-import';
import type { ErrorParams } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n';
import { checkKk, checkNik, cleanIdentityText } from '../../../shared/validators/nik';
import type { ServiceContext } from '../../context';
import type { Db } from '../../db/open';
import { parseList, type ListSpec, type ParseOptions, type ParseRequest, type ParseResult, type ValidatorBase } from '../../imports/parse';
import type { SheetRow } from '../../imports/reader';
import { isBlank, shownValue, type RowOutcome } from '../../imports/validate';
import { listIndicators } from '../welfare';
import { columnNames, RowCheck, type ColumnNames } from '../../imports/row-check';

/**
 * One row of a survey file → a SurveyRow (its unit found in the register), or its problems. NIK
 * and No. KK go through the register import's validators with the same codes; a unit the register
 * does not hold is rejected (values of people the office does not serve cannot be compared).
 */
export class SurveyValidator {
  private readonly column: ColumnNames;
  /** Indicator columns: column index → indicator (the first column naming an indicator wins). */
  private readonly indicators: { index: number; header: string; indicator: SurveyIndicator }[] = [];
  private readonly seen = new Map<string, number>();
  private readonly memberByNik;
  private readonly familyByKk;

  constructor(
    private readonly setup: ValidatorBase,
    matcher: SurveyMatcher,
    db: Db,
  ) {
    this.column = columnNames(setup.mapping, setup.headers);
    const identity = new Set([setup.mapping.nik, setup.mapping.kk, setup.mapping.observedOn]);
    const taken = new Set<string>();
    setup.headers.forEach((header, index) => {
      if (identity.has(index)) return;
      const indicator = matcher.indicatorOf(header);
      if (!indicator || taken.has(indicator.code)) return;
      taken.add(indicator.code);
      this.indicators.push({ index, header, indicator });
    });
    this.memberByNik = db.prepare('SELECT m.id, m.family_id AS familyId, f.kk FROM members m JOIN families f ON f.id = m.family_id WHERE m.nik = ?');
    this.familyByKk = db.prepare('SELECT id FROM families WHERE kk = ?');
  }

  validate(source: SheetRow): RowOutcome<SurveyRow> {
    const { row, cells } = source;
    const check = new RowCheck(source, this.setup, this.column);
    const { cell, issues } = check;
    // Every problem of a survey row is an error; indicator columns are named by their own header.
    const report = (code: ImportIssueCode, column: string | null, key: MessageKey, params: ErrorParams = {}) => check.reportAt('error', code, column, key, params);
    const reject = () => check.rejected<SurveyRow>();

    const nikRaw = cell('nik');
    const kkRaw = cell('kk');
    let nik: string | null = null;
    let kk: string | null = null;
    if (isBlank(nikRaw) && isBlank(kkRaw)) {
      report('REQUIRED_MISSING', this.column.nik ?? this.column.kk ?? null, 'disbursementImport.issue.REQUIRED_MISSING.identity');
    }
    if (!isBlank(nikRaw)) {
      const check = checkNik(nikRaw);
      if (check.ok) nik = check.facts.nik;
      else {
        const value = shownValue(nikRaw);
        report(check.problem, this.column.nik ?? null, `imports.issue.${check.problem}`, { value, length: cleanIdentityText(value).length });
      }
    }
    if (!isBlank(kkRaw)) {
      const check = checkKk(kkRaw);
      if (check.ok) kk = check.kk;
      else report(check.problem, this.column.kk ?? null, `imports.issue.${check.problem}`, { value: shownValue(kkRaw) });
    }

    let observedOn: string | null = null;
    const dateRaw = cell('observedOn');
    if (!isBlank(dateRaw)) {
      observedOn = normalizeDate(dateRaw);
      if (observedOn === null) report('DATE_INVALID', this.column.observedOn ?? null, 'imports.issue.DATE_INVALID', { value: shownValue(dateRaw) });
    }

    const values: Record<string, number> = {};
    for (const { index, header, indicator } of this.indicators) {
      const raw = cells[index];
      if (isBlank(raw)) continue;
      const value = readSurveyValue(raw, indicator.binary);
      if (value === null) {
        report('VALUE_INVALID', header, indicator.binary ? 'impactImport.issue.VALUE_INVALID.binary' : 'impactImport.issue.VALUE_INVALID.number', {
          value: shownValue(raw),
          indicator: indicator.code,
        });
        continue;
      }
      if (indicator.level === 'member' && isBlank(nikRaw)) {
        report('SURVEY_NIK_REQUIRED', header, 'impactImport.issue.SURVEY_NIK_REQUIRED', { indicator: indicator.code });
        continue;
      }
      values[indicator.code] = value;
    }
    if (check.failed) return reject();
    if (Object.keys(values).length === 0) {
      report('SURVEY_NO_VALUE', null, this.indicators.length === 0 ? 'impactImport.issue.SURVEY_NO_VALUE.noColumn' : 'impactImport.issue.SURVEY_NO_VALUE');
      return reject();
    }

    // The unit: the person the NIK names, else the family the No. KK names.
    let familyId: number;
    let memberId: number | null = null;
    let registeredKk: string | null = null;
    if (nik !== null) {
      const member = this.memberByNik.get(nik) as { id: number; familyId: number; kk: string } | undefined;
      if (!member) {
        report('SURVEY_UNIT_UNKNOWN', this.column.nik ?? null, 'impactImport.issue.SURVEY_UNIT_UNKNOWN.nik', { value: nik });
        return reject();
      }
      familyId = member.familyId;
      memberId = member.id;
      registeredKk = member.kk;
    } else {
      const family = this.familyByKk.get(kk) as { id: number } | undefined;
      if (!family) {
        report('SURVEY_UNIT_UNKNOWN', this.column.kk ?? null, 'impactImport.issue.SURVEY_UNIT_UNKNOWN.kk', { value: kk ?? '' });
        return reject();
      }
      familyId = family.id;
    }
    const unitKey = memberId !== null ? `m${memberId}` : `f${familyId}`;
    const first = this.seen.get(unitKey);
    if (first !== undefined) {
      report('SURVEY_UNIT_DUPLICATE', (memberId !== null ? this.column.nik : this.column.kk) ?? null, 'impactImport.issue.SURVEY_UNIT_DUPLICATE', { first });
      return reject();
    }
    this.seen.set(unitKey, row);
    // The NIK names the person, and the person's family is the register's: the row goes in, the clerk is told.
    if (kk !== null && registeredKk !== null && kk !== registeredKk) {
      check.reportAt('warning', 'SURVEY_KK_MISMATCH', this.column.kk ?? null, 'impactImport.issue.SURVEY_KK_MISMATCH', { nik: nik ?? '', kk, registered: registeredKk });
    }
    return { parsed: { row, familyId, memberId, observedOn, values }, rejected: null, issues };
  }
}

/** The office's indicators, for the survey matcher (built per parse: an office may add indicators). */
export function surveyIndicators(ctx: Pick<ServiceContext, 'db'>): SurveyIndicator[] {
  return listIndicators(ctx).map((i) => ({ code: i.code, name: i.name, level: i.level, binary: isBinaryUnit(i.unit) }));
}

/** Survey wave files through the import's read side, with a header matcher built from the indicators table. */
export function surveyListSpec(ctx: Pick<ServiceContext, 'db'>): ListSpec<SurveyRow> {
  const matcher = buildSurveyMatcher(surveyIndicators(ctx));
  return {
    kind: 'survey',
    matchHeader: matcher.match,
    unmappedColumns: unmappedSurveyColumns,
    isData: looksLikeSurvey,
    createValidator: (base) => new SurveyValidator(base, matcher, ctx.db),
  };
}

export function parseSurvey(
  ctx: Pick<ServiceContext, 'db' | 'now'>,
  request: ParseRequest,
  options: ParseOptions<SurveyRow> = {},
): Promise<ParseResult<SurveyRow>> {
  return parseList(ctx, request, surveyListSpec(ctx), options);
}
