/**
 * Month-end scoring, fanned out per hall. The daily schedule (and a manual run without a
 * hall) publishes one HallScoringRequested event per hall whose previous month is not yet
 * final; the bus rule starts this function once per hall, which scores that hall only. So
 * 500 halls are scored in parallel, each well inside the Lambda time limit.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { businessDate, monthOf, previousMonth } from '#domain/time';
import { assessmentRecords } from '#adapters/assessment-records';
import { deps, type Deps } from '#adapters/deps';
import { hallRecords } from '#adapters/hall-records';
import { logger } from '#adapters/logger';
import { hallEvent } from '#events/contracts';
import { scoringInput } from '#shared/services/job-input';
import { scoreMonth } from '#shared/services/month-scoring';

async function fanOut(d: Deps, month: string) {
  const hallIds = await hallRecords.listHallIds(d);
  const stored = await assessmentRecords.resultsOfHalls(d, hallIds, month);
  const final = new Set(stored.filter((r) => r.status === 'final').map((r) => r.hallId));
  const pending = hallIds.filter((h) => !final.has(h));
  await d.events.publish(pending.map((hallId) => hallEvent('HallScoringRequested', { hallId, month })));
  logger.info('scoring requested', { month, halls: pending.length, alreadyFinal: final.size });
  return { month, requested: pending, alreadyFinal: [...final] };
}

async function run(input: unknown) {
  const d = deps();
  const now = d.clock.now();
  const request = scoringInput.parse(input);
  if ('detail' in request) {
    const { result, changed } = await scoreMonth(d, request.detail.hallId, request.detail.month, now);
    logger.info('hall scored', { hallId: result.hallId, month: result.month, status: result.status, changed });
    return { hallId: result.hallId, month: result.month, status: result.status, changed };
  }
  const today = 'schedule' in request ? businessDate(new Date(request.scheduledAt)) : (request.asOf ?? businessDate(now));
  const month = ('month' in request ? request.month : undefined) ?? previousMonth(monthOf(today));
  if ('hallId' in request && request.hallId) {
    const { result, changed } = await scoreMonth(d, request.hallId, month, now);
    return { hallId: result.hallId, month, status: result.status, changed };
  }
  return fanOut(d, month);
}

export const handler = middy(run).use(injectLambdaContext(logger, { resetKeys: true }));
