import { serviceContext, type AppContext, type HandlerMap } from '../ipc/types';
import { demoStatus, loadDemo, removeDemo, type Progress } from './service';

function progressOf(app: AppContext, taskId: string, label: string): Progress {
  return (done, total) => app.emit('task.progress', { taskId, label, done, total });
}

export const demoHandlers: HandlerMap<'demo.status' | 'demo.load' | 'demo.remove'> = {
  'demo.status': (app) => demoStatus(serviceContext(app)),
  'demo.load': (app, { families, seed, taskId }) =>
    loadDemo(serviceContext(app), app.regions, {
      families,
      ...(seed === undefined ? {} : { seed }),
      onProgress: progressOf(app, taskId, 'demo.load'),
    }),
  'demo.remove': (app, { taskId }) => removeDemo(serviceContext(app), { onProgress: progressOf(app, taskId, 'demo.remove') }),
};
