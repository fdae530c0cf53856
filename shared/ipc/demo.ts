import { z } from 'zod';
import { channel } from './define';

/** Demo rows in the register: the shell shows a "Data contoh" badge while any are present. */
export interface DemoStatus {
  families: number;
  members: number;
}

export interface DemoLoadResult {
  families: number;
  members: number;
  enrollments: number;
  /** Enrollment rows on the tahap lists (`enrollment_periods`). */
  periodRows: number;
  /** The tahap the demo lists cover, oldest first. */
  periods: string[];
  seed: number;
  seconds: number;
}

export interface DemoRemoveResult {
  families: number;
  members: number;
  enrollments: number;
  /** Demo families kept because real people were added to them later (now real families). */
  keptFamilies: number;
}

export const DEMO_MAX_FAMILIES = 200_000;
export const DEMO_DEFAULT_FAMILIES = 1_000;

export const demoLoadSchema = z
  .object({
    families: z.number().int().min(1).max(DEMO_MAX_FAMILIES),
    seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
    /** Progress arrives as `task.progress` events with this id. */
    taskId: z.string().min(1).max(64),
  })
  .strict();

// Channels of the 'demo' area (area.verb). Each is listed in names.ts too.
export const demoChannels = {
  'demo.status': channel<DemoStatus>()(z.object({}).strict()),
  'demo.load': channel<DemoLoadResult>()(demoLoadSchema),
  'demo.remove': channel<DemoRemoveResult>()(z.object({ taskId: z.string().min(1).max(64) }).strict()),
};
