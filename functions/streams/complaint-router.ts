/**
 * The complaint router, fed by the table's stream (filter: newly received complaints and
 * rectifications; see shared/topology/triggers.ts): each is routed (shared/services/
 * complaint-routing.ts). Delivery is at least once, and routing is idempotent. Failed records
 * are reported one by one (partial batch response); one the stream gives up on is routed by
 * the reconciliation sweep.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { Complaint } from '#domain/complaints';
import type { StoreDeps as Deps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { logger } from '#adapters/logger';
import { withoutKeys } from '#adapters/table';
import { lambdaEntry } from '#lambda/entry';
import { routeIfReceived, routingLookups } from '#services/complaint-routing';

const processor = new BatchProcessor(EventType.DynamoDBStreams);

async function routeBatch(d: Deps, event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> {
  const lookups = routingLookups(d);
  return processPartialResponse(
    event,
    async (record: DynamoDBRecord) => {
      const image = record.dynamodb?.NewImage;
      if (!image) return;
      const filed = withoutKeys<Complaint>(unmarshall(image as Record<string, AttributeValue>));
      try {
        await routeIfReceived(d, filed, lookups);
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
