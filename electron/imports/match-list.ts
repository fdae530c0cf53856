import type { ParsedRow } from '../../shared/domain/imports';
import type { ImportRequest } from '../../shared/ipc/imports';
import type { ServiceContext } from '../context';
import { readLocale } from '../settings/service';
import { RegisterMatch, type MatchResult } from './match';
import { parseImport, type ParseOptions, type ParseResult } from './parse';
import type { ImportProgram } from './program';
import { REGISTER_BATCH_ROWS } from './register-lookup';

export interface MatchedList {
  /** The read side's result, without rows (none are kept). */
  parsed: ParseResult;
  match: MatchResult;
  /** The list's unit keys (KK, or NIK for per-person programs), for the period comparison. */
  unitKeys: ReadonlySet<string>;
}

/**
 * Reads a beneficiary list and matches it against the register as it is read (RegisterMatch), in
 * batches, keeping no rows: what the preview and the dry run say of a list of 200,000 rows costs
 * the memory of a batch, not of the list. Writes nothing.
 */
export async function matchList(
  ctx: ServiceContext,
  program: ImportProgram,
  request: Pick<ImportRequest, 'filePath' | 'sheet' | 'mapping' | 'period'>,
  options: Omit<ParseOptions, 'onRow' | 'keepRows'> = {},
): Promise<MatchedList> {
  const match = new RegisterMatch(ctx, program, request.period);
  let batch: ParsedRow[] = [];
  const parsed = await parseImport(ctx, { filePath: request.filePath, sheet: request.sheet, mapping: request.mapping }, {
    ...options,
    keepRows: false,
    onRow: (row) => {
      batch.push(row);
      if (batch.length === REGISTER_BATCH_ROWS) {
        match.add(batch);
        batch = [];
      }
    },
  });
  match.add(batch);
  const locale = options.locale ?? readLocale(ctx);
  return { parsed, match: match.finish({ locale, headers: parsed.headers, mapping: parsed.mapping }), unitKeys: match.unitKeys() };
}
