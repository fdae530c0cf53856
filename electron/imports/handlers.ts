import type { HandlerMap } from '../ipc/types';
import { importsReadHandlers } from './handlers-read';
import { importsWriteHandlers } from './handlers-write';

/** The import area's channels: reading and validating a file (read side), committing and undoing (write side). */
export const importsHandlers = {
  ...importsReadHandlers,
  ...importsWriteHandlers,
} satisfies HandlerMap<keyof typeof importsReadHandlers | keyof typeof importsWriteHandlers>;
