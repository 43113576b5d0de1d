/**
 * What a job was asked to do. The same handler is started by its schedule (EventBridge
 * Scheduler: `{schedule, scheduledAt}`), by a rule on the hall bus (an EventBridge event
 * whose `detail` names a hall), or by hand (`npm run invoke`, with e.g. `{"asOf": "2025-10-09"}`).
 */
import * as z from 'zod';
import { isoDate as date, month } from '#api/common';

export const scheduledRun = z.object({ schedule: z.string(), scheduledAt: z.iso.datetime({ offset: true }) });
export const busEvent = <D extends z.ZodType>(detail: D) => z.object({ 'detail-type': z.string(), detail });
export const manualRun = z.object({ hallId: z.string().optional(), asOf: date.optional(), month: month.optional() });

export const scoringInput = z.union([busEvent(z.object({ hallId: z.string(), month })), scheduledRun, manualRun]);
export const reminderInput = z.union([busEvent(z.object({ hallId: z.string(), asOf: date })), scheduledRun, manualRun]);
