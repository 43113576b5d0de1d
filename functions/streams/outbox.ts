/**
 * The outbox, fed by the table's stream (filter: records with events pending, in
 * shared/topology/triggers.ts). A change's event is decided when the change is written
 * (events/changes.ts: a case's new status, window or due date, a complaint routed or answered,
 * an applicant's notification choice, a booking the hall cancelled) and kept on the record until published
 * (shared/adapters/outbox.ts), so events exist exactly when their change was committed. Each
 * record's new events are published in stream order, then marked published; redelivered
 * records publish again, and the reconciliation sweep publishes what a lost record left:
 * consumers dedupe on the subject id and `revision`.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { EventDeps, StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { eventsFromEnvironment } from '#adapters/events';
import { logger } from '#adapters/logger';
import { addedEvents } from '#adapters/outbox';
import type { Key } from '#adapters/table';
import { lambdaEntry } from '#lambda/entry';
import { publishPending } from '#services/publication';

type Image = Record<string, AttributeValue> | undefined;
const image = (i: Image) => (i ? unmarshall(i) : undefined);

/** Publishes the events this change added (not those an earlier change left pending: theirs are on their way). */
async function publishChange(d: StoreDeps & EventDeps, record: DynamoDBRecord): Promise<void> {
  const change = record.dynamodb;
  await publishPending(
    d,
    image(change?.Keys as Image) as Key,
    addedEvents(image(change?.OldImage as Image), image(change?.NewImage as Image)),
  );
}

/**
 * In stream order, stopping at the first failure: that record and every one after it are
 * reported failed, so the retry starts there and no event overtakes an earlier one.
 * (Powertools' BatchProcessor goes on past a failure, which is right for the router but not
 * for an ordered outbox.)
 */
async function publishBatch(d: StoreDeps & EventDeps, event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  for (const [i, record] of event.Records.entries()) {
    try {
      await publishChange(d, record);
    } catch (err) {
      logger.error('outbox publish failed; retrying from this record', { eventID: record.eventID, error: err as Error });
      return { batchItemFailures: event.Records.slice(i).map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber ?? '' })) };
    }
  }
  return { batchItemFailures: [] };
}

export const handler = lambdaEntry(
  'outbox',
  () => ({ ...storeFromEnvironment(), events: eventsFromEnvironment() }),
  (d) => (event: DynamoDBStreamEvent) => publishBatch(d, event),
);
