/** The routes of the public-appointments function: booking without a login: free slots, booking, looking up and cancelling a booking. */
import { publicWrite, publicReadIn, type RouteSpec } from '../route-spec';
import * as ap from '../appointments';

export const publicAppointmentsRoutes = {
  'GET /v1/public/halls/{hallId}/items/{itemId}/slots': publicReadIn(
    'public-appointments',
    'listFreeSlots',
    "An item's bookable slots of the dates from..to (at most 31), with the places left",
    ap.slotsReply,
    ap.slotsQuery,
  ),
  'POST /v1/public/halls/{hallId}/appointments': publicWrite(
    'public-appointments',
    'bookAppointment',
    'Book a slot (在线预约): one booking per phone, item and day; the reply holds the cancel code, once',
    ap.bookingBody,
    ap.bookingReply,
    201,
  ),
  'GET /v1/public/appointments/{appointmentId}': publicReadIn(
    'public-appointments',
    'getAppointment',
    'A booking, with its cancel code (the name masked)',
    ap.publicAppointmentReply,
    ap.publicAppointmentQuery,
  ),
  'POST /v1/public/appointments/{appointmentId}/cancellation': publicWrite(
    'public-appointments',
    'cancelAppointment',
    'Cancel a booking with its cancel code, before its slot starts: the place is free again',
    ap.cancellationBody,
    ap.publicAppointmentReply,
    200,
  ),
} as const satisfies Record<string, RouteSpec>;
