/** The routes of the reminders function: reminders and notification deliveries. */
import { read, type RouteSpec } from '../route-spec';
import * as a from '../assessments';
import * as n from '../notifications';

export const remindersRoutes = {
  'GET /v1/halls/{hallId}/reminders': read(
    'reminders',
    'listReminders',
    'Reminders issued for a day (?recipient=me: those addressed to the caller)',
    a.remindersReply,
    a.remindersQuery,
  ),
  'GET /v1/halls/{hallId}/notifications': read(
    'reminders',
    'listNotifications',
    'Notification deliveries of a day: who was told what, by which channel, and whether it went out (hall admin)',
    n.notificationsReply,
    n.notificationsQuery,
  ),
} as const satisfies Record<string, RouteSpec>;
