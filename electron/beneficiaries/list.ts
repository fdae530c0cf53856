import type { RegisterQuery } from '../../shared/domain/register-query';
import type { RegisterPage } from '../../shared/ipc/beneficiaries';
import type { ServiceContext } from '../context';
import { readRows } from './rows';
import { registerView } from './views';

/** One window of a register view, with the view's total for the virtual table's scrollbar. */
export function listRegister(ctx: Pick<ServiceContext, 'db'>, input: { query: RegisterQuery; offset: number; limit: number }): RegisterPage {
  const view = registerView(ctx.db, input.query);
  const offset = Math.min(input.offset, view.ids.length);
  const ids = view.ids.subarray(offset, Math.min(offset + input.limit, view.ids.length));
  return { total: view.ids.length, offset, rows: readRows(ctx.db, ids, input.query.programId), version: view.version };
}
