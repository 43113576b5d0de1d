/**
 * Month-end scoring, fanned out per hall. The daily schedule (and a manual run without a
 * hall) publishes one HallScoringRequested event per hall whose month is not yet final; the
 * bus rule starts this function once per hall, which scores that hall only. So 500 halls are
 * scored in parallel, each well inside the Lambda time limit.
 */
import { monthOf, previousMonth } from '#domain/time';
import { assessmentRecords } from '#adapters/assessment-records';
import type { EventDeps, StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { eventsFromEnvironment } from '#adapters/events';
import { hallRecords } from '#adapters/hall-records';
import { logger } from '#adapters/logger';
import { recordMetric } from '#adapters/metrics';
import { hallEvent } from '#events/contracts';
import { jobHandler } from '#lambda/job';
import { scoreMonth } from '#services/month-scoring';

async function fanOut(d: StoreDeps & EventDeps, month: string) {
  const hallIds = await hallRecords.listHallIds(d);
  const stored = await assessmentRecords.resultsOfHalls(d, hallIds, month);
  const final = new Set(stored.filter((r) => r.status === 'final').map((r) => r.hallId));
  const pending = hallIds.filter((h) => !final.has(h));
  await d.events.publish(pending.map((hallId) => hallEvent('HallScoringRequested', { hallId, month })));
  return { month, requested: pending, alreadyFinal: [...final] };
}

export const handler = jobHandler(
  'month-end-scoring',
  () => ({ ...storeFromEnvironment(), events: eventsFromEnvironment() }),
  async ({ today, hallId, month = previousMonth(monthOf(today)) }, d) => {
    // Every line of the run, the failure included, names the month it was for.
    logger.appendKeys({ month });
    if (!hallId) return fanOut(d, month);
    // The job never revises: a final month answers unchanged.
    const started = Date.now();
    const { result, changed } = await scoreMonth(d, hallId, month, { now: d.clock.now(), by: 'month-end-scoring' });
    recordMetric('MonthEndScoringDuration', Date.now() - started, { hallId, month });
    recordMetric('MonthEndWindowsScored', result.windows.length);
    return { hallId, month, status: result.status, revision: result.revision, changed };
  },
);
