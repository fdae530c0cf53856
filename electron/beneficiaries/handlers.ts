import { serviceContext, type HandlerMap } from '../ipc/types';
import { familyDetail } from './detail';
import { updateFamily, updateMember } from './edit';
import { cancelExport, exportRegister } from './export';
import { listRegister } from './list';
import { registerOptions } from './options';
import { overlapMatrix } from './overlap';
import { addStatus, changeStatus, listStatuses } from './status';

export const beneficiariesHandlers: HandlerMap<
  | 'beneficiaries.options'
  | 'beneficiaries.list'
  | 'beneficiaries.family'
  | 'beneficiaries.updateFamily'
  | 'beneficiaries.updateMember'
  | 'beneficiaries.setStatus'
  | 'beneficiaries.statuses'
  | 'beneficiaries.addStatus'
  | 'beneficiaries.overlap'
  | 'beneficiaries.export'
  | 'beneficiaries.cancelExport'
> = {
  'beneficiaries.options': (app) => registerOptions(serviceContext(app)),
  'beneficiaries.list': (app, input) => listRegister(serviceContext(app), input),
  'beneficiaries.family': (app, { familyId }) => familyDetail(serviceContext(app), familyId),
  'beneficiaries.updateFamily': (app, { familyId, family }) => updateFamily(serviceContext(app), familyId, family),
  'beneficiaries.updateMember': (app, { memberId, member }) => updateMember(serviceContext(app), memberId, member),
  'beneficiaries.setStatus': (app, input) => changeStatus(serviceContext(app), input),
  'beneficiaries.statuses': (app) => listStatuses(serviceContext(app)),
  'beneficiaries.addStatus': (app, input) => addStatus(serviceContext(app), input),
  'beneficiaries.overlap': (app) => overlapMatrix(serviceContext(app)),
  'beneficiaries.export': (app, input) => exportRegister(app, input),
  'beneficiaries.cancelExport': (_app, { taskId }) => cancelExport(taskId),
};
