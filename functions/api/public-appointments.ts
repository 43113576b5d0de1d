/**
 * Online appointments (在线预约) for the public, without login: an item's free slots, booking
 * one, and viewing or cancelling it with the cancel code the booking reply hands out once.
 * The rules are shared/domain/appointments.ts, the writes shared/services/appointments.ts.
 */
import { publicView, slotsBetween, withAvailability, type Appointment } from '#domain/appointments';
import { forbidden } from '#domain/errors';
import { appointmentRecords, slotPlaces } from '#adapters/appointment-records';
import type { StoreDeps } from '#adapters/deps';
import { storeFromEnvironment } from '#adapters/environment';
import { cipherFromEnvironment } from '#adapters/field-cipher';
import { createIdempotently } from '#adapters/idempotency';
import { newSortableId, sameSecret } from '#adapters/ids';
import { keyedHashFromEnvironment } from '#adapters/keyed-hash';
import { CODE_CHECKS, consume } from '#adapters/rate-limit';
import { idempotencyScopes } from '#adapters/table';
import { bookAppointment, cancelByApplicant, loadBookable } from '#services/appointments';
import { publicAppointmentsRoutes } from '#api/routes/public-appointments';
import { apiHandler, Reply } from '#lambda/api';

/** The appointment the code opens: an unknown appointment and a wrong code get the same 403 (no hint which). */
async function withCode(d: StoreDeps, appointmentId: string, code: string): Promise<Appointment> {
  const found = await appointmentRecords.getAnyHall(d, appointmentId);
  if (!found || !sameSecret(found.cancelCode, code)) throw forbidden('The appointment and code do not match');
  return found;
}

export const handler = apiHandler(
  'public-appointments',
  publicAppointmentsRoutes,
  {
    async 'GET /v1/public/halls/{hallId}/items/{itemId}/slots'({ params, query, deps, now }) {
      const { hallId, itemId } = params;
      const { config, hours, cal } = await loadBookable(deps, hallId, itemId);
      const slots = slotsBetween(config, hours, cal, query.from, query.to, now);
      return withAvailability(slots, await slotPlaces.takenBetween(deps, hallId, itemId, query.from, query.to));
    },

    async 'POST /v1/public/halls/{hallId}/appointments'({ params, body, headers, sourceIp, deps, now }) {
      const { hallId } = params;
      // With an Idempotency-Key, a retry (the reply lost on a bad connection) gets the same booking and cancel code.
      const { id } = await createIdempotently(
        deps,
        {
          scope: idempotencyScopes.appointment(hallId, await deps.keyedHash.digest('idempotency-source', sourceIp)),
          key: headers['idempotency-key'],
          body,
        },
        newSortableId,
        (appointmentId) => bookAppointment(deps, { hallId, ...body, sourceIp }, appointmentId, now),
      );
      const saved = await appointmentRecords.getInHall(deps, hallId, id);
      if (!saved) throw new Error(`Appointment ${id} is missing right after it was booked`);
      const { appointmentId, cancelCode, itemId, date, start, end, status } = saved;
      return new Reply(201, { appointmentId, cancelCode, itemId, date, start, end, status });
    },

    async 'GET /v1/public/appointments/{appointmentId}'({ params, query, sourceIp, deps, now }) {
      await consume(deps, CODE_CHECKS, sourceIp, now);
      return publicView(await withCode(deps, params.appointmentId, query.code));
    },

    async 'POST /v1/public/appointments/{appointmentId}/cancellation'({ params, body, sourceIp, deps, now }) {
      await consume(deps, CODE_CHECKS, sourceIp, now);
      const found = await withCode(deps, params.appointmentId, body.code);
      return publicView(await cancelByApplicant(deps, found, now));
    },
  },
  () => ({ ...storeFromEnvironment(), cipher: cipherFromEnvironment(), keyedHash: keyedHashFromEnvironment() }),
);
