/**
 * The outbox, fed by the table's stream (filters in shared/topology/triggers.ts): a case whose
 * status changed into `accepted` publishes CaseAccepted, into `approved`/`rejected`
 * CaseConcluded; a complaint the router has just routed publishes ComplaintRouted. Events
 * exist exactly when their change was committed. Records are published in stream order;
 * redelivered records publish again: consumers dedupe on the subject id and `revision`.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { isConcluded, isOverdue, type Case } from '#domain/cases';
import type { Complaint } from '#domain/complaints';
import type { EventDeps } from '#adapters/deps';
import { systemClock } from '#adapters/clock';
import { eventsFromEnvironment } from '#adapters/events';
import { logger } from '#adapters/logger';
import { recordMetric } from '#adapters/metrics';
import { ENTITY } from '#adapters/table';
import { hallEvent, type HallEvent } from '#events/contracts';
import { lambdaEntry } from '#lambda/entry';

type Image = Record<string, AttributeValue> | undefined;
const image = <T>(i: Image) => (i ? (unmarshall(i) as T) : undefined);

/** The event a change stands for, if any: only a change of status is news. */
export function caseEventFor(before: Case | undefined, after: Case): HallEvent | undefined {
  if (before?.status === after.status) return undefined;
  const subject = { hallId: after.hallId, revision: after.version, caseId: after.caseId, windowId: after.windowId, itemId: after.itemId };
  if (after.status === 'accepted' && after.acceptedAt && after.dueDate) {
    return hallEvent('CaseAccepted', {
      ...subject,
      acceptedAt: after.acceptedAt,
      dueDate: after.dueDate,
      provisional: after.provisional ?? false,
    });
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

/** ComplaintRouted when the router's update is what this change is. */
export function complaintEventFor(before: Complaint | undefined, after: Complaint): HallEvent | undefined {
  if (before?.route || !after.route || !after.dueDate) return undefined;
  return hallEvent('ComplaintRouted', {
    hallId: after.hallId,
    revision: after.version,
    complaintId: after.complaintId,
    source: after.source,
    ...(after.windowId ? { windowId: after.windowId } : {}),
    ...(after.assignee ? { assignee: after.assignee } : {}),
    route: after.route,
    dueDate: after.dueDate,
  });
}

function eventFor(record: DynamoDBRecord): HallEvent | undefined {
  const after = image<{ entity?: string }>(record.dynamodb?.NewImage as Image);
  const before = record.dynamodb?.OldImage as Image;
  if (after?.entity === ENTITY.case) return caseEventFor(image<Case>(before), after as Case);
  if (after?.entity === ENTITY.complaint) return complaintEventFor(image<Complaint>(before), after as Complaint);
  return undefined;
}

/** The outbox is the one place that sees every case accepted and concluded: it counts them. */
function count(event: HallEvent): void {
  if (event.type === 'CaseAccepted') recordMetric('CasesAccepted');
  if (event.type === 'CaseConcluded') {
    recordMetric('CasesConcluded');
    if (event.detail.overdue === true) recordMetric('CasesConcludedOverdue');
  }
}

/**
 * In stream order, stopping at the first failure: that record and every one after it are
 * reported failed, so the retry starts there and no event overtakes an earlier one.
 * (Powertools' BatchProcessor goes on past a failure, which is right for the router but not
 * for an ordered outbox.)
 */
async function publishBatch(d: EventDeps, event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  for (const [i, record] of event.Records.entries()) {
    try {
      const published = eventFor(record);
      if (published) {
        await d.events.publish([published]);
        count(published);
      }
    } catch (err) {
      logger.error('outbox publish failed; retrying from this record', { eventID: record.eventID, error: err as Error });
      return { batchItemFailures: event.Records.slice(i).map((r) => ({ itemIdentifier: r.dynamodb?.SequenceNumber ?? '' })) };
    }
  }
  return { batchItemFailures: [] };
}

// The outbox reads nothing from the table (its catalog entry grants none): the bus only.
export const handler = lambdaEntry(
  'outbox',
  () => ({ clock: systemClock, events: eventsFromEnvironment() }),
  (d) => (event: DynamoDBStreamEvent) => publishBatch(d, event),
);
