/**
 * The complaint router, fed by the table's stream (filter: newly received complaints and
 * rectifications; see functions/triggers.ts). Each record is assigned by the routing rules
 * and its due dates set by the one working-day rule. Delivery is at least once: a record
 * already routed is skipped, and a conditional update means a redelivery never overwrites
 * later work. Failed records are reported one by one (partial batch response). The
 * ComplaintRouted event comes from the outbox once the update is committed.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { AssessmentRules } from '#domain/assessment';
import { assign, type Complaint } from '#domain/complaints';
import { DomainError } from '#domain/errors';
import { routeComplaint } from '#domain/routing';
import { businessDate, monthOf } from '#domain/time';
import { assessmentRules } from '#adapters/assessment-rules';
import { complaintRecords } from '#adapters/complaint-records';
import { deps, type Deps } from '#adapters/deps';
import { loadHallSetup, type HallSetup } from '#adapters/hall-setup';
import { logger } from '#adapters/logger';
import { withoutKeys } from '#adapters/table';

/** What routing reads about a hall, read once per batch. */
interface Lookups {
  setupOf(hallId: string): Promise<HallSetup>;
  rulesOf(hallId: string, month: string): Promise<AssessmentRules>;
}

function memoized<A extends string[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (...args) => {
    const key = args.join('\u0000'); // ids and months never contain NUL
    let value = loaded.get(key);
    if (!value) loaded.set(key, (value = load(...args)));
    return value;
  };
}

async function route(d: Deps, filed: Complaint, { setupOf, rulesOf }: Lookups): Promise<void> {
  // The image may be old news: read the record as it is now.
  const current = await complaintRecords.get(d, filed.complaintId);
  if (!current || current.route || current.status !== 'received') {
    logger.info('already routed; skipped', { complaintId: filed.complaintId });
    return;
  }
  const now = d.clock.now();
  const [setup, rules] = await Promise.all([
    setupOf(current.hallId),
    rulesOf(current.hallId, monthOf(businessDate(new Date(current.receivedAt)))),
  ]);
  const routing = routeComplaint({
    ...(current.windowId ? { windowId: current.windowId } : {}),
    ...(current.itemId ? { itemId: current.itemId } : {}),
    date: businessDate(now),
    ...setup,
  });
  const next = assign(current, routing, setup.calendar, { ...rules, firstResponseDays: rules.complaintFirstResponseDays }, now);
  try {
    await complaintRecords.update(d, current, next);
  } catch (err) {
    // Someone changed it meanwhile (a concurrent delivery, or a supervisor resolving it): theirs stands.
    if (err instanceof DomainError && err.code === 'STALE_COMPLAINT') return;
    throw err;
  }
  logger.info('complaint routed', { complaintId: next.complaintId, route: routing.route, assignee: next.assignee });
}

const processor = new BatchProcessor(EventType.DynamoDBStreams);

async function routeBatch(event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> {
  const d = deps();
  const lookups: Lookups = {
    setupOf: memoized((hallId: string) => loadHallSetup(d, hallId)),
    rulesOf: memoized((hallId: string, month: string) => assessmentRules.inForce(d, hallId, month)),
  };
  return processPartialResponse(
    event,
    async (record: DynamoDBRecord) => {
      const image = record.dynamodb?.NewImage;
      if (!image) return;
      const filed = withoutKeys<Complaint>(unmarshall(image as Record<string, AttributeValue>));
      try {
        await route(d, filed, lookups);
      } catch (err) {
        logger.error('routing failed; the record will be retried', {
          complaintId: filed.complaintId,
          eventID: record.eventID,
          error: err as Error,
        });
        throw err;
      }
    },
    processor,
    { context },
  );
}

export const handler = middy(routeBatch).use(injectLambdaContext(logger, { resetKeys: true }));
