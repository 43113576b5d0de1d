/**
 * The daily reminders of one hall (working days of that hall only): what is due soon or
 * overdue, and the monthly reporting deadlines of those who have not reported yet. Each
 * reminder is stored once per (day, kind, subject) and published once, when first stored.
 * Before them, the cases past their supplement limit are closed (shared/services/supplement-limit.ts).
 */
import { entryDeadline, reportDeadline } from '#domain/assessment';
import { addWorkingDays } from '#domain/calendar';
import { reminderId, selectReminders, shouldRunOn, UNASSIGNED, type ReminderInput } from '#domain/reminders';
import { windowRecipient } from '#domain/routing';
import { monthOf, previousMonth, type IsoDate } from '#domain/time';
import { monthEntries, windowReports } from '#adapters/assessment-records';
import type { HallRules } from '#domain/hall-rules';
import { allComplaints } from '#adapters/complaint-records';
import type { EventDeps, StoreDeps } from '#adapters/deps';
import { hallRules } from '#adapters/hall-rules';
import { loadHallSetup, type HallSetup } from '#adapters/hall-setup';
import { reminderRecords } from '#adapters/reminder-records';
import { hallEvent } from '#events/contracts';
import { autoRateUnrated } from './auto-rating';
import { closeIncompleteCases } from './supplement-limit';

/** Windows that have not reported month M, and scoring departments without an entry for M. */
async function pendingReports(
  d: StoreDeps,
  hallId: string,
  asOf: IsoDate,
  setup: HallSetup,
  rules: Pick<HallRules, 'reportDeadlineDay' | 'entryDeadlineDay'>,
): Promise<ReminderInput['reportDeadlines']> {
  const months = [previousMonth(monthOf(asOf)), monthOf(asOf)];
  const perMonth = await Promise.all(
    months.map(async (month) => {
      const [reports, entries] = await Promise.all([windowReports(d, hallId, month), monthEntries(d, hallId, month)]);
      const reported = new Set(reports.map((r) => r.windowId));
      const entered = new Set(entries.map((e) => e.enteredBy));
      const reportDue = reportDeadline(setup.calendar, month, rules).date;
      const entryDue = entryDeadline(setup.calendar, month, rules).date;
      return [
        ...setup.windows
          .filter((w) => !reported.has(w.windowId))
          .map((w) => ({
            subjectId: `report:${w.windowId}:${month}`,
            windowId: w.windowId,
            recipient: windowRecipient(w.windowId, asOf, setup.staff, setup.leaves)?.staffId ?? UNASSIGNED,
            dueDate: reportDue,
          })),
        ...setup.staff
          .filter((s) => s.roles.includes('scoring-dept') && !entered.has(s.staffId))
          .map((s) => ({ subjectId: `entries:${s.staffId}:${month}`, recipient: s.staffId, dueDate: entryDue })),
      ];
    }),
  );
  return perMonth.flat();
}

export async function issueReminders(
  d: StoreDeps & EventDeps,
  hallId: string,
  asOf: IsoDate,
): Promise<{ ran: boolean; issued: number; total: number; autoRated: number; closedIncomplete: number }> {
  const setup = await loadHallSetup(d, hallId);
  if (!shouldRunOn(setup.calendar, asOf)) return { ran: false, issued: 0, total: 0, autoRated: 0, closedIncomplete: 0 };
  const rules = await hallRules.inForce(d, hallId, monthOf(asOf));
  const autoRated = await autoRateUnrated(d, hallId, asOf, rules);
  // Closed first: a closed case is nobody's open work any more.
  const closedIncomplete = await closeIncompleteCases(d, hallId, asOf, setup.calendar, rules);
  const horizon = addWorkingDays(setup.calendar, asOf, Math.max(rules.caseDueSoonDays, rules.complaintDueSoonDays, 1)).date;
  const [due, received, assigned, underReview, reportDeadlines] = await Promise.all([
    reminderRecords.dueThrough(d, hallId, horizon),
    // Unrouted complaints are reported every day whatever their due date (never silent).
    allComplaints(d, hallId, { by: 'status', status: 'received' }),
    // Their first response is due long before their resolution: read by status, not by due date.
    allComplaints(d, hallId, { by: 'status', status: 'assigned' }),
    allComplaints(d, hallId, { by: 'status', status: 'under-review' }),
    pendingReports(d, hallId, asOf, setup, rules),
  ]);
  const openComplaints = new Map(
    [...due.filter((r) => r.complaintId), ...received.filter((c) => c.route === 'unassigned')].map((c) => [
      c.complaintId ?? '',
      {
        complaintId: c.complaintId ?? '',
        dueDate: c.dueDate ?? asOf,
        ...(c.windowId ? { windowId: c.windowId } : {}),
        ...(c.assignee ? { assignee: c.assignee } : {}),
      },
    ]),
  );
  const reminders = selectReminders({
    asOf,
    cal: setup.calendar,
    openCases: due.filter((r) => !r.complaintId).map((c) => ({ caseId: c.caseId ?? '', windowId: c.windowId ?? '', dueDate: c.dueDate })),
    openComplaints: [...openComplaints.values()],
    underReview: underReview.map((c) => ({
      complaintId: c.complaintId,
      ...(c.windowId ? { windowId: c.windowId } : {}),
      ...(c.dueDate ? { dueDate: c.dueDate } : {}),
    })),
    awaitingResponse: assigned.flatMap((c) =>
      c.assignee && c.firstResponseDue && !c.firstResponseAt
        ? [
            {
              complaintId: c.complaintId,
              assignee: c.assignee,
              firstResponseDue: c.firstResponseDue,
              ...(c.windowId ? { windowId: c.windowId } : {}),
            },
          ]
        : [],
    ),
    reportDeadlines,
    staff: setup.staff,
    leaves: setup.leaves,
    thresholds: rules,
  });
  let issued = 0;
  for (const reminder of reminders) {
    const stored = { ...reminder, hallId, asOf, reminderId: reminderId(asOf, reminder.kind, reminder.subjectId) };
    const published = await reminderRecords.storeAndPublishOnce(d, stored, () =>
      d.events.publish([hallEvent('ReminderIssued', { hallId, reminderId: stored.reminderId, asOf, ...reminder })]),
    );
    if (published) issued++;
  }
  return { ran: true, issued, total: reminders.length, autoRated, closedIncomplete };
}
