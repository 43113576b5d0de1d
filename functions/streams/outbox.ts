/**
 * The outbox, fed by the table's stream (filters in shared/topology/triggers.ts): a case whose
 * status changed publishes the event of its new status (CaseAccepted, CaseAwaitingMaterials,
 * CaseSuspended, CaseResumed, CaseReferred, CaseConcluded with its outcome); one given a further
 * notice while waiting for materials CaseAwaitingMaterials again; one that moved to another
 * window CaseTransferred; one whose due date moved otherwise (an extension, a changed calendar)
 * CaseDueDateChanged. A complaint the router has just routed publishes ComplaintRouted, one
 * answered for the first time ComplaintAnswered; an applicant's notification preference
 * NotificationPreferenceChanged; a queue ticket called or recalled to a window TicketCalled. Events
 * exist exactly when their change was committed. Records are published in stream order;
 * redelivered records publish again: consumers dedupe on the subject id and `revision`.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { isConcluded, isOverdue, type Case, type Conclusion } from '#domain/cases';
import type { Complaint } from '#domain/complaints';
import type { NotificationPreference } from '#domain/notification-preferences';
import { ticketCalled, type Ticket } from '#domain/queue';
import type { EventDeps } from '#adapters/deps';
import { systemClock } from '#adapters/clock';
import { eventsFromEnvironment } from '#adapters/events';
import { logger } from '#adapters/logger';
import { ENTITY } from '#adapters/table';
import { hallEvent, type HallEvent } from '#events/contracts';
import { lambdaEntry } from '#lambda/entry';

type Image = Record<string, AttributeValue> | undefined;
const image = <T>(i: Image) => (i ? (unmarshall(i) as T) : undefined);

/** When the change happened: its history entry (the case's last). */
const changedAt = (c: Case) => c.history.at(-1)?.at ?? c.receivedAt;

/** The event of a new status, if it is news. */
function statusEvent(before: Case | undefined, after: Case): HallEvent | undefined {
  const subject = { hallId: after.hallId, revision: after.version, caseId: after.caseId, windowId: after.windowId, itemId: after.itemId };
  const due = after.dueDate ? { dueDate: after.dueDate } : {};
  if (after.status === 'awaiting-materials') {
    // Every missing material at once (一次性告知): at intake, or with a second notice on an accepted case.
    const secondNotice = after.secondNotices > (before?.secondNotices ?? 0);
    return hallEvent('CaseAwaitingMaterials', { ...subject, missingMaterials: after.missingMaterials, secondNotice });
  }
  if (after.status === 'accepted' && after.dueDate) {
    if (before?.status === 'suspended') {
      return hallEvent('CaseResumed', {
        ...subject,
        resumedAt: changedAt(after),
        dueDate: after.dueDate,
        provisional: after.provisional ?? false,
      });
    }
    if (!after.acceptedAt) return undefined;
    return hallEvent('CaseAccepted', {
      ...subject,
      acceptedAt: after.acceptedAt,
      dueDate: after.dueDate,
      provisional: after.provisional ?? false,
    });
  }
  if (after.status === 'suspended') {
    const left = after.pausedWorkingDaysLeft;
    return hallEvent('CaseSuspended', {
      ...subject,
      suspendedAt: changedAt(after),
      ...(left !== undefined ? { workingDaysLeft: left } : {}),
    });
  }
  if (after.status === 'referred' && after.referral) {
    const { at, authority } = after.referral;
    return hallEvent('CaseReferred', { ...subject, referredAt: at, authority, ...due, overdue: isOverdue(after, new Date(at)) });
  }
  if (isConcluded(after) && after.concludedAt) {
    return hallEvent('CaseConcluded', {
      ...subject,
      outcome: after.status as Conclusion,
      concludedAt: after.concludedAt,
      ...due,
      overdue: isOverdue(after, new Date(after.concludedAt)),
    });
  }
  return undefined;
}

/**
 * The event a change stands for, if any: a change of status, of window, or of due date is news,
 * and so is a further notice to a case already waiting for materials.
 */
export function caseEventFor(before: Case | undefined, after: Case): HallEvent | undefined {
  if (before?.status !== after.status || after.secondNotices > before.secondNotices) return statusEvent(before, after);
  const subject = { hallId: after.hallId, revision: after.version, caseId: after.caseId, windowId: after.windowId, itemId: after.itemId };
  if (before.windowId !== after.windowId) {
    return hallEvent('CaseTransferred', { ...subject, fromWindowId: before.windowId, transferredAt: changedAt(after) });
  }
  if (before.dueDate !== after.dueDate) {
    return hallEvent('CaseDueDateChanged', {
      ...subject,
      cause: after.history.at(-1)?.action === 'extended' ? 'extension' : 'calendar',
      changedAt: changedAt(after),
      ...(before.dueDate ? { previousDueDate: before.dueDate } : {}),
      ...(after.dueDate ? { dueDate: after.dueDate } : {}),
      provisional: after.provisional ?? false,
    });
  }
  return undefined;
}

/** ComplaintRouted when the router's update is what this change is; ComplaintAnswered on the first response. */
export function complaintEventFor(before: Complaint | undefined, after: Complaint): HallEvent | undefined {
  if (!before?.firstResponseAt && after.firstResponseAt) {
    return hallEvent('ComplaintAnswered', {
      hallId: after.hallId,
      revision: after.version,
      complaintId: after.complaintId,
      source: after.source,
      respondedAt: after.firstResponseAt,
    });
  }
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

/** An applicant's opt-out (or opt-in) as stored: the sender keeps it per phone. */
export function preferenceEventFor(after: NotificationPreference): HallEvent {
  return hallEvent('NotificationPreferenceChanged', {
    hallId: after.hallId,
    revision: after.version,
    caseId: after.caseId,
    optOut: after.optOut,
  });
}

/** TicketCalled when this change is a call or a recall (a new call time), not other work on a called ticket. */
export function ticketEventFor(before: Ticket | undefined, after: Ticket): HallEvent | undefined {
  if (after.status !== 'called' || after.calledAt === before?.calledAt) return undefined;
  return hallEvent('TicketCalled', ticketCalled(after));
}

function eventFor(record: DynamoDBRecord): HallEvent | undefined {
  const after = image<{ entity?: string }>(record.dynamodb?.NewImage as Image);
  const before = record.dynamodb?.OldImage as Image;
  if (after?.entity === ENTITY.case) return caseEventFor(image<Case>(before), after as Case);
  if (after?.entity === ENTITY.complaint) return complaintEventFor(image<Complaint>(before), after as Complaint);
  if (after?.entity === ENTITY.notificationPreference) return preferenceEventFor(after as NotificationPreference);
  if (after?.entity === ENTITY.ticket) return ticketEventFor(image<Ticket>(before), after as Ticket);
  return undefined;
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
      if (published) await d.events.publish([published]);
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
