/**
 * The single table: its definition (shared by the CDK stack and the local store) and every
 * key format. No other module builds a key string or names an index.
 *
 * Layout (pk / sk):
 *   HALL#<hallId>          PROFILE | DEPT#<id> | WINDOW#<id> | STAFF#<id> | LEAVE#<staffId>#<from>
 *                          ITEM#<id> | CALENDAR#<date> | RULES#<effective month> | SLOTS#<itemId> (slot configuration)
 *   CALENDAR#NATIONAL      YEAR#<yyyy>
 *   CASE#<caseId>          CASE | RATING | NOTIFICATION-PREFERENCE | SEARCH#<key> (the blind index: gsi1 by keyed hash)
 *   COMPLAINT#<id>         COMPLAINT
 *   NOTIFICATION#<id>      NOTIFICATION         (one delivery: event, recipient, channel)
 *   OPT-OUT#<pseudonym>    OPT-OUT              (an applicant's opt-out, by a keyed hash of the phone)
 *   APPOINTMENT#<id>       APPOINTMENT          (gsi1: the hall's day; gsi2 while booked; gsi4 no-shows by month)
 *   SLOTS#<hallId>#<item>  <date>T<start>       (who holds the slot's places: a string set of appointment ids)
 *   BOOKER#<keyed hash>    BOOKER               (one booking per phone, item and day; expires through TTL)
 *   HALL#<h>#ASSESS#<m>    ENTRY#<id> | RESULT | RESULT#<revision> | REPORT#<windowId> | STATISTICS#<view>
 *   HALL#<h>#REMINDERS#<d> <kind>#<subjectId>
 *   HALL#<h>#AUDIT         <at>#<requestId>     (gsi1: by actor)
 *   AGENCY#WARNINGS        <date>#<kind>
 *   RATE#<limit>#<source>  <window start>       (expire through TTL)
 *   IDEMPOTENCY#<scope>    <key>
 *   QUEUE#<h>              GROUPS               (the hall's ticket groups)
 *   QUEUE#<h>#<day>        TICKET#<ticketId> | COUNTER#<group> | DESK#<windowId>   (one queue day; counters and desks expire)
 *   QUEUE#<h>#STATISTICS   <day>                (a closed day's statistics)
 *   INQUIRY#<h>#<month>    <at>#<inquiryId>     (the consultation log; gsi1: by the window whose list it is on, per day)
 *
 * Indexes are overloaded (gsi1..gsi3) so new access patterns do not need new indexes;
 * `byDue` is sparse: only open work with a due date carries its keys.
 */

export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;
export const TTL_ATTRIBUTE = 'expiresAt';

export const INDEXES = {
  /** Halls registry; cases by window and month; complaints by assignee; cases by search key (blind index items); a hall's appointments of a day; tickets served with a case; inquiries by window and day. */
  gsi1: { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  /** Cases and complaints by hall and status; a hall's booked appointments by date. */
  gsi2: { partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  /** Cases and complaints by hall and month received; ratings by hall and month; notification deliveries by hall and day. */
  gsi3: { partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  /** Cases by hall and month concluded; complaints by hall and month resolved; no-shows by hall and month. */
  gsi4: { partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
  /** Sparse: open cases, complaints and rectifications by hall and due date. */
  byDue: { partitionKey: 'duePk', sortKey: 'dueSk' },
  /** Sparse: records whose change has an event not yet published (shared/adapters/outbox.ts), by hall and since when. */
  byPending: { partitionKey: 'pendingPk', sortKey: 'pendingSk' },
} as const;

export type IndexName = keyof typeof INDEXES;

/**
 * The `entity` attribute of every item: what it is, for the stream filters (shared/topology/
 * triggers.ts), the outbox and anyone reading an export.
 */
export const ENTITY = {
  hall: 'hall',
  department: 'department',
  window: 'window',
  staff: 'staff',
  leave: 'leave',
  item: 'item',
  hallCalendarDay: 'hall-calendar-day',
  nationalYear: 'national-year',
  hallRules: 'hall-rules',
  setupRevision: 'setup-revision',
  case: 'case',
  caseSearchKey: 'case-search-key',
  rating: 'rating',
  complaint: 'complaint',
  assessmentEntry: 'assessment-entry',
  assessmentResult: 'assessment-result',
  windowReport: 'window-report',
  monthStatistics: 'month-statistics',
  reminder: 'reminder',
  agencyWarning: 'agency-warning',
  idempotency: 'idempotency',
  audit: 'audit',
  notification: 'notification',
  notificationPreference: 'notification-preference',
  optOut: 'opt-out',
  slotConfig: 'slot-config',
  appointment: 'appointment',
  slot: 'slot',
  bookingLock: 'booking-lock',
  ticketGroups: 'ticket-groups',
  ticket: 'ticket',
  ticketCounter: 'ticket-counter',
  queueDesk: 'queue-desk',
  queueDayStatistics: 'queue-day-statistics',
  inquiry: 'inquiry',
} as const;
export type Entity = (typeof ENTITY)[keyof typeof ENTITY];

export interface Key {
  pk: string;
  sk: string;
}

/** What each partition key starts with (the stack narrows some functions' writes to a few of them). */
export const PARTITIONS = {
  hall: 'HALL#',
  nationalCalendar: 'CALENDAR#',
  case: 'CASE#',
  complaint: 'COMPLAINT#',
  agency: 'AGENCY#',
  rate: 'RATE#',
  idempotency: 'IDEMPOTENCY#',
  notification: 'NOTIFICATION#',
  optOut: 'OPT-OUT#',
  appointment: 'APPOINTMENT#',
  slots: 'SLOTS#',
  booker: 'BOOKER#',
  queue: 'QUEUE#',
  inquiry: 'INQUIRY#',
} as const;

/**
 * The partitions of every hall's assessment months (entries, results, reports), as a pattern of
 * partition keys in IAM's StringLike form (`*`: any characters): functions that may write
 * there but nowhere else under the hall name it in `writesOnly`.
 */
export const ASSESSMENT_MONTH_PARTITIONS = `${PARTITIONS.hall}*#ASSESS#`;

/** Every hall's audit trail, in the same form: a function auditing staff writes writes there. */
export const AUDIT_PARTITIONS = `${PARTITIONS.hall}*#AUDIT`;

const hallPk = (hallId: string) => `${PARTITIONS.hall}${hallId}`;
// Ids are [A-Za-z0-9_-]: `#` separates them unambiguously.
const slotsPk = (hallId: string, itemId: string) => `${PARTITIONS.slots}${hallId}#${itemId}`;
const bookedPk = (hallId: string) => `${hallPk(hallId)}#APPOINTMENTS#BOOKED`;
const queuePk = (hallId: string) => `${PARTITIONS.queue}${hallId}`;
/** One queue day of a hall: its tickets, the counters that number them and the windows' desks. */
const queueDayPk = (hallId: string, day: string) => `${queuePk(hallId)}#${day}`;
const inquiryPk = (hallId: string, month: string) => `${PARTITIONS.inquiry}${hallId}#${month}`;
const inquiryListPk = (hallId: string, windowId: string, day: string) => `${PARTITIONS.inquiry}${hallId}#WINDOW#${windowId}#${day}`;
const ticketsOfCasePk = (hallId: string, caseId: string) => `${queuePk(hallId)}#CASE#${caseId}`;

export const keys = {
  hall: (hallId: string): Key => ({ pk: hallPk(hallId), sk: 'PROFILE' }),
  department: (hallId: string, departmentId: string): Key => ({ pk: hallPk(hallId), sk: `DEPT#${departmentId}` }),
  window: (hallId: string, windowId: string): Key => ({ pk: hallPk(hallId), sk: `WINDOW#${windowId}` }),
  staff: (hallId: string, staffId: string): Key => ({ pk: hallPk(hallId), sk: `STAFF#${staffId}` }),
  leave: (hallId: string, staffId: string, from: string): Key => ({ pk: hallPk(hallId), sk: `LEAVE#${staffId}#${from}` }),
  item: (hallId: string, itemId: string): Key => ({ pk: hallPk(hallId), sk: `ITEM#${itemId}` }),
  hallCalendarDay: (hallId: string, date: string): Key => ({ pk: hallPk(hallId), sk: `CALENDAR#${date}` }),
  hallRules: (hallId: string, effectiveFrom: string): Key => ({ pk: hallPk(hallId), sk: `RULES#${effectiveFrom}` }),
  nationalYear: (year: number): Key => ({ pk: `${PARTITIONS.nationalCalendar}NATIONAL`, sk: `YEAR#${year}` }),
  /** Moved by every write to what requests cache of a hall's set-up (shared/adapters/setup-cache.ts). */
  setupRevision: (hallId: string): Key => ({ pk: hallPk(hallId), sk: 'SETUP-REVISION' }),
  /** The same for the national calendar, which every hall's calendar starts from. */
  nationalCalendarRevision: (): Key => ({ pk: `${PARTITIONS.nationalCalendar}NATIONAL`, sk: 'REVISION' }),
  case: (caseId: string): Key => ({ pk: `${PARTITIONS.case}${caseId}`, sk: 'CASE' }),
  rating: (caseId: string): Key => ({ pk: `${PARTITIONS.case}${caseId}`, sk: 'RATING' }),
  /** One search key of a case (its blind index item), beside the case. */
  caseSearchKey: (caseId: string, key: string): Key => ({ pk: `${PARTITIONS.case}${caseId}`, sk: `SEARCH#${key}` }),
  complaint: (complaintId: string): Key => ({ pk: `${PARTITIONS.complaint}${complaintId}`, sk: 'COMPLAINT' }),
  assessmentEntry: (hallId: string, month: string, entryId: string): Key => ({
    pk: `${hallPk(hallId)}#ASSESS#${month}`,
    sk: `ENTRY#${entryId}`,
  }),
  assessmentResult: (hallId: string, month: string): Key => ({ pk: `${hallPk(hallId)}#ASSESS#${month}`, sk: 'RESULT' }),
  /** One staff write, in the hall's audit trail (ordered by time). */
  audit: (hallId: string, at: string, requestId: string): Key => ({ pk: `${hallPk(hallId)}#AUDIT`, sk: `${at}#${requestId}` }),
  /** Each final revision of a month's result, kept as it was published. */
  assessmentRevision: (hallId: string, month: string, revision: number): Key => ({
    pk: `${hallPk(hallId)}#ASSESS#${month}`,
    sk: `RESULT#${String(revision).padStart(4, '0')}`,
  }),
  windowReport: (hallId: string, month: string, windowId: string): Key => ({
    pk: `${hallPk(hallId)}#ASSESS#${month}`,
    sk: `REPORT#${windowId}`,
  }),
  /** One view of a month's statistics, kept with its assessment. */
  monthStatistics: (hallId: string, month: string, view: string): Key => ({
    pk: `${hallPk(hallId)}#ASSESS#${month}`,
    sk: `STATISTICS#${view}`,
  }),
  reminder: (hallId: string, date: string, kind: string, subjectId: string): Key => ({
    pk: `${hallPk(hallId)}#REMINDERS#${date}`,
    sk: `${kind}#${subjectId}`,
  }),
  agencyWarning: (date: string, kind: string): Key => ({ pk: `${PARTITIONS.agency}WARNINGS`, sk: `${date}#${kind}` }),
  rateWindow: (limit: string, source: string, windowStart: number): Key => ({
    pk: `${PARTITIONS.rate}${limit}#${source}`,
    sk: String(windowStart),
  }),
  idempotency: (scope: string, key: string): Key => ({ pk: `${PARTITIONS.idempotency}${scope}`, sk: key }),
  notification: (notificationId: string): Key => ({ pk: `${PARTITIONS.notification}${notificationId}`, sk: 'NOTIFICATION' }),
  notificationPreference: (caseId: string): Key => ({ pk: `${PARTITIONS.case}${caseId}`, sk: 'NOTIFICATION-PREFERENCE' }),
  optOut: (pseudonym: string): Key => ({ pk: `${PARTITIONS.optOut}${pseudonym}`, sk: 'OPT-OUT' }),
  /** An item's appointment settings (its own record: PUT .../items/{itemId} replaces the item). */
  slotConfig: (hallId: string, itemId: string): Key => ({ pk: hallPk(hallId), sk: `SLOTS#${itemId}` }),
  appointment: (appointmentId: string): Key => ({ pk: `${PARTITIONS.appointment}${appointmentId}`, sk: 'APPOINTMENT' }),
  /** One slot of an item: its sort key is the slot key (`2025-10-09T09:30`), so a range of dates is one Query. */
  slot: (hallId: string, itemId: string, slotKey: string): Key => ({ pk: slotsPk(hallId, itemId), sk: slotKey }),
  /** "One booking per phone per item per day", under a keyed hash of exactly that (never the phone). */
  bookingLock: (digest: string): Key => ({ pk: `${PARTITIONS.booker}${digest}`, sk: 'BOOKER' }),
  ticketGroups: (hallId: string): Key => ({ pk: queuePk(hallId), sk: 'GROUPS' }),
  ticket: (hallId: string, day: string, ticketId: string): Key => ({ pk: queueDayPk(hallId, day), sk: `TICKET#${ticketId}` }),
  /** The day's numbers of one group (A001…): one atomic counter. */
  ticketCounter: (hallId: string, day: string, group: string): Key => ({ pk: queueDayPk(hallId, day), sk: `COUNTER#${group}` }),
  /** A window's desk: the lease that lets one call-next at a time run for the window. */
  queueDesk: (hallId: string, day: string, windowId: string): Key => ({ pk: queueDayPk(hallId, day), sk: `DESK#${windowId}` }),
  queueDayStatistics: (hallId: string, day: string): Key => ({ pk: `${queuePk(hallId)}#STATISTICS`, sk: day }),
  /** Sorted by the time it was recorded (`at` carries +08:00, so it sorts by day within the month). */
  inquiry: (hallId: string, month: string, at: string, inquiryId: string): Key => ({
    pk: inquiryPk(hallId, month),
    sk: `${at}#${inquiryId}`,
  }),
} as const;

/** Idempotency-Key scopes: whose keys can collide (one caller's creations of one kind). */
export const idempotencyScopes = {
  caseIntake: (hallId: string, staffId: string) => `${hallId}:cases:${staffId}`,
  rating: (caseId: string) => `ratings:${caseId}`,
  // Anonymous callers have no identity: their keys are scoped by (a keyed hash of) their address,
  // so two citizens who happen to send the same key never see each other's complaint.
  complaint: (hallId: string, hashedSource: string) => `${hallId}:complaints:${hashedSource}`,
  assessmentEntry: (hallId: string, month: string, staffId: string) => `${hallId}:entries:${month}:${staffId}`,
  // Anonymous too: keyed by (a keyed hash of) the address, like complaints.
  appointment: (hallId: string, hashedSource: string) => `${hallId}:appointments:${hashedSource}`,
} as const;

/** Partition + sort-key prefix pairs for listing one kind of hall record. */
export const hallCollections = {
  departments: (hallId: string) => ({ partition: hallPk(hallId), skPrefix: 'DEPT#' }),
  windows: (hallId: string) => ({ partition: hallPk(hallId), skPrefix: 'WINDOW#' }),
  staff: (hallId: string) => ({ partition: hallPk(hallId), skPrefix: 'STAFF#' }),
  leaves: (hallId: string) => ({ partition: hallPk(hallId), skPrefix: 'LEAVE#' }),
  items: (hallId: string) => ({ partition: hallPk(hallId), skPrefix: 'ITEM#' }),
  calendarDays: (hallId: string) => ({ partition: hallPk(hallId), skPrefix: 'CALENDAR#' }),
  /** Rule versions effective from `month` or before (newest first, the first is in force). */
  rulesUpTo: (hallId: string, month: string) => ({ partition: hallPk(hallId), skBetween: ['RULES#', `RULES#${month}`] as const }),
  nationalYears: () => ({ partition: `${PARTITIONS.nationalCalendar}NATIONAL`, skPrefix: 'YEAR#' }),
  assessmentEntries: (hallId: string, month: string) => ({ partition: `${hallPk(hallId)}#ASSESS#${month}`, skPrefix: 'ENTRY#' }),
  windowReports: (hallId: string, month: string) => ({ partition: `${hallPk(hallId)}#ASSESS#${month}`, skPrefix: 'REPORT#' }),
  monthStatistics: (hallId: string, month: string) => ({ partition: `${hallPk(hallId)}#ASSESS#${month}`, skPrefix: 'STATISTICS#' }),
  reminders: (hallId: string, date: string) => ({ partition: `${hallPk(hallId)}#REMINDERS#${date}`, skPrefix: '' }),
} as const;

/** Index keys written alongside a record so it can be found by other access patterns. */
export const indexKeys = {
  hallRegistry: (hallId: string) => ({ gsi1pk: 'HALLS', gsi1sk: hallId }),
  audit: (a: { hallId: string; actor: string; at: string; requestId: string }) => ({
    gsi1pk: `${hallPk(a.hallId)}#AUDIT#ACTOR#${a.actor}`,
    gsi1sk: `${a.at}#${a.requestId}`,
  }),
  /**
   * A case is listed by window and month received (the window it is at now: a transfer moves
   * it), by status, by month received, by month concluded, and (while it is the window's open
   * work with a due date: `open`) by due date. Cases drop out of the sparse due index when they
   * conclude, and while suspended or referred (their clock stands still). In the status and
   * concluded-month lists they sort by month accepted, then month received (`caseMonths`), so a
   * month's statistics and assessment read the cases of earlier months they need and no others.
   */
  case: (c: {
    hallId: string;
    caseId: string;
    windowId: string;
    status: string;
    receivedMonth: string;
    acceptedMonth?: string;
    concludedMonth?: string;
    dueDate?: string;
    open: boolean;
  }) => {
    const byMonths = `${c.acceptedMonth ?? NOT_ACCEPTED}#${c.receivedMonth}#${c.caseId}`;
    return {
      gsi1pk: `${hallPk(c.hallId)}#WINDOW#${c.windowId}#MONTH#${c.receivedMonth}`,
      gsi1sk: c.caseId,
      gsi2pk: `${hallPk(c.hallId)}#CASES#${c.status}`,
      gsi2sk: byMonths,
      gsi3pk: `${hallPk(c.hallId)}#CASES#RECEIVED#${c.receivedMonth}`,
      gsi3sk: c.caseId,
      ...(c.concludedMonth ? { gsi4pk: `${hallPk(c.hallId)}#CASES#CONCLUDED#${c.concludedMonth}`, gsi4sk: byMonths } : {}),
      ...(c.open && c.dueDate ? { duePk: `${hallPk(c.hallId)}#DUE`, dueSk: `${c.dueDate}#CASE#${c.caseId}` } : {}),
    };
  },
  /** A case's search key: found by the keyed hash of its normalized value, within its hall. */
  caseSearchKey: (k: { hallId: string; key: string; digest: string; caseId: string }) => ({
    gsi1pk: caseLists.bySearchKey(k.hallId, k.key, k.digest).partition,
    gsi1sk: k.caseId,
  }),
  /** On a record with an event to publish: listed by hall and since when, for the reconciliation sweep. */
  pending: (hallId: string, since: string, key: Key) => ({
    pendingPk: `${hallPk(hallId)}#PENDING`,
    pendingSk: `${since}#${key.pk}#${key.sk}`,
  }),
  /**
   * An appointment is listed on its hall's day (all statuses, by start), while booked by date
   * (what a closure cancels, the reminders of tomorrow, the no-shows of a past day), and once a
   * no-show by month (the statistics).
   */
  appointment: (a: { hallId: string; appointmentId: string; date: string; start: string; status: string }) => ({
    gsi1pk: appointmentLists.byDay(a.hallId, a.date).partition,
    gsi1sk: `${a.start}#${a.appointmentId}`,
    ...(a.status === 'booked' ? { gsi2pk: bookedPk(a.hallId), gsi2sk: `${a.date}#${a.start}#${a.appointmentId}` } : {}),
    ...(a.status === 'no-show'
      ? { gsi4pk: appointmentLists.noShowsInMonth(a.hallId, a.date.slice(0, 7)).partition, gsi4sk: `${a.date}#${a.appointmentId}` }
      : {}),
  }),
  notification: (n: { hallId: string; date: string; notificationId: string }) => ({
    gsi3pk: notificationLists.byDay(n.hallId, n.date).partition,
    gsi3sk: n.notificationId,
  }),
  rating: (r: { hallId: string; caseId: string; month: string }) => ({
    gsi3pk: `${hallPk(r.hallId)}#RATINGS#${r.month}`,
    gsi3sk: r.caseId,
  }),
  /**
   * A complaint is listed by assignee, by status, by month received, by month resolved (sorted by
   * month received), and (while someone must act on it: received or assigned) by due date; one
   * under review waits for a supervisor instead.
   */
  complaint: (c: {
    hallId: string;
    complaintId: string;
    status: string;
    assignee?: string;
    receivedMonth: string;
    resolvedMonth?: string;
    dueDate?: string;
  }) => ({
    ...(c.assignee ? { gsi1pk: `${hallPk(c.hallId)}#ASSIGNEE#${c.assignee}`, gsi1sk: c.complaintId } : {}),
    gsi2pk: `${hallPk(c.hallId)}#COMPLAINTS#${c.status}`,
    gsi2sk: c.complaintId,
    gsi3pk: complaintLists.byReceivedMonth(c.hallId, c.receivedMonth).partition,
    gsi3sk: c.complaintId,
    ...(c.resolvedMonth
      ? { gsi4pk: `${hallPk(c.hallId)}#COMPLAINTS#RESOLVED#${c.resolvedMonth}`, gsi4sk: `${c.receivedMonth}#${c.complaintId}` }
      : {}),
    ...((c.status === 'received' || c.status === 'assigned') && c.dueDate
      ? { duePk: `${hallPk(c.hallId)}#DUE`, dueSk: `${c.dueDate}#COMPLAINT#${c.complaintId}` }
      : {}),
  }),
  /** A ticket served with a case is found by the case (a rating device checks where and when it was served). */
  ticket: (t: { hallId: string; ticketId: string; caseId?: string }) =>
    t.caseId ? { gsi1pk: ticketsOfCasePk(t.hallId, t.caseId), gsi1sk: t.ticketId } : {},
  /** An inquiry is on the list of one window per day (none for a referral to a department). */
  inquiry: (i: { hallId: string; day: string; at: string; inquiryId: string; listWindowId?: string }) =>
    i.listWindowId ? { gsi1pk: inquiryListPk(i.hallId, i.listWindowId, i.day), gsi1sk: `${i.at}#${i.inquiryId}` } : {},
} as const;

/** A hall's queue: the tickets of a day (a base-table partition, so it can be read consistently), by case, and the closed days. */
export const queueLists = {
  ticketsOfDay: (hallId: string, day: string) => ({ partition: queueDayPk(hallId, day), skPrefix: 'TICKET#' }),
  ticketsOfCase: (hallId: string, caseId: string) => ({ index: 'gsi1' as const, partition: ticketsOfCasePk(hallId, caseId) }),
  /** The statistics of the closed days of a month (sort keys are the days). */
  statisticsOfMonth: (hallId: string, month: string) => ({ partition: `${queuePk(hallId)}#STATISTICS`, skPrefix: month }),
} as const;

/** The consultation log: a hall's month or day, or one window's list of a day. */
export const inquiryLists = {
  ofMonth: (hallId: string, month: string) => ({ partition: inquiryPk(hallId, month) }),
  ofDay: (hallId: string, day: string) => ({ partition: inquiryPk(hallId, day.slice(0, 7)), skPrefix: `${day}T` }),
  ofWindowDay: (hallId: string, windowId: string, day: string) => ({
    index: 'gsi1' as const,
    partition: inquiryListPk(hallId, windowId, day),
  }),
} as const;

/** Where appointments and their slots are listed (see indexKeys.appointment and keys.slot). */
export const appointmentLists = {
  byDay: (hallId: string, date: string) => ({ index: 'gsi1' as const, partition: `${hallPk(hallId)}#APPOINTMENTS#${date}` }),
  /** Booked appointments of the dates from..to (both included). */
  bookedBetween: (hallId: string, from: string, to: string) => ({
    index: 'gsi2' as const,
    partition: bookedPk(hallId),
    skBetween: [`${from}#`, `${to}#~`] as const,
  }),
  /** Booked appointments of `through` and every date before (sort keys are `<date>#…`). */
  bookedThrough: (hallId: string, through: string) => ({
    index: 'gsi2' as const,
    partition: bookedPk(hallId),
    skBetween: ['0', `${through}#~`] as const,
  }),
  noShowsInMonth: (hallId: string, month: string) => ({ index: 'gsi4' as const, partition: `${hallPk(hallId)}#NO-SHOWS#${month}` }),
  /** An item's slots of the dates from..to (both included): one partition, one sort-key range. */
  slotsBetween: (hallId: string, itemId: string, from: string, to: string) => ({
    partition: slotsPk(hallId, itemId),
    skBetween: [`${from}T`, `${to}T~`] as const,
  }),
} as const;

/** Index partitions to list notification deliveries by: a hall's day (the day each was first handled). */
export const notificationLists = {
  byDay: (hallId: string, date: string) => ({ index: 'gsi3' as const, partition: `${hallPk(hallId)}#NOTIFICATIONS#${date}` }),
} as const;

/** Index partitions to list complaints and ratings by. */
export const complaintLists = {
  byAssignee: (hallId: string, staffId: string) => ({ index: 'gsi1' as const, partition: `${hallPk(hallId)}#ASSIGNEE#${staffId}` }),
  byStatus: (hallId: string, status: string) => ({ index: 'gsi2' as const, partition: `${hallPk(hallId)}#COMPLAINTS#${status}` }),
  byReceivedMonth: (hallId: string, month: string) => ({
    index: 'gsi3' as const,
    partition: `${hallPk(hallId)}#COMPLAINTS#RECEIVED#${month}`,
  }),
  byResolvedMonth: (hallId: string, month: string) => ({
    index: 'gsi4' as const,
    partition: `${hallPk(hallId)}#COMPLAINTS#RESOLVED#${month}`,
  }),
  /** Resolved in `month`, received before it (the rest of the month's resolved are among those received in it). */
  resolvedInReceivedBefore: (hallId: string, month: string) => ({
    ...complaintLists.byResolvedMonth(hallId, month),
    skBetween: ['0', month] as const,
  }),
  ratingsByMonth: (hallId: string, month: string) => ({ index: 'gsi3' as const, partition: `${hallPk(hallId)}#RATINGS#${month}` }),
} as const;

/** A hall's audit trail between two instants, all of it or one actor's (gsi1). */
export const auditLists = {
  byHall: (hallId: string, from: string, to: string) => ({ partition: `${hallPk(hallId)}#AUDIT`, skBetween: [from, to] as const }),
  byActor: (hallId: string, actor: string, from: string, to: string) => ({
    index: 'gsi1' as const,
    partition: `${hallPk(hallId)}#AUDIT#ACTOR#${actor}`,
    skBetween: [from, to] as const,
  }),
};

/** A hall's records with an event pending since before `before` (the sparse outbox index). */
export const pendingEventsBefore = (hallId: string, before: string) => ({
  index: 'byPending' as const,
  partition: `${hallPk(hallId)}#PENDING`,
  skBetween: ['0', before] as const,
});

/** Every hall (the registry index), for jobs that run per hall. */
export const hallRegistry = { index: 'gsi1' as const, partition: 'HALLS' };

/** Open work of a hall due on or before `through` (the sparse index; sort keys are `<dueDate>#…`). */
export const dueWork = (hallId: string, through: string) => ({
  index: 'byDue' as const,
  partition: `${hallPk(hallId)}#DUE`,
  skBetween: ['0', `${through}#~`] as const,
});

/**
 * Open work of a hall due on or after `from` (the sparse index): what a calendar change from
 * that date on can move. Complaints share the partition; callers keep the cases.
 */
export const dueWorkFrom = (hallId: string, from: string) => ({
  index: 'byDue' as const,
  partition: `${hallPk(hallId)}#DUE`,
  skBetween: [from, '~'] as const,
});

/** The month accepted of a case never accepted, in list sort keys: after every month. */
const NOT_ACCEPTED = '~';

/**
 * Ranges of the status and concluded-month lists (sorted `<month accepted>#<month received>#…`):
 * cases received before `month` and accepted in it, or accepted by its end. Both leave out what
 * the month's figures never count: cases received after it, and cases never accepted.
 */
export const caseMonthRanges = {
  acceptedInReceivedBefore: (month: string) => [`${month}#`, `${month}#${month}`] as const,
  acceptedByReceivedBefore: (month: string) => ['0', `${month}#${month}`] as const,
};

/** Index partitions to list cases by (see indexKeys.case). */
export const caseLists = {
  /** The blind index: a case's search key by its keyed hash (index items beside the case). */
  bySearchKey: (hallId: string, key: string, digest: string) => ({
    index: 'gsi1' as const,
    partition: `${hallPk(hallId)}#SEARCH#${key}#${digest}`,
  }),
  /** The hall's open work with a due date, the most urgent first (complaints share the partition). */
  openByDue: (hallId: string) => ({ index: 'byDue' as const, partition: `${hallPk(hallId)}#DUE` }),
  byWindowMonth: (hallId: string, windowId: string, month: string) => ({
    index: 'gsi1' as const,
    partition: `${hallPk(hallId)}#WINDOW#${windowId}#MONTH#${month}`,
  }),
  byStatus: (hallId: string, status: string) => ({ index: 'gsi2' as const, partition: `${hallPk(hallId)}#CASES#${status}` }),
  byReceivedMonth: (hallId: string, month: string) => ({ index: 'gsi3' as const, partition: `${hallPk(hallId)}#CASES#RECEIVED#${month}` }),
  byConcludedMonth: (hallId: string, month: string) => ({
    index: 'gsi4' as const,
    partition: `${hallPk(hallId)}#CASES#CONCLUDED#${month}`,
  }),
} as const;

/** Everything the CDK stack and the local store need to create the table. */
export const tableDefinition = {
  ...TABLE_KEYS,
  ttlAttribute: TTL_ATTRIBUTE,
  indexes: INDEXES,
} as const;

/** A record's events not yet published, by revision (shared/adapters/outbox.ts): bookkeeping, not the record. */
export const PENDING_EVENTS_ATTRIBUTE = 'pendingEvents';

const KEY_ATTRIBUTES = new Set<string>([
  TABLE_KEYS.partitionKey,
  TABLE_KEYS.sortKey,
  TTL_ATTRIBUTE,
  'entity',
  PENDING_EVENTS_ATTRIBUTE,
  ...Object.values(INDEXES).flatMap((i) => [i.partitionKey, i.sortKey]),
]);

/** The record as the domain sees it: without key, index and bookkeeping attributes. */
export function withoutKeys<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRIBUTES.has(k))) as T;
}
