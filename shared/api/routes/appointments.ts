/** The routes of the appointments function: appointments as staff see them: slot configuration, the day's list, check-in. */
import { write, read, type RouteSpec } from '../route-spec';
import * as ap from '../appointments';

export const appointmentsRoutes = {
  'PUT /v1/halls/{hallId}/items/{itemId}/slots': write(
    'appointments',
    'putItemSlots',
    "An item's appointment slots (在线预约): length, capacity per slot, bookable horizon, the windows that serve them",
    ap.slotConfigBody,
    ap.slotConfigReply,
  ),
  'GET /v1/halls/{hallId}/items/{itemId}/slots': read(
    'appointments',
    'getItemSlots',
    "An item's appointment slot configuration as stored",
    ap.slotConfigReply,
  ),
  'GET /v1/halls/{hallId}/appointments': read(
    'appointments',
    'listAppointmentsOfDay',
    "The day's appointments (default today), all of them or those a window serves",
    ap.dayListReply,
    ap.dayListQuery,
  ),
  'POST /v1/halls/{hallId}/appointments/{appointmentId}/check-in': read(
    'appointments',
    'checkInAppointment',
    'The applicant arrived: checked in (served before walk-in tickets of the same item group)',
    ap.checkInReply,
  ),
} as const satisfies Record<string, RouteSpec>;
