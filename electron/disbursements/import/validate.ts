import { disbursementStatusOf, type DisbursementLine } from '../../../shared/domain/disbursement-import';
import { readAmount } from '../../../shared/domain/import-values';
import type { ImportField, ImportIssueCode } from '../../../shared/domain/imports';
import { cleanText, normalizeDate, regionNameKey } from '../../../shared/domain/normalize';
import type { ErrorParams } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n';
import { checkKk, checkNik, cleanIdentityText } from '../../../shared/validators/nik';
import type { ValidatorBase } from '../../imports/parse';
import type { CellValue, SheetRow } from '../../imports/reader';
import { isBlank, own, shownValue, type RowOutcome } from '../../imports/validate';
import { columnNames, RowCheck, type ColumnNames } from '../../imports/row-check';

/**
 * One line of a disbursement list → a DisbursementLine, or its problems. NIK and No. KK go
 * through the register import's validators with the same codes (a NIK that lost its 16th digit
 * is rejected, never repaired). A kecamatan the office does not know is only a warning here: the
 * payment happened and still counts; the line is then placed by its family's kecamatan if matched.
 */
export class DisbursementValidator {
  private readonly column: ColumnNames;

  constructor(private readonly setup: ValidatorBase) {
    this.column = columnNames(setup.mapping, setup.headers);
  }

  validate(source: SheetRow): RowOutcome<DisbursementLine> {
    const { mapping } = this.setup;
    const { row } = source;
    const check = new RowCheck(source, this.setup, this.column);
    const { cell, report, issues } = check;

    // Identity: a NIK or a No. KK (bank lists often carry only one of them).
    const nikRaw = cell('nik');
    const kkRaw = cell('kk');
    let nik: string | null = null;
    let kk: string | null = null;
    if (isBlank(nikRaw) && isBlank(kkRaw)) {
      report('error', 'REQUIRED_MISSING', mapping.nik !== undefined ? 'nik' : 'kk', 'disbursementImport.issue.REQUIRED_MISSING.identity');
    }
    if (!isBlank(nikRaw)) {
      const check = checkNik(nikRaw);
      if (check.ok) nik = own(check.facts.nik);
      else {
        const value = shownValue(nikRaw);
        report('error', check.problem, 'nik', `imports.issue.${check.problem}`, { value, length: cleanIdentityText(value).length });
      }
    }
    if (!isBlank(kkRaw)) {
      const check = checkKk(kkRaw);
      if (check.ok) kk = own(check.kk);
      else report('error', check.problem, 'kk', `imports.issue.${check.problem}`, { value: shownValue(kkRaw) });
    }

    const statusRaw = cell('status');
    const status = isBlank(statusRaw) ? null : disbursementStatusOf(statusRaw);
    if (isBlank(statusRaw)) report('error', 'REQUIRED_MISSING', 'status', 'imports.issue.REQUIRED_MISSING', { column: this.column.status ?? 'STATUS' });
    else if (status === null) {
      report('error', 'DISBURSEMENT_STATUS_UNKNOWN', 'status', 'disbursementImport.issue.DISBURSEMENT_STATUS_UNKNOWN', { value: shownValue(statusRaw) });
    }

    const amountRaw = cell('nominal');
    const amount = isBlank(amountRaw) ? null : readAmount(amountRaw);
    if (isBlank(amountRaw)) report('error', 'REQUIRED_MISSING', 'nominal', 'imports.issue.REQUIRED_MISSING', { column: this.column.nominal ?? 'NOMINAL' });
    else if (amount === null) report('error', 'VALUE_INVALID', 'nominal', 'imports.issue.VALUE_INVALID.nominal', { value: shownValue(amountRaw) });

    let paidOn: string | null = null;
    const dateRaw = cell('paidOn');
    if (!isBlank(dateRaw)) {
      paidOn = normalizeDate(dateRaw);
      if (paidOn === null) report('error', 'DATE_INVALID', 'paidOn', 'imports.issue.DATE_INVALID', { value: shownValue(dateRaw) });
    }

    const kecamatanCode = this.kecamatan(cell('kecamatan'), cell('desa'), report);

    if (check.failed || status === null || amount === null || (nik === null && kk === null)) return check.rejected();
    return {
      parsed: {
        row,
        nik,
        kk,
        name: optionalText(cell('name')) ?? '',
        kecamatanCode,
        status,
        amount,
        paidOn,
        reason: optionalText(cell('reason')) ?? '',
      },
      rejected: null,
      issues,
    };
  }

  /** The list's kecamatan (or, without one, a desa name found in one kecamatan only) → its code; unknown names warn. */
  private kecamatan(
    kecRaw: CellValue | undefined,
    desaRaw: CellValue | undefined,
    report: (severity: 'warning', code: ImportIssueCode, field: ImportField, key: MessageKey, params: ErrorParams) => void,
  ): string | null {
    const { regions } = this.setup;
    if (!isBlank(kecRaw)) {
      const kec = regions.kecamatanByKey.get(regionNameKey(kecRaw));
      if (kec) return kec.code;
      report('warning', 'REGION_UNKNOWN', 'kecamatan', 'disbursementImport.issue.REGION_UNKNOWN.kecamatan', {
        value: shownValue(kecRaw),
        regency: regions.regencyName,
      });
      return null;
    }
    if (isBlank(desaRaw)) return null;
    const found = regions.desaByKey.get(regionNameKey(desaRaw)) ?? [];
    if (found.length === 1) return found[0]!.kecamatanCode;
    if (found.length === 0) {
      report('warning', 'REGION_UNKNOWN', 'desa', 'disbursementImport.issue.REGION_UNKNOWN.desa', { value: shownValue(desaRaw), regency: regions.regencyName });
    }
    // A desa name found in several kecamatan says nothing certain: the line is placed by its family, if matched.
    return null;
  }
}

function optionalText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value instanceof Date ? shownValue(value) : cleanText(value);
  return text === '' || text === '-' ? null : own(text);
}
