/**
 * Every Lambda function of the backend, described once. The CDK stack builds one function per
 * entry (with exactly the grants listed here); the local runtime loads the same entry files.
 * Pure data: no AWS imports, so both consumers can read it cheaply.
 */
import { ASSESSMENT_MONTH_PARTITIONS, AUDIT_PARTITIONS, PARTITIONS } from '#adapters/table';

/** RO: reads and index queries; RW: also writes (no batch writes: nothing uses them); none: no data access. */
export type TableAccess = 'RO' | 'RW' | 'none';

/** The DynamoDB operations each kind of table access allows (IAM actions `dynamodb:<operation>`). */
export const TABLE_OPERATIONS = {
  read: ['GetItem', 'BatchGetItem', 'Query'],
  // Single-item (conditional) writes only; no batch writes (nothing uses them), no
  // transactions, no table administration. DeleteItem only for the functions that delete.
  write: ['PutItem', 'UpdateItem'],
  delete: 'DeleteItem',
} as const;

/** The operations a function may call on the table, and on which partitions it may write. */
export function tableGrantOf(spec: Pick<FunctionSpec, 'table' | 'writesOnly' | 'deletes'>): {
  reads: readonly string[];
  writes: readonly string[];
  writesOnly?: readonly string[];
} {
  if (spec.table === 'none') return { reads: [], writes: [] };
  if (spec.table === 'RO') return { reads: TABLE_OPERATIONS.read, writes: [] };
  return {
    reads: TABLE_OPERATIONS.read,
    writes: spec.deletes ? [...TABLE_OPERATIONS.write, TABLE_OPERATIONS.delete] : TABLE_OPERATIONS.write,
    ...(spec.writesOnly ? { writesOnly: spec.writesOnly } : {}),
  };
}

/** What a function does with the personal-data key: only what it needs (the public function only encrypts). */
export type PersonalDataUse = 'encrypt' | 'decrypt';

export interface FunctionSpec {
  /** Entry file, relative to the repository root. */
  entry: string;
  description: string;
  table: TableAccess;
  /** Whether the function publishes to the hall event bus. */
  publishesEvents: boolean;
  /** Whether it encrypts or decrypts personal data (ID numbers, phones, contacts) with the PII key. */
  personalData?: readonly PersonalDataUse[];
  /** Whether it reads the hashing secret (keyed hashes of idempotency bodies, source addresses, search keys). */
  keyedHash?: true;
  /** An RW function that writes only these partitions (key prefixes, `*` for any characters; `dynamodb:LeadingKeys` in AWS). */
  writesOnly?: readonly string[];
  /** Whether it deletes items (a leave cancelled, a booking's day given back). */
  deletes?: true;
  /** Whether it sends notifications: reads the providers' credentials (Secrets Manager) and may send e-mail (SES). */
  notifies?: true;
  timeoutSeconds: number;
  memoryMb: number;
}

/** An API function: short timeout, enough memory for a fast cold start. */
/**
 * The partitions whose records carry their events (shared/adapters/outbox.ts `putWithEvent`):
 * cases and their notification preferences, complaints, appointments, the queue's tickets, the
 * months' assessment results. The outbox and the reconciliation mark those events published
 * there, and write nowhere else.
 */
const OUTBOXED_PARTITIONS = [PARTITIONS.case, PARTITIONS.complaint, PARTITIONS.appointment, PARTITIONS.queue, ASSESSMENT_MONTH_PARTITIONS];

const api = <P extends boolean>(entry: string, description: string, table: TableAccess, publishesEvents: P) => ({
  entry: `functions/api/${entry}.ts`,
  description,
  table,
  publishesEvents,
  timeoutSeconds: 10,
  memoryMb: 512,
});

export const functionCatalog = {
  setup: {
    ...api('setup', 'Hall set-up: halls, departments, windows, staff, leave, items, calendars; the audit trail', 'RW', false),
    deletes: true, // leave cancelled
  },
  'public-read': {
    ...api('public-read', 'Public reads: service guide, calendar queries, case progress, rankings, OpenAPI document', 'RW', false),
    // It writes nothing but the counters that limit how often one address may try receipt codes.
    writesOnly: [PARTITIONS.rate],
    keyedHash: true,
  },
  cases: {
    ...api('cases', 'Cases: intake, materials, second notices, decisions, staff views', 'RW', false),
    personalData: ['encrypt', 'decrypt'],
    keyedHash: true,
  },
  'public-feedback': {
    ...api('public-feedback', "Public ratings (好差评), complaints and the applicant's notification choice", 'RW', false),
    personalData: ['encrypt'],
    keyedHash: true,
    // Anonymous callers: ratings and notification choices (under their case), complaints, abuse counters, idempotency claims; never a hall record.
    writesOnly: [PARTITIONS.case, PARTITIONS.complaint, PARTITIONS.rate, PARTITIONS.idempotency],
  },
  complaints: { ...api('complaints', 'Complaint inbox, details and resolution', 'RW', false), personalData: ['decrypt'] },
  assessments: {
    ...api('assessments', 'Assessment rules, entries, monthly reports, scoring and rankings', 'RW', false),
    keyedHash: true,
    timeoutSeconds: 29,
    memoryMb: 1024,
  },
  reminders: api('reminders', 'Reminders and notification deliveries of a day', 'RO', false),
  appointments: {
    ...api('appointments', "Appointments for the hall: slot configuration, the day's list, check-in", 'RW', false),
    // Slot configurations (and the audit trail) under the hall, the appointments it checks in, their tickets.
    writesOnly: [PARTITIONS.hall, PARTITIONS.appointment, PARTITIONS.queue],
  },
  'public-appointments': {
    ...api(
      'public-appointments',
      'Online appointments (在线预约): free slots, booking, viewing and cancelling with the cancel code',
      'RW',
      false,
    ),
    personalData: ['encrypt'],
    keyedHash: true,
    // A booking's day given back when its slot is full.
    deletes: true,
    // Anonymous callers: their appointments, the slots' places, the one-per-day locks, abuse counters, idempotency claims.
    writesOnly: [PARTITIONS.appointment, PARTITIONS.slots, PARTITIONS.booker, PARTITIONS.rate, PARTITIONS.idempotency],
  },
  // Its own function: the workbook library (exceljs, about 1 MB, installed beside the bundle and
  // imported for workbooks only: infra/bundling.ts) stays out of every other function.
  statistics: {
    ...api('statistics', 'Monthly statistics and complaint analysis: JSON, CSV, an Excel workbook, a page with charts', 'RO', false),
    timeoutSeconds: 29,
    memoryMb: 1024,
  },
  queue: {
    ...api(
      'queue',
      'Walk-in queue (排队叫号): kiosk tickets, calling, the public screen, rating devices (评价器), the consultation log (首问负责), day statistics',
      'RW',
      false,
    ),
    keyedHash: true, // abuse counters of the kiosk and the screen; fingerprints of rating Idempotency-Keys
    // The queue and the consultation log, ratings (under their case) and rectifications, counters and claims, the audit trail
    // of its staff writes; never a hall record.
    writesOnly: [
      PARTITIONS.queue,
      PARTITIONS.inquiry,
      PARTITIONS.case,
      PARTITIONS.complaint,
      PARTITIONS.rate,
      PARTITIONS.idempotency,
      AUDIT_PARTITIONS,
    ],
  },
  'complaint-router': {
    entry: 'functions/streams/complaint-router.ts',
    description: 'Assigns new complaints and rectifications from the table stream',
    table: 'RW',
    publishesEvents: false,
    timeoutSeconds: 60,
    memoryMb: 512,
  },
  'due-date-recompute': {
    entry: 'functions/streams/due-date-recompute.ts',
    description: "Recomputes open cases' due dates when a hall closure or a national schedule changes the working days",
    table: 'RW',
    publishesEvents: false,
    timeoutSeconds: 300,
    memoryMb: 512,
  },
  'appointment-closures': {
    entry: 'functions/streams/appointment-closures.ts',
    description: 'Cancels the bookings of days a hall closure (or a national schedule) takes away, from the table stream',
    table: 'RW',
    publishesEvents: false,
    writesOnly: [PARTITIONS.appointment, PARTITIONS.slots],
    timeoutSeconds: 300,
    memoryMb: 512,
  },
  outbox: {
    entry: 'functions/streams/outbox.ts',
    description: 'Publishes case, complaint, appointment, notification-preference and ticket-call events from the table stream',
    table: 'RW',
    publishesEvents: true,
    // It only marks the events it published (removes them from the records' outbox).
    writesOnly: OUTBOXED_PARTITIONS,
    timeoutSeconds: 30,
    memoryMb: 256,
  },
  reconciliation: {
    entry: 'functions/jobs/reconciliation.ts',
    description: 'Routes complaints and publishes events whose stream records were lost, from the table',
    table: 'RW',
    publishesEvents: true,
    // Routes complaints and marks events published; nothing else.
    writesOnly: OUTBOXED_PARTITIONS,
    timeoutSeconds: 300,
    memoryMb: 512,
  },
  'month-end-scoring': {
    entry: 'functions/jobs/month-end-scoring.ts',
    description: 'Month-end window assessment and ranking',
    table: 'RW',
    publishesEvents: true,
    timeoutSeconds: 300,
    memoryMb: 1024,
  },
  'deadline-reminders': {
    entry: 'functions/jobs/deadline-reminders.ts',
    description: 'Daily holiday-adjusted deadline reminders',
    table: 'RW',
    publishesEvents: true,
    timeoutSeconds: 300,
    memoryMb: 1024,
  },
  'appointment-day-end': {
    entry: 'functions/jobs/appointment-day-end.ts',
    description: "Daily: the day's no-shows, and tomorrow's bookings reminded (or cancelled if the day closed)",
    table: 'RW',
    publishesEvents: true,
    writesOnly: [PARTITIONS.appointment, PARTITIONS.slots],
    timeoutSeconds: 300,
    memoryMb: 512,
  },
  'queue-day-close': {
    entry: 'functions/jobs/queue-day-close.ts',
    description: "Keeps each hall's queue statistics of the day that ended, for the monthly report",
    table: 'RW',
    publishesEvents: false,
    writesOnly: [PARTITIONS.queue],
    timeoutSeconds: 300,
    memoryMb: 512,
  },
  // The only function that reads a citizen's phone in clear, and the only one with the providers' credentials.
  notifications: {
    entry: 'functions/queues/notifications.ts',
    description: 'Tells people what they must act on (SMS, work-group robots, e-mail), from the notification queue',
    table: 'RW',
    publishesEvents: false,
    personalData: ['decrypt'],
    keyedHash: true,
    notifies: true,
    // Its deliveries and the opt-outs it learns of; it reads cases, complaints, appointments and the hall's staff.
    writesOnly: [PARTITIONS.notification, PARTITIONS.optOut],
    timeoutSeconds: 60,
    memoryMb: 512,
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof functionCatalog;
