import { serviceContext, type HandlerMap } from '../ipc/types';
import { createProgram, getProgramDetail, listPrograms, setProgramActive, updateProgram } from './service';

export const programsHandlers: HandlerMap<
  'programs.list' | 'programs.get' | 'programs.create' | 'programs.update' | 'programs.setActive'
> = {
  'programs.list': (app, input) => listPrograms(serviceContext(app), input),
  'programs.get': (app, { id }) => getProgramDetail(serviceContext(app), id),
  'programs.create': (app, { program }) => createProgram(serviceContext(app), program),
  'programs.update': (app, { id, program }) => updateProgram(serviceContext(app), id, program),
  'programs.setActive': (app, { id, active }) => setProgramActive(serviceContext(app), id, active),
};
