/**
 * What starts the non-HTTP functions: the schedules and the table's change stream. One
 * definition with two consumers: the CDK stack (EventBridge Scheduler, Lambda event source
 * mapping) and the local runtime (its cron loop and its change stream).
 */
import { NOTIFIED_EVENTS } from '#domain/notifications';
import type { FunctionName } from './catalog';

export interface ScheduleSpec {
  function: FunctionName;
  /** EventBridge Scheduler cron: minutes hours day-of-month month day-of-week year. */
  cron: string;
  description: string;
}

export const schedules = {
  // Every day: the job itself skips halls for which the day is not a working day, since
  // make-up working days (调休上班) fall on weekends and cannot be expressed in cron.
  'deadline-reminders-daily': {
    function: 'deadline-reminders',
    cron: 'cron(0 8 * * ? *)',
    description: 'Daily deadline reminders at 08:00 China time',
  },
  // Every day, after the halls close: the day's no-shows, and the reminders for tomorrow's bookings
  // (Monday's are sent on Sunday: the reminder is the day before, whatever that day is).
  'appointment-day-end-daily': {
    function: 'appointment-day-end',
    cron: 'cron(0 18 * * ? *)',
    description: "Appointments: the day's no-shows and tomorrow's reminders at 18:00 China time",
  },
  // Shortly after each month ends (provisional ranking), then daily until the month is final.
  'month-end-scoring-monthly': {
    function: 'month-end-scoring',
    cron: 'cron(30 0 * * ? *)',
    description: 'Window assessment of the previous month at 00:30 China time',
  },
  // Lost stream work redone from the table (shared/services/reconciliation.ts): a bound of minutes.
  'reconciliation-every-5-minutes': {
    function: 'reconciliation',
    cron: 'cron(0/5 * * * ? *)',
    description: 'Routes complaints and publishes events the stream consumers missed',
  },
  // Shortly after local midnight, when the queue day has rolled over.
  'queue-day-close-daily': {
    function: 'queue-day-close',
    cron: 'cron(10 0 * * ? *)',
    description: "Keeps the statistics of each hall's queue day that ended, at 00:10 China time",
  },
} as const satisfies Record<string, ScheduleSpec>;

export type ScheduleName = keyof typeof schedules;

export interface StreamSourceSpec {
  function: FunctionName;
  /** Lambda event filter patterns on DynamoDB Streams records (DynamoDB-JSON images). */
  filters: Record<string, unknown>[];
  batchSize: number;
  retryAttempts: number;
  maxRecordAgeSeconds: number;
}

export const complaintRouterSource = {
  function: 'complaint-router',
  // Only newly filed complaints and rectifications; the router's own updates are MODIFY
  // events and never come back to it.
  filters: [
    {
      eventName: ['INSERT'],
      dynamodb: { NewImage: { entity: { S: ['complaint'] }, status: { S: ['received'] } } },
    },
  ],
  batchSize: 25,
  retryAttempts: 5,
  maxRecordAgeSeconds: 3600,
} as const satisfies StreamSourceSpec;

/**
 * The outbox: events about committed changes are published from the stream, so an event
 * exists exactly when its change was committed (at least once), without a transaction
 * between the table and the bus. Every record a change left events pending on (cases,
 * complaints, applicants' notification choices, queue tickets called, monthly rankings:
 * shared/adapters/outbox.ts); marking them published removes the index key the filter looks
 * for, so those changes never come back.
 */
export const outboxSource = {
  function: 'outbox',
  filters: [
    {
      eventName: ['INSERT', 'MODIFY'],
      dynamodb: { NewImage: { pendingPk: { S: [{ exists: true }] } } },
    },
  ],
  batchSize: 50,
  retryAttempts: 5,
  maxRecordAgeSeconds: 3600,
} as const satisfies StreamSourceSpec;

/**
 * Due dates that follow the calendar: a hall closing or opening a date, a national schedule
 * loaded or corrected. Only the calendar records; the consumer's own case writes never come back.
 */
export const dueDateRecomputeSource = {
  function: 'due-date-recompute',
  filters: [
    {
      eventName: ['INSERT', 'MODIFY'],
      dynamodb: { NewImage: { entity: { S: ['hall-calendar-day', 'national-year'] } } },
    },
  ],
  // A national year touches every hall: few records a batch.
  batchSize: 5,
  retryAttempts: 5,
  maxRecordAgeSeconds: 3600,
} as const satisfies StreamSourceSpec;

/**
 * Bookings follow the calendar as due dates do: a hall closing a date, a national schedule
 * loaded or corrected. A day the hall opens cancels nothing, so only closures pass; the
 * consumer's own appointment writes never come back.
 */
export const appointmentClosuresSource = {
  function: 'appointment-closures',
  filters: [
    {
      eventName: ['INSERT', 'MODIFY'],
      dynamodb: { NewImage: { entity: { S: ['hall-calendar-day'] }, open: { BOOL: [false] } } },
    },
    {
      eventName: ['INSERT', 'MODIFY'],
      dynamodb: { NewImage: { entity: { S: ['national-year'] } } },
    },
  ],
  batchSize: 5,
  retryAttempts: 5,
  maxRecordAgeSeconds: 3600,
} as const satisfies StreamSourceSpec;

export const streamSources = {
  'complaint-router': complaintRouterSource,
  outbox: outboxSource,
  'due-date-recompute': dueDateRecomputeSource,
  'appointment-closures': appointmentClosuresSource,
} as const satisfies Record<string, StreamSourceSpec>;

export interface EventRuleSpec {
  function: FunctionName;
  /** The EventBridge detail-type the rule matches on the hall bus (source `hall`). */
  detailType: string;
  description: string;
}

export const eventRules = {
  // The month-end job fans out: one event per hall, one invocation per hall.
  'hall-scoring-requested': {
    function: 'month-end-scoring',
    detailType: 'HallScoringRequested',
    description: 'Scores one hall for one month',
  },
  // The daily reminders fan out the same way: one run per hall.
  'hall-reminders-requested': {
    function: 'deadline-reminders',
    detailType: 'HallRemindersRequested',
    description: 'Issues one hall’s reminders for one day',
  },
} as const satisfies Record<string, EventRuleSpec>;

/**
 * A queue between the hall bus and a function: rules on the bus put the events of
 * `detailTypes` on it; the function takes them in batches, reports the messages it could not
 * finish (they come back after their visibility timeout, or the later time the function asks
 * for: backoff, quiet hours) and after `maxReceiveCount` receipts a message goes to the
 * queue's dead-letter queue. `maxConcurrency` caps the consumers, so a burst of events waits in
 * the queue instead of running into the providers' rate limits.
 */
export interface QueueSpec {
  function: FunctionName;
  detailTypes: readonly string[];
  description: string;
  batchSize: number;
  maxConcurrency: number;
  visibilityTimeoutSeconds: number;
  maxReceiveCount: number;
  retentionDays: number;
}

export const notificationQueue = {
  function: 'notifications',
  // Every kind a notification rule exists for, and the opt-outs the sender keeps per phone.
  detailTypes: [...NOTIFIED_EVENTS, 'NotificationPreferenceChanged'],
  description: 'Events someone must be told about, on their way to the notification sender',
  batchSize: 10,
  maxConcurrency: 5,
  // Six times the function's timeout (as AWS advises for SQS event sources): a slow batch is
  // not handed to a second consumer while the first still works on it.
  visibilityTimeoutSeconds: 360,
  // Enough for every attempt of a delivery (MAX_ATTEMPTS) plus a night held by the quiet hours
  // and a few handler failures; a delivery's own attempts end in `failed`, not here.
  maxReceiveCount: 10,
  retentionDays: 4,
} as const satisfies QueueSpec;

export const queues = { notifications: notificationQueue } as const satisfies Record<string, QueueSpec>;
export type QueueName = keyof typeof queues;
