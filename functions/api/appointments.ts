/**
 * Appointments (在线预约) for the hall: an item's slot configuration (hall admins), the day's
 * list (all of it, or what a window serves) and check-in when the applicant arrives.
 */
import { authorize } from '#domain/access';
import { checkIn, slotConfigProblems, staffView } from '#domain/appointments';
import { invalid, notFound } from '#domain/errors';
import { businessDate, toOffsetIso } from '#domain/time';
import { appointmentRecords, slotConfigRecords } from '#adapters/appointment-records';
import { storeFromEnvironment } from '#adapters/environment';
import { hallRecords } from '#adapters/hall-records';
import { appointmentsRoutes } from '#api/routes/appointments';
import { apiHandler } from '#lambda/api';
import { appointmentTicket } from '#services/queue';

export const handler = apiHandler(
  'appointments',
  appointmentsRoutes,
  {
    async 'PUT /v1/halls/{hallId}/items/{itemId}/slots'({ principal, params, body, deps, now }) {
      const { hallId, itemId } = params;
      authorize(principal, 'administer-hall', { hallId });
      const [item, hall] = await Promise.all([hallRecords.getItem(deps, hallId, itemId), hallRecords.getHall(deps, hallId)]);
      if (!item || !hall) throw notFound('ITEM_NOT_FOUND', 'Item not found');
      const problems = slotConfigProblems(body, hall.openingHours, item);
      if (problems.length) throw invalid('The slot configuration is not valid', problems);
      return slotConfigRecords.put(deps, { hallId, itemId, ...body, updatedAt: toOffsetIso(now), updatedBy: principal.id });
    },

    async 'GET /v1/halls/{hallId}/items/{itemId}/slots'({ principal, params, standing, deps }) {
      authorize(principal, 'read-hall', { hallId: params.hallId }, standing);
      const config = await slotConfigRecords.get(deps, params.hallId, params.itemId);
      if (!config) throw notFound('APPOINTMENTS_NOT_OFFERED', `Item ${params.itemId} takes no appointments`);
      return config;
    },

    async 'GET /v1/halls/{hallId}/appointments'({ principal, params, query, standing, deps, now }) {
      const { hallId } = params;
      authorize(principal, 'read-hall', { hallId }, standing);
      const date = query.date ?? businessDate(now);
      const day = await appointmentRecords.day(deps, hallId, date);
      const { windowId } = query;
      const listed = windowId ? day.filter((a) => a.windowIds.includes(windowId)) : day;
      return { date, ...(windowId ? { windowId } : {}), appointments: listed.map(staffView) };
    },

    /**
     * Checked in, then a ticket in the priority lane of the walk-in queue (where the hall queues
     * the item). A retry after the check-in was saved (the ticket not yet issued, or the reply
     * lost) gets that day's ticket of the appointment instead of a refusal: one per appointment.
     */
    async 'POST /v1/halls/{hallId}/appointments/{appointmentId}/check-in'({ principal, params, standing, deps, now }) {
      const { hallId, appointmentId } = params;
      authorize(principal, 'check-in-appointment', { hallId }, standing);
      const found = await appointmentRecords.getInHall(deps, hallId, appointmentId);
      if (!found) throw notFound('APPOINTMENT_NOT_FOUND', 'Appointment not found');
      const checkedIn =
        found.status === 'checked-in' && found.date === businessDate(now)
          ? found
          : await appointmentRecords.update(deps, found, checkIn(found, principal.id, now));
      const ticket = await appointmentTicket(deps, checkedIn, principal.id, now);
      return { ...staffView(checkedIn), ...(ticket ? { ticket: { ticketId: ticket.ticketId, number: ticket.number } } : {}) };
    },
  },
  storeFromEnvironment,
);
