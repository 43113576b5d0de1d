/**
 * The daily deadline reminders (docs/DOMAIN.md "Reminders (holiday-adjusted)"): which
 * reminders a hall gets on a day, to whom, and whether the job runs at all. Pure: the
 * scheduled job reads the candidates (cases due in the window it looks at, open
 * complaints, report deadlines not yet met), asks this module, stores and publishes.
 */
import { addWorkingDays, isWorkingDay, workingDaysBetween, yearsWithoutSchedule, type Calendar } from './calendar';
import type { ReminderThresholds } from './hall-rules';
import { availableSupervisor, isOnLeave, windowRecipient, type LeaveRange, type StaffPost } from './routing';
import { addDays, compareDates, isIsoDate, type IsoDate } from './time';

export const REMINDER_KINDS = [
  'case-due-soon',
  'case-overdue',
  'complaint-due-soon',
  'complaint-overdue',
  'report-due',
  'review-waiting',
  'response-due-soon',
  'response-overdue',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Recipient when nobody can be named: nobody is assigned / present (reported as such). */
export const UNASSIGNED = 'unassigned';

export interface Reminder {
  kind: ReminderKind;
  subjectId: string;
  windowId?: string;
  /** A staffId, or the literal 'unassigned' when nobody can be named. */
  recipient: string;
  dueDate: IsoDate;
  /**
   * workingDaysBetween(asOf, dueDate): 0 = due today, N = N working days left; negative when
   * overdue (the working days late, at least -1 even if asOf is not itself a working day).
   */
  workingDaysLeft: number;
}

export interface ReminderInput {
  asOf: IsoDate;
  cal: Calendar;
  openCases: readonly { caseId: string; windowId: string; dueDate: IsoDate }[];
  openComplaints: readonly { complaintId: string; windowId?: string; assignee?: string; dueDate: IsoDate }[];
  /** Complaints and rectifications whose "not substantiated" waits for a supervisor's review (申诉复核). */
  underReview?: readonly { complaintId: string; windowId?: string; dueDate?: IsoDate }[];
  /** Assigned complaints and rectifications nobody has answered yet (no `firstResponseAt`), by their first-response deadline. */
  awaitingResponse?: readonly { complaintId: string; windowId?: string; assignee: string; firstResponseDue: IsoDate }[];
  /** Monthly reporting deadlines, already filtered to those who have not reported (one per subjectId). */
  reportDeadlines: readonly { subjectId: string; windowId?: string; recipient: string; dueDate: IsoDate }[];
  staff: readonly StaffPost[];
  leaves: readonly LeaveRange[];
  thresholds: ReminderThresholds;
}

type Timing = { state: 'due-soon' | 'overdue'; workingDaysLeft: number } | undefined;

/**
 * The reminders of `asOf`:
 * - cases: due within `caseDueSoonDays` working days (0 = due today) → 'case-due-soon';
 *   past due → 'case-overdue'. Recipient: the window's A post that day, the B post when A
 *   is on leave, else 'unassigned'.
 * - complaints and rectifications: due within `complaintDueSoonDays` working days →
 *   'complaint-due-soon'; past due → 'complaint-overdue'. Recipient: the assignee; when the
 *   assignee is the window's A post and on leave that day, whoever answers for the window
 *   (the B post). A complaint without an assignee is reported every day, whatever its due
 *   date, with recipient 'unassigned' (kind by its due date), so the unassigned state is
 *   never silent.
 * - findings under review: every day until reviewed → 'review-waiting' to a supervisor present
 *   that day ('unassigned' when none), with the complaint's due date.
 * - first responses (首次响应) not yet given: due within `complaintDueSoonDays` working days →
 *   'response-due-soon'; past due → 'response-overdue'. Recipient: the assignee, stood in for by
 *   the B post like above (the notifications escalate every overdue kind to the supervisors).
 * - report deadlines: from `caseDueSoonDays` working days before through the deadline day
 *   → 'report-due' (none after: late reports are the assessment's business). The recipient
 *   is stood in for by the B post like a complaint's assignee.
 * Sorted by kind, dueDate, subjectId; one reminder per (kind, subjectId).
 */
export function selectReminders(input: ReminderInput): Reminder[] {
  const { asOf, cal, staff, leaves } = input;
  const { thresholds } = input;
  const timing = makeTiming(cal, asOf);
  const present = (windowId: string | undefined, recipient: string) => standIn(windowId, recipient, asOf, staff, leaves);
  const out: Reminder[] = [];
  const push = (kind: ReminderKind, subjectId: string, windowId: string | undefined, recipient: string, dueDate: IsoDate, left: number) =>
    out.push({ kind, subjectId, ...(windowId !== undefined ? { windowId } : {}), recipient, dueDate, workingDaysLeft: left });

  for (const c of input.openCases) {
    const t = timing(c.dueDate, thresholds.caseDueSoonDays);
    if (!t) continue;
    const recipient = windowRecipient(c.windowId, asOf, staff, leaves)?.staffId ?? UNASSIGNED;
    push(t.state === 'overdue' ? 'case-overdue' : 'case-due-soon', c.caseId, c.windowId, recipient, c.dueDate, t.workingDaysLeft);
  }

  for (const c of input.openComplaints) {
    const assignee = c.assignee || undefined;
    const t = timing(c.dueDate, assignee === undefined ? Number.POSITIVE_INFINITY : thresholds.complaintDueSoonDays);
    if (!t) continue;
    const recipient = assignee === undefined ? UNASSIGNED : present(c.windowId, assignee);
    push(
      t.state === 'overdue' ? 'complaint-overdue' : 'complaint-due-soon',
      c.complaintId,
      c.windowId,
      recipient,
      c.dueDate,
      t.workingDaysLeft,
    );
  }

  // A finding of the assessed window waits for a supervisor every day until it is reviewed.
  const reviewer = availableSupervisor(asOf, staff, leaves) ?? UNASSIGNED;
  for (const c of input.underReview ?? []) {
    const dueDate = c.dueDate ?? asOf;
    push('review-waiting', c.complaintId, c.windowId, reviewer, dueDate, workingDaysBetween(cal, asOf, dueDate).days);
  }

  for (const c of input.awaitingResponse ?? []) {
    const t = timing(c.firstResponseDue, thresholds.complaintDueSoonDays);
    if (!t) continue;
    const kind = t.state === 'overdue' ? 'response-overdue' : 'response-due-soon';
    push(kind, c.complaintId, c.windowId, present(c.windowId, c.assignee), c.firstResponseDue, t.workingDaysLeft);
  }

  for (const r of input.reportDeadlines) {
    const t = timing(r.dueDate, thresholds.caseDueSoonDays);
    if (t?.state !== 'due-soon') continue;
    push('report-due', r.subjectId, r.windowId, present(r.windowId, r.recipient), r.dueDate, t.workingDaysLeft);
  }

  out.sort(compareReminders);
  const seen = new Set<string>();
  return out.filter((r) => {
    const id = reminderId(asOf, r.kind, r.subjectId);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Classifies a due date against `asOf`: overdue when before asOf; due soon when
 * workingDaysBetween(asOf, dueDate) is 0..withinDays; undefined otherwise.
 */
function makeTiming(cal: Calendar, asOf: IsoDate): (dueDate: IsoDate, withinDays: number) => Timing {
  // The (n+1)-th working day after asOf, per n: a due date on or after it has more than n days left.
  const cutoffs = new Map<number, IsoDate>();
  const cutoff = (n: number) => {
    let date = cutoffs.get(n);
    if (date === undefined) {
      date = addWorkingDays(cal, asOf, n + 1).date;
      cutoffs.set(n, date);
    }
    return date;
  };
  return (dueDate, withinDays) => {
    if (compareDates(dueDate, asOf) < 0) {
      return { state: 'overdue', workingDaysLeft: Math.min(workingDaysBetween(cal, asOf, dueDate).days, -1) };
    }
    if (Number.isFinite(withinDays) && compareDates(dueDate, cutoff(withinDays)) >= 0) return undefined;
    return { state: 'due-soon', workingDaysLeft: workingDaysBetween(cal, asOf, dueDate).days };
  };
}

/** The recipient, or when they are the window's A post and on leave, whoever answers for the window (B). */
function standIn(
  windowId: string | undefined,
  recipient: string,
  asOf: IsoDate,
  staff: readonly StaffPost[],
  leaves: readonly LeaveRange[],
): string {
  if (windowId === undefined) return recipient;
  const isAPost = staff.some((s) => s.staffId === recipient && s.windowId === windowId && s.post === 'A');
  if (!isAPost || !isOnLeave(recipient, asOf, leaves)) return recipient;
  return windowRecipient(windowId, asOf, staff, leaves)?.staffId ?? recipient;
}

function compareReminders(a: Reminder, b: Reminder): number {
  return (
    REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind) ||
    compareDates(a.dueDate, b.dueDate) ||
    compareStrings(a.subjectId, b.subjectId) ||
    compareStrings(a.recipient, b.recipient)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable id of a reminder: one per (day, kind, subject), so rerunning the job stores nothing new. */
export function reminderId(asOf: IsoDate, kind: ReminderKind, subjectId: string): string {
  if (!isIsoDate(asOf)) throw new RangeError(`not a date YYYY-MM-DD: ${JSON.stringify(asOf)}`);
  return `${asOf}#${kind}#${subjectId}`;
}

/** The daily job runs for a hall on that hall's working days only (national schedule + overrides). */
export function shouldRunOn(cal: Calendar, asOf: IsoDate): boolean {
  return isWorkingDay(cal, asOf);
}

/** Years without a national schedule reached by the coming `days` calendar days (asOf … asOf+days). */
export function calendarGapWarning(cal: Calendar, asOf: IsoDate, days = 60): { years: number[] } | undefined {
  const years = yearsWithoutSchedule(cal, asOf, addDays(asOf, days));
  return years.length > 0 ? { years } : undefined;
}
