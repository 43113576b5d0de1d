/** Appointments (在线预约): bodies, queries and replies (docs/API.md "Appointments"). */
import * as z from 'zod';
import { once } from '#domain/lazy';
import { APPOINTMENT_STATUSES, mainlandMobile } from '#domain/appointments';
import { id, isoDate, name, secretCode } from './fields';

const clockTime = once(() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM'));

/** Ranges, the fit in the opening hours and the item's windows are the domain's to check (slotConfigProblems). */
export const slotConfigBody = once(() =>
  z.object({
    slotMinutes: z.number(),
    capacity: z.number(),
    horizonDays: z.number(),
    windowIds: z.array(id).max(50).optional(),
  }),
);
export const slotConfigReply = once(() =>
  z.strictObject({
    hallId: z.string(),
    itemId: z.string(),
    slotMinutes: z.number(),
    capacity: z.number(),
    horizonDays: z.number(),
    windowIds: z.array(z.string()).optional(),
    updatedAt: z.string(),
    updatedBy: z.string(),
  }),
);

export const slotsQuery = once(() => z.strictObject({ from: isoDate, to: isoDate }));
export const slotsReply = once(() =>
  z.array(z.strictObject({ date: z.string(), start: z.string(), end: z.string(), capacity: z.number(), available: z.number() })),
);

/** The phone a booking is taken with: a mainland mobile however typed, stored normalized (SMS reminders go there). */
const mobile = once(() =>
  z
    .string()
    .max(32)
    .transform((phone, ctx) => {
      const normalized = mainlandMobile(phone);
      if (normalized === undefined) {
        ctx.addIssue({ code: 'custom', message: 'must be a mainland mobile number (11 digits, 1[3-9]…)' });
        return z.NEVER;
      }
      return normalized;
    }),
);

export const bookingBody = once(() => z.object({ itemId: id, date: isoDate, start: clockTime(), name: name(), phone: mobile() }));
export const bookingReply = once(() =>
  z.strictObject({
    appointmentId: z.string(),
    /** Shown once: it lets the applicant see and cancel the booking. */
    cancelCode: z.string(),
    itemId: z.string(),
    date: z.string(),
    start: z.string(),
    end: z.string(),
    status: z.enum(APPOINTMENT_STATUSES),
  }),
);

export const publicAppointmentQuery = once(() => z.strictObject({ code: secretCode() }));
export const cancellationBody = once(() => z.object({ code: secretCode() }));
export const publicAppointmentReply = once(() =>
  z.strictObject({
    appointmentId: z.string(),
    hallId: z.string(),
    itemId: z.string(),
    date: z.string(),
    start: z.string(),
    end: z.string(),
    status: z.enum(APPOINTMENT_STATUSES),
    /** Masked (张*三). */
    name: z.string(),
    /** Why the hall cancelled it. */
    reason: z.string().nullable(),
  }),
);

const staffAppointment = once(() =>
  z.strictObject({
    appointmentId: z.string(),
    hallId: z.string(),
    itemId: z.string(),
    windowIds: z.array(z.string()),
    date: z.string(),
    start: z.string(),
    end: z.string(),
    status: z.enum(APPOINTMENT_STATUSES),
    name: z.string(),
    reason: z.string().optional(),
    checkedIn: z.strictObject({ at: z.string(), by: z.string() }).optional(),
    history: z.array(
      z.strictObject({ at: z.string(), by: z.string(), action: z.enum(APPOINTMENT_STATUSES), reason: z.string().optional() }),
    ),
    version: z.number(),
  }),
);

export const dayListQuery = once(() => z.strictObject({ date: isoDate.optional(), windowId: id.optional() }));
export const dayListReply = once(() =>
  z.strictObject({
    date: z.string(),
    windowId: z.string().optional(),
    appointments: z.array(staffAppointment()),
  }),
);

/** The ticket in the walk-in queue's priority lane, called before the walk-in tickets of its group (none where the hall queues no tickets for the item). */
const priorityTicket = once(() => z.strictObject({ ticketId: z.string(), number: z.string() }));
export const checkInReply = once(() => staffAppointment().extend({ ticket: priorityTicket().optional() }));
