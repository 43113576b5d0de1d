/**
 * Every Lambda function of the backend, described once. The CDK stack builds one function per
 * entry (with exactly the grants listed here); the local runtime loads the same entry files.
 * Pure data: no AWS imports, so both consumers can read it cheaply.
 */

/** RO: reads and index queries; RW: also writes (no batch writes: nothing uses them); none: no data access. */
export type TableAccess = 'RO' | 'RW' | 'none';

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
  /** Whether it sends notifications: reads the providers' credentials (Secrets Manager) and may send e-mail (SES). */
  notifies?: boolean;
  timeoutSeconds: number;
  memoryMb: number;
}

/** An API function: short timeout, enough memory for a fast cold start. */
const api = <P extends boolean>(entry: string, description: string, table: TableAccess, publishesEvents: P) => ({
  entry: `functions/api/${entry}.ts`,
  description,
  table,
  publishesEvents,
  timeoutSeconds: 10,
  memoryMb: 512,
});

export const functionCatalog = {
  setup: api('setup', 'Hall set-up: halls, departments, windows, staff, leave, items, calendars', 'RW', false),
  'public-read': api('public-read', 'Public reads: service guide, calendar queries, case progress, OpenAPI document', 'RO', false),
  cases: {
    ...api('cases', 'Cases: intake, materials, second notices, decisions, staff views', 'RW', false),
    personalData: ['encrypt', 'decrypt'],
  },
  'public-feedback': { ...api('public-feedback', 'Public ratings (好差评) and complaints', 'RW', false), personalData: ['encrypt'] },
  complaints: { ...api('complaints', 'Complaint inbox, details and resolution', 'RW', false), personalData: ['decrypt'] },
  assessments: {
    ...api('assessments', 'Assessment rules, entries, monthly reports, scoring and rankings', 'RW', true),
    timeoutSeconds: 29,
    memoryMb: 1024,
  },
  reminders: api('reminders', 'Reminders and notification deliveries of a day', 'RO', false),
  'complaint-router': {
    entry: 'functions/streams/complaint-router.ts',
    description: 'Assigns new complaints and rectifications from the table stream',
    table: 'RW',
    publishesEvents: false,
    timeoutSeconds: 60,
    memoryMb: 512,
  },
  outbox: {
    entry: 'functions/streams/outbox.ts',
    description: 'Publishes case, complaint and notification-preference events from the table stream',
    table: 'none',
    publishesEvents: true,
    timeoutSeconds: 30,
    memoryMb: 256,
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
  // The only function that reads a citizen's phone in clear, and the only one with the providers' credentials.
  notifications: {
    entry: 'functions/queues/notifications.ts',
    description: 'Tells people what they must act on (SMS, work-group robots, e-mail), from the notification queue',
    table: 'RW',
    publishesEvents: false,
    personalData: ['decrypt'],
    notifies: true,
    timeoutSeconds: 60,
    memoryMb: 512,
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof functionCatalog;
