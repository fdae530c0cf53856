import {
  matchDisbursementHeader,
  unmappedDisbursementColumns,
  type DisbursementLine,
} from '../../../shared/domain/disbursement-import';
import type { ServiceContext } from '../../context';
import { parseList, type ListSpec, type ParseOptions, type ParseRequest, type ParseResult } from '../../imports/parse';
import { DisbursementValidator } from './validate';

/** Disbursement lists through the import's read side: their own alias table, required columns and validator. */
export const DISBURSEMENT_LIST: ListSpec<DisbursementLine> = {
  kind: 'disbursement',
  matchHeader: matchDisbursementHeader,
  unmappedColumns: unmappedDisbursementColumns,
  createValidator: (base) => new DisbursementValidator(base),
};

export function parseDisbursementList(
  ctx: Pick<ServiceContext, 'db' | 'now'>,
  request: ParseRequest,
  options: ParseOptions<DisbursementLine> = {},
): Promise<ParseResult<DisbursementLine>> {
  return parseList(ctx, request, DISBURSEMENT_LIST, options);
}
