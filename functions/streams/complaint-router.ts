/**
 * The complaint router, fed by the table's stream (filter: newly received complaints and
 * rectifications; see shared/topology/triggers.ts). Each record is assigned by the routing rules
 * and its due dates set by the one working-day rule. Delivery is at least once: a record
 * already routed is skipped, and a conditional update means a redelivery never overwrites
 * later work. Failed records are reported one by one (partial batch response). The
 * ComplaintRouted event comes from the outbox once the update is committed.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { assign, type Complaint } from '#domain/complaints';
import { isDomainError } from '#domain/errors';
import type { ServiceLevels } from '#domain/hall-rules';
import { routeComplaint } from '#domain/routing';
import { businessDate, monthOf } from '#domain/time';
import { complaintRecords } from '#adapters/complaint-records';
import type { StoreDeps as Deps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { hallRules } from '#adapters/hall-rules';
import { loadHallSetup, type HallSetup } from '#adapters/hall-setup';
import { logger } from '#adapters/logger';
import { withoutKeys } from '#adapters/table';
import { lambdaEntry } from '#lambda/entry';

/** What routing reads about a hall, read once per batch. */
interface Lookups {
  setupOf: (hallId: string) => Promise<HallSetup>;
  rulesOf: (hallId: string, month: string) => Promise<ServiceLevels>;
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
  const current = await complaintRecords.getAnyHall(d, filed.complaintId);
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
  const next = assign(current, routing, setup.calendar, rules, now);
  try {
    await complaintRecords.update(d, current, next);
  } catch (err) {
    // Someone changed it meanwhile (a concurrent delivery, or a supervisor resolving it): theirs stands.
    if (isDomainError(err, 'STALE_COMPLAINT')) return;
    throw err;
  }
  logger.info('complaint routed', { complaintId: next.complaintId, route: routing.route, assignee: next.assignee });
}

const processor = new BatchProcessor(EventType.DynamoDBStreams);

async function routeBatch(d: Deps, event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> {
  const lookups: Lookups = {
    setupOf: memoized((hallId: string) => loadHallSetup(d, hallId)),
    rulesOf: memoized((hallId: string, month: string) => hallRules.inForce(d, hallId, month)),
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

export const handler = lambdaEntry(
  'complaint-router',
  storeFromEnvironment,
  (d) => (event: DynamoDBStreamEvent, context) => routeBatch(d, event, context),
);
