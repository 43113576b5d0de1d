/**
 * The event a committed change stands for, if any: what the outbox publishes. Decided from the
 * record before and after the change, when it is written (shared/adapters/outbox.ts keeps it on
 * the record until it is published), so an event exists exactly when its change was committed.
 * Consumers dedupe on the subject id and `revision`.
 */
import { isConcluded, isOverdue, type Case, type Conclusion } from '#domain/cases';
import type { Appointment } from '#domain/appointments';
import type { Complaint } from '#domain/complaints';
import type { NotificationPreference } from '#domain/notification-preferences';
import { ticketCalled, type Ticket } from '#domain/queue';
import { hallEvent, type HallEvent } from './contracts';

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

/** A booking the hall cancelled (a closure): its applicant is told, with the reason. */
export function appointmentEventFor(before: Appointment | undefined, after: Appointment): HallEvent | undefined {
  if (before?.status !== 'booked' || after.status !== 'cancelled-by-hall') return undefined;
  return hallEvent('AppointmentCancelled', {
    hallId: after.hallId,
    appointmentId: after.appointmentId,
    itemId: after.itemId,
    date: after.date,
    start: after.start,
    ...(after.reason ? { reason: after.reason } : {}),
  });
}

/** A queue ticket called or recalled to a window (a new call time), for the hall's screens and voice; other work on it is no news. */
export function ticketEventFor(before: Ticket | undefined, after: Ticket): HallEvent | undefined {
  if (after.status !== 'called' || after.calledAt === before?.calledAt) return undefined;
  return hallEvent('TicketCalled', ticketCalled(after));
}
