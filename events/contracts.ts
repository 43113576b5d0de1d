/**
 * The events the backend publishes on the hall bus (source `hall`), with versioned schemas.
 * Consumers match on detail-type and read `detail.version`; a breaking change gets a new
 * version while the old one is still published for a transition period.
 */
import * as z from 'zod';
import { MONTH_STATUSES } from '#domain/assessment';
import { CONCLUSIONS } from '#domain/cases';
import { COMPLAINT_SOURCES } from '#domain/complaints';
import { REMINDER_KINDS } from '#domain/reminders';
import { ROUTES } from '#domain/routing';
import { builtOnRead } from '#domain/lazy';

/** The `source` of every event the backend publishes on the hall bus. */
export const EVENT_SOURCE = 'hall';

/** The `hallId` of events for the agency rather than one hall (e.g. a missing national schedule). */
export const AGENCY = '*';

/** An event as the backend publishes it: its detail-type and its (schema-checked) detail. */
export interface HallEvent {
  /** The EventBridge detail-type, e.g. `CaseAccepted`. */
  type: EventType;
  detail: { hallId: string } & Record<string, unknown>;
}

/** Where events go: EventBridge in AWS, the local bus on one machine. */
export interface EventPublisher {
  publish(events: HallEvent[]): Promise<void>;
}

// Every schema is built at its first use (a function publishes or reads a few of these events):
// the shared parts are functions too, so that nothing is built when the module is imported.
const base = () => ({ version: z.literal('1'), hallId: z.string() });
/** The version of the record the event is about: with its id, what consumers dedupe on. */
const revision = () => z.number().int().positive();

/** What every case event names: the case, where it is handled and for which item. */
const caseSubject = () => ({ ...base(), revision: revision(), caseId: z.string(), windowId: z.string(), itemId: z.string() });

/** Why a due date moved without a change of status. */
export const DUE_DATE_CAUSES = ['extension', 'calendar'] as const;

const appointment = () =>
  z.object({
    ...base(),
    appointmentId: z.string(),
    itemId: z.string(),
    date: z.string(),
    start: z.string(),
    reason: z.string().optional(),
  });

export const eventSchemas = builtOnRead({
  CaseAccepted: () =>
    z.object({
      ...caseSubject(),
      acceptedAt: z.string(),
      dueDate: z.string(),
      provisional: z.boolean(),
    }),
  /** A case ended: decided (approved, rejected) or closed without a decision (never overdue). */
  CaseConcluded: () =>
    z.object({
      ...caseSubject(),
      outcome: z.enum(CONCLUSIONS),
      concludedAt: z.string(),
      dueDate: z.string().optional(),
      overdue: z.boolean(),
    }),
  /** The clock stopped for a special procedure (Art. 45), with the working days left (0: due or overdue already). */
  CaseSuspended: () =>
    z.object({
      ...caseSubject(),
      suspendedAt: z.string(),
      workingDaysLeft: z.number().int().optional(),
    }),
  /** The clock runs again, with the working days that were left: the new due date. */
  CaseResumed: () =>
    z.object({
      ...caseSubject(),
      resumedAt: z.string(),
      dueDate: z.string(),
      provisional: z.boolean(),
    }),
  /** Referred to the authority that decides (上报): the window's clock stopped here. */
  CaseReferred: () =>
    z.object({
      ...caseSubject(),
      referredAt: z.string(),
      authority: z.string(),
      dueDate: z.string().optional(),
      overdue: z.boolean(),
    }),
  /** Moved to another window (`windowId`, the one that has it now). */
  CaseTransferred: () =>
    z.object({
      ...caseSubject(),
      fromWindowId: z.string(),
      transferredAt: z.string(),
    }),
  /** The due date moved without a change of status: an extension (Art. 42), or a changed calendar. */
  CaseDueDateChanged: () =>
    z.object({
      ...caseSubject(),
      cause: z.enum(DUE_DATE_CAUSES),
      changedAt: z.string(),
      previousDueDate: z.string().optional(),
      dueDate: z.string().optional(),
      provisional: z.boolean(),
    }),
  /** The case waits for materials: the one-time notice at intake, or a second notice later. */
  CaseAwaitingMaterials: () =>
    z.object({
      ...caseSubject(),
      /** Material ids (their names are the item's). */
      missingMaterials: z.array(z.string()),
      secondNotice: z.boolean(),
    }),
  ComplaintRouted: () =>
    z.object({
      ...base(),
      revision: revision(),
      complaintId: z.string(),
      source: z.enum(COMPLAINT_SOURCES),
      windowId: z.string().optional(),
      assignee: z.string().optional(),
      route: z.enum(ROUTES),
      dueDate: z.string(),
    }),
  /** The first response (首次响应) to a complaint or rectification was recorded. */
  ComplaintAnswered: () =>
    z.object({
      ...base(),
      revision: revision(),
      complaintId: z.string(),
      source: z.enum(COMPLAINT_SOURCES),
      respondedAt: z.string(),
    }),
  /** A booking cancelled (a hall closure cancels that day's bookings: one event per booking). */
  AppointmentCancelled: appointment,
  /** The day before a booking. */
  AppointmentTomorrow: appointment,
  /** An applicant opted out of (or back into) the messages that are not essential, with the receipt code. */
  NotificationPreferenceChanged: () => z.object({ ...base(), revision: revision(), caseId: z.string(), optOut: z.boolean() }),
  ReminderIssued: () =>
    z.object({
      ...base(),
      reminderId: z.string(),
      kind: z.enum(REMINDER_KINDS),
      subjectId: z.string(),
      windowId: z.string().optional(),
      recipient: z.string(),
      dueDate: z.string(),
      workingDaysLeft: z.number(),
      asOf: z.string(),
    }),
  HallScoringRequested: () => z.object({ ...base(), month: z.string() }),
  HallRemindersRequested: () => z.object({ ...base(), asOf: z.string() }),
  MonthlyRankingPublished: () =>
    z.object({
      ...base(),
      month: z.string(),
      status: z.enum(MONTH_STATUSES),
      /** 1 from the first computation; a hall admin's revision of a final month adds one. */
      revision: z.number().int().positive(),
      topFive: z.array(z.string()),
      bottomFive: z.array(z.string()),
    }),
  NationalCalendarMissing: () => z.object({ ...base(), asOf: z.string(), years: z.array(z.number()) }),
  /** A ticket was called or recalled to a window: for the hall's screens and voice (请 A001 号到 w1 窗口). */
  TicketCalled: () =>
    z.object({
      ...base(),
      revision: revision(),
      ticketId: z.string(),
      day: z.string(),
      number: z.string(),
      group: z.string(),
      windowId: z.string(),
      calledAt: z.string(),
      /** 1 for the call, 2 and more for recalls. */
      calls: z.number().int().positive(),
    }),
});

export type EventType = keyof typeof eventSchemas;
export type EventDetail<T extends EventType> = z.input<(typeof eventSchemas)[T]>;

/** Builds an event, checking it against its schema (a malformed event is a bug, caught in tests). */
export function hallEvent<T extends EventType>(type: T, detail: Omit<EventDetail<T>, 'version'>): HallEvent {
  // Strict: a field the contract does not name is a bug, not something to drop silently.
  return { type, detail: eventSchemas[type].strict().parse({ version: '1', ...detail }) };
}
