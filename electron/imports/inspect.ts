import type { FileInspection, SheetInfo } from '../../shared/ipc/imports';
import { AppError } from '../../shared/errors';
import { checkImportFile, fileLabel } from './file-check';
import { detectHeader, HEADER_WINDOW, type HeaderMatcher } from './header';
import type { ImportField } from '../../shared/domain/imports';
import { readSheets, type SheetRow } from './reader';

/**
 * The wizard's first look at a file: its sheets, how many rows each holds, and which one looks
 * like the data (a header naming NIK or KK), so a summary sheet in front is not taken for the list.
 */
/** How one kind of list recognises its data sheet (default: the register's alias table, a NIK or KK column). */
export interface SheetDetector {
  matchHeader: HeaderMatcher;
  isData?(fields: ReadonlySet<ImportField>): boolean;
}

export async function inspectFile(filePath: string, detector?: SheetDetector): Promise<FileInspection> {
  const kind = await checkImportFile(filePath);
  const sheets: SheetInfo[] = [];
  for await (const sheet of readSheets(filePath, kind)) {
    const window: SheetRow[] = [];
    for await (const row of sheet.rows) {
      window.push(row);
      if (window.length === HEADER_WINDOW) break;
    }
    const rowCount = await sheet.countRows();
    const header = detector ? detectHeader(window, detector.matchHeader) : detectHeader(window);
    const looksLikeData = header === null ? false : detector?.isData ? detector.isData(header.fields) : header.looksLikeData;
    sheets.push({ name: sheet.name, rowCount, looksLikeData });
  }
  const file = fileLabel(filePath);
  if (sheets.every((s) => s.rowCount === 0)) throw new AppError('FILE_EMPTY', { file });
  return {
    filePath,
    fileName: file,
    sheets,
    // The same choice parseImport makes when no sheet is given.
    suggestedSheet: sheets.find((s) => s.looksLikeData)?.name ?? null,
  };
}
