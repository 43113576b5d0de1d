/**
 * What a job was asked to do. The same handler is started by its schedule (EventBridge
 * Scheduler: `{schedule, scheduledAt}`), by a rule on the hall bus (an EventBridge event
 * whose `detail` names a hall), or by hand (`npm run invoke`, with e.g. `{"asOf": "2025-10-09"}`).
 */
import * as z from 'zod';
import { isIsoDate, isMonth } from '#domain/time';

const date = z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD');
const month = z.string().refine(isMonth, 'must be a month YYYY-MM');

export const scheduledRun = z.object({ schedule: z.string(), scheduledAt: z.iso.datetime({ offset: true }) });
export const busEvent = <D extends z.ZodType>(detail: D) => z.object({ 'detail-type': z.string(), detail });
export const manualRun = z.object({ hallId: z.string().optional(), asOf: date.optional(), month: month.optional() });

export const scoringInput = z.union([busEvent(z.object({ hallId: z.string(), month })), scheduledRun, manualRun]);
export const reminderInput = z.union([scheduledRun, manualRun]);
