/**
 * The case-event outbox, fed by the table's stream (filter: case records that are accepted or
 * concluded). A record whose status changed into `accepted` publishes CaseAccepted; into
 * `approved`/`rejected`, CaseConcluded. Redelivered records publish again: consumers dedupe
 * on (caseId, type, version).
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { Context, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { isConcluded, isOverdue, type Case } from '#domain/cases';
import { deps } from '#adapters/deps';
import type { HallEvent } from '#adapters/events';
import { logger } from '#adapters/logger';
import { hallEvent } from '#events/contracts';

const image = (i: Record<string, AttributeValue> | undefined) => (i ? (unmarshall(i) as Case) : undefined);

/** The event a change stands for, if any: only a change of status is news. */
export function caseEventFor(before: Case | undefined, after: Case): HallEvent | undefined {
  if (before?.status === after.status) return undefined;
  const subject = { hallId: after.hallId, caseId: after.caseId, windowId: after.windowId, itemId: after.itemId };
  if (after.status === 'accepted' && after.acceptedAt && after.dueDate) {
    return hallEvent('CaseAccepted', { ...subject, acceptedAt: after.acceptedAt, dueDate: after.dueDate, provisional: after.provisional ?? false });
  }
  if (isConcluded(after) && after.concludedAt) {
    return hallEvent('CaseConcluded', {
      ...subject,
      outcome: after.status as 'approved' | 'rejected',
      concludedAt: after.concludedAt,
      ...(after.dueDate ? { dueDate: after.dueDate } : {}),
      overdue: isOverdue(after, new Date(after.concludedAt)),
    });
  }
  return undefined;
}

const processor = new BatchProcessor(EventType.DynamoDBStreams);

async function publishBatch(event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> {
  const d = deps();
  return processPartialResponse(
    event,
    async (record: DynamoDBRecord) => {
      const after = image(record.dynamodb?.NewImage as Record<string, AttributeValue> | undefined);
      if (!after) return;
      const published = caseEventFor(image(record.dynamodb?.OldImage as Record<string, AttributeValue> | undefined), after);
      if (published) await d.events.publish([published]);
    },
    processor,
    { context },
  );
}

export const handler = middy(publishBatch).use(injectLambdaContext(logger, { resetKeys: true }));
