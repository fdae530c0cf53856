import type { z } from 'zod';

/** A channel of the IPC contract: the schema that checks its input, and the type of its output. */
export interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input });
}
