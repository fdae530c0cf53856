import type { ColumnMapping, ParsedRow } from '../../shared/domain/imports';
import type { FamilyRecord, MemberRecord } from '../../shared/domain/register';
import type { ParsedList } from '../../electron/imports/write';

/**
 * Parsed rows as the read side hands them to the commit, for tests of the write side that do not
 * need a workbook. Numbers are Sidoarjo's (35.15), kecamatan Sukodono (35.15.14) unless told.
 */
export function kkOf(n: number): string {
  return `351514010110${String(n).padStart(4, '0')}`;
}

/** A woman's NIK (day + 40) born 05-08-1968 with serial n: valid by the NIK rules. */
export function nikOf(n: number): string {
  return `351514450868${String(n).padStart(4, '0')}`;
}

export function family(kk: string, over: Partial<FamilyRecord> = {}): FamilyRecord {
  return {
    kk, address: 'Dusun Krajan', rt: '005', rw: '002', kecamatanCode: '35.15.14', desaCode: null, dtksId: null, desil: 2, desilAsOf: null, ...over,
  };
}

export function member(nik: string, name: string, over: Partial<MemberRecord> = {}): MemberRecord {
  return {
    nik, name, sex: 'P', birthPlace: 'Sidoarjo', birthDate: '1968-08-05', relationship: 'Istri', motherName: null, disability: null,
    schoolLevel: null, isPengurus: true, ...over,
  };
}

export function row(n: number, over: { family?: Partial<FamilyRecord>; member?: Partial<MemberRecord>; kk?: string } & Partial<Omit<ParsedRow, 'family' | 'member'>> = {}): ParsedRow {
  const { family: fam, member: mem, kk, ...rest } = over;
  return {
    row: n + 3,
    family: family(kk ?? kkOf(n), fam),
    member: member(nikOf(n), `Siti Aminah ${n}`, mem),
    nominal: null,
    components: null,
    status: null,
    ...rest,
  };
}

export const HEADERS = ['NO', 'NIK', 'NO KK', 'NAMA', 'NOMINAL'];
export const MAPPING: ColumnMapping = { nik: 1, kk: 2, name: 3, nominal: 4 };

export function parsedList(rows: ParsedRow[], over: Partial<ParsedList> = {}): ParsedList {
  return {
    file: 'fc-pkh.xlsx',
    sheet: 'Data',
    headerRow: 3,
    headers: HEADERS,
    mapping: MAPPING,
    rowsSeen: rows.length,
    rows,
    rejected: [],
    issues: [],
    ...over,
  };
}

export function rows(count: number, make: (n: number) => ParsedRow = (n) => row(n)): ParsedRow[] {
  return Array.from({ length: count }, (_, i) => make(i + 1));
}
