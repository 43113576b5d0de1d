/** The reminders issued for a day (by the daily job), as staff of the hall see them. */
import { requireStaffOfHall } from '#domain/access';
import { businessDate } from '#domain/time';
import { reminderRecords } from '#adapters/reminder-records';
import { apiHandler } from '#http/api';

export const handler = apiHandler('reminders', {
  async 'GET /v1/halls/{hallId}/reminders'({ principal, params, query, deps, now }) {
    requireStaffOfHall(principal, params.hallId);
    const reminders = await reminderRecords.forDay(deps, params.hallId, query.date ?? businessDate(now));
    return reminders.map(({ kind, subjectId, windowId, recipient, dueDate, workingDaysLeft }) => ({
      kind,
      subjectId,
      ...(windowId ? { windowId } : {}),
      recipient,
      dueDate,
      workingDaysLeft,
    }));
  },
});
