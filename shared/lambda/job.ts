/**
 * The wrapper of the scheduled jobs. The same job is started by its schedule (EventBridge
 * Scheduler: `{schedule, scheduledAt}`), by a rule on the hall bus (an event whose `detail`
 * names one hall: the fan-out), or by hand (`npm run invoke`, e.g. `{"asOf": "2025-10-09"}`);
 * all three become one `JobRequest`. A failure is logged with what the run was for and
 * rethrown, so Lambda retries it and then parks it in the dead-letter queue.
 */
import * as z from 'zod';
import { businessDate, type IsoDate } from '#domain/time';
import { logger } from '#adapters/logger';
import { id as hallId, isoDate, month } from '#api/primitives';
import type { FunctionName } from '#topology/catalog';
import { lambdaEntry, type DepsOf } from './entry';

export interface JobRequest {
  /** The business date the run is for: the schedule's date, the event's or the one asked for. */
  today: IsoDate;
  /** One hall (a fanned-out or manual run); absent: every hall (the fan-out itself). */
  hallId?: string;
  /** The month a scoring run is for, when named. */
  month?: string;
}

const scheduledRun = z.object({ schedule: z.string(), scheduledAt: z.iso.datetime({ offset: true }) });
const busEvent = z.object({ 'detail-type': z.string(), detail: z.object({ hallId, asOf: isoDate.optional(), month: month.optional() }) });
const manualRun = z.object({ hallId: hallId.optional(), asOf: isoDate.optional(), month: month.optional() }).strict();
/** Every run reads its request first, so the schema is built with the module, once (not per run). */
const jobInput = z.union([busEvent, scheduledRun, manualRun]);

/** What a run was asked to do, whichever way it was started. */
export function jobRequest(input: unknown, now: Date): JobRequest {
  const request = jobInput.parse(input);
  if ('schedule' in request) return { today: businessDate(new Date(request.scheduledAt)) };
  const { asOf, hallId: hall, month: named } = 'detail' in request ? request.detail : request;
  return { today: asOf ?? businessDate(now), ...(hall ? { hallId: hall } : {}), ...(named ? { month: named } : {}) };
}

export function jobHandler<F extends FunctionName, R extends object>(
  fn: F,
  fromEnvironment: () => DepsOf<F>,
  run: (job: JobRequest, deps: DepsOf<F>) => Promise<R>,
) {
  return lambdaEntry(fn, fromEnvironment, (deps) => async (input: unknown) => {
    let job: JobRequest | undefined;
    try {
      job = jobRequest(input, deps.clock.now());
      // Every line of the run names what it is for: `filter hallId = "h1" and month = "2025-09"`.
      logger.appendKeys({ today: job.today, ...(job.hallId ? { hallId: job.hallId } : {}), ...(job.month ? { month: job.month } : {}) });
      const result = await run(job, deps);
      logger.info('job finished', { job, result });
      return result;
    } catch (err) {
      // A request that could not even be read is logged as it came (job inputs carry no personal data).
      logger.error('job failed', { ...(job ? { job } : { input }), error: err as Error });
      throw err;
    }
  });
}
