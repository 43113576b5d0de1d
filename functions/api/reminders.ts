/** The reminders issued for a day (by the daily job), as staff of the hall see them, and the day's notification deliveries. */
import { authorize } from '#domain/access';
import { businessDate } from '#domain/time';
import { storeFromEnvironment } from '#adapters/environment';
import { notificationRecords } from '#adapters/notification-records';
import { reminderRecords } from '#adapters/reminder-records';
import { remindersRoutes } from '#api/routes/reminders';
import { apiHandler } from '#lambda/api';

export const handler = apiHandler(
  'reminders',
  remindersRoutes,
  {
    async 'GET /v1/halls/{hallId}/reminders'({ principal, params, query, deps, now }) {
      authorize(principal, 'read-hall', params);
      const reminders = await reminderRecords.forDay(deps, params.hallId, query.date ?? businessDate(now));
      return reminders
        .filter((r) => !query.recipient || r.recipient === principal.id)
        .map(({ kind, subjectId, windowId, recipient, dueDate, workingDaysLeft }) => ({
          kind,
          subjectId,
          ...(windowId ? { windowId } : {}),
          recipient,
          dueDate,
          workingDaysLeft,
        }));
    },

    async 'GET /v1/halls/{hallId}/notifications'({ principal, params, query, deps, now }) {
      authorize(principal, 'read-notifications', params);
      const deliveries = await notificationRecords.forDay(deps, params.hallId, query.date ?? businessDate(now));
      return deliveries.map(({ notificationId, event, kind, channel, recipient, status, attempts, heldUntil }) => ({
        notificationId,
        event,
        kind,
        channel,
        recipient,
        status,
        attempts,
        ...(heldUntil && status === 'queued' ? { heldUntil } : {}),
      }));
    },
  },
  storeFromEnvironment,
);
